package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nhsblueprint.dataset.SyntheticConsultation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint consult synthesise --out FILE}: writes a synthetic consultation on the 2008 Healthcare for London
 * proposals (invented responses, calibrated to the published 51/29/20 split on polyclinics), seeded and reproducible,
 * for demonstrations and benchmarks. One instance per command line.
 */
@Command(name = "synthesise", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Write a SYNTHETIC consultation (invented responses to the 2008 Healthcare for London "
                + "proposals, with campaigns and invented personal data) as CSV; the same seed and count give the "
                + "same file.")
final class ConsultSynthesiseCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Option(names = "--responses", paramLabel = "N", defaultValue = "5000",
            description = "How many responses to write (default ${DEFAULT-VALUE}).")
    private int responses;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2008",
            description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    private Path out;

    @Option(names = "--dataset", paramLabel = "DIR",
            description = "Dataset folder whose small areas the responses come from (default: the bundled "
                    + "London data).")
    private Path dataset;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    ConsultSynthesiseCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        if (responses < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--responses must be 1 or more");
        }
        if (Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out is a folder, not a file: " + out);
        }
        Path data = app.dataset(dataset, spec);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        SyntheticConsultation.Summary s = SyntheticConsultation.writeFromDataset(data, out, responses, seed);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("file", out.toString());
            n.put("responses", s.responses());
            n.put("seed", s.seed());
            o.println(app.json().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "wrote %,d SYNTHETIC responses (seed %d) to %s%n", s.responses(), s.seed(), out);
            o.printf(Locale.ROOT, "polyclinics: %s%n", shares(s.q1(), s.responses()));
            o.printf(Locale.ROOT, "campaigns: %,d responses (%.1f%%) copy %d invented letters:%n", s.inCampaigns(),
                    100.0 * s.inCampaigns() / s.responses(), s.campaigns().size());
            s.campaigns().forEach((id, size) -> o.printf(Locale.ROOT, "  %-27s %,9d (%,d word for word)%n", id,
                    size, s.exactCopies().get(id)));
            o.printf(Locale.ROOT, "with invented personal data: %,d (%.1f%%); blank text: %,d%n", s.withPersonalData(),
                    100.0 * s.withPersonalData() / s.responses(), s.blankText());
        }
        o.flush();
        return 0;
    }

    private static String shares(Map<String, Integer> counts, int total) {
        StringBuilder b = new StringBuilder();
        counts.forEach((answer, n) -> b.append(b.length() == 0 ? "" : ", ").append(answer).append(' ')
                .append(String.format(Locale.ROOT, "%.1f%%", 100.0 * n / total)));
        return b.toString();
    }
}
