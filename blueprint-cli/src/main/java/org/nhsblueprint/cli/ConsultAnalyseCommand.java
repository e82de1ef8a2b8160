package org.nhsblueprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nhsblueprint.consultation.ConsultationAnalysis;
import org.nhsblueprint.consultation.Respondents;
import org.nhsblueprint.dataset.CodebookFile;
import org.nhsblueprint.dataset.ResponsesFile;
import org.nhsblueprint.model.Codebook;
import org.nhsblueprint.model.ConsultationResponse;
import org.nhsblueprint.report.ConsultationJson;
import org.nhsblueprint.report.ConsultationReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint consult analyse RESPONSES}: the whole reading of a consultation (campaigns, support by group,
 * themes, representativeness, personal data counts), as text, JSON and an HTML report. One instance per command line.
 */
@Command(name = "analyse", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Analyse consultation responses (CSV, JSON array or JSON lines): organised campaigns, support"
                + " for each closed question by group with intervals, themes from a codebook and beyond it, and"
                + " respondents against the population. Personal data is replaced in everything published.")
final class ConsultAnalyseCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @CommandLine.Mixin
    private ResponsesOptions input = new ResponsesOptions();

    @Option(names = "--type-column", paramLabel = "COLUMN", description = "Column with the respondent type.")
    private String typeColumn;

    @Option(names = "--area-column", paramLabel = "COLUMN",
            description = "Column with the respondent's area: an LSOA code, a borough code or a borough name.")
    private String areaColumn;

    @Option(names = "--age-column", paramLabel = "COLUMN", description = "Column with the age band (e.g. 65-74).")
    private String ageColumn;

    @Option(names = "--question", paramLabel = "COLUMN", description = "A closed question's column; repeat for each.")
    private List<String> questions = new ArrayList<>();

    @Option(names = "--codebook", paramLabel = "FILE", description = "Codebook of themes (YAML; see"
            + " codebooks/london-polyclinics-2008.yaml).")
    private Path codebookFile;

    @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario whose appraisal gives the evidence"
            + " for codebook themes that name a service (\"you said, we did\").")
    private Path scenario;

    @Option(names = "--dataset", paramLabel = "DIR",
            description = "Dataset whose population respondents are compared with (default: the bundled London data).")
    private Path dataset;

    @Option(names = "--reweight", description = "Add a raking estimate of support, weighted to the population's age,"
            + " deprivation and borough (labelled as a model estimate).")
    private boolean reweight;

    @Option(names = "--clusters", defaultValue = "8", paramLabel = "K",
            description = "Themes to look for outside the codebook (0: none; default ${DEFAULT-VALUE}).")
    private int clusters;

    @Option(names = "--seed", defaultValue = "2008", paramLabel = "S", description = "Seed for the clustering.")
    private long seed;

    @Option(names = "--source-note", paramLabel = "TEXT",
            description = "A note on where the responses come from, shown at the top of the report.")
    private String sourceNote;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the HTML report (consultation.html) and"
            + " consultation_support.csv into DIR.")
    private Path out;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    ConsultAnalyseCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        input.check(spec);
        if (clusters < 0 || clusters > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--clusters must be 0 to 100");
        }
        for (Path p : new Path[] {codebookFile, scenario}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "file not found: " + p);
            }
        }
        Progress progress = app.progress(spec.commandLine().getErr(), scenario == null ? 3 : 4);
        progress.step("reading " + input.file);
        List<ConsultationResponse> responses = new ResponsesFile().read(input.file, new ResponsesFile.Mapping(
                input.idColumn, input.textColumn, typeColumn, areaColumn, ageColumn, questions));
        Optional<Codebook> codebook = Optional.ofNullable(codebookFile).map(f -> new CodebookFile().read(f));
        Path dir = app.dataset(dataset, spec);
        progress.step("loading the population of " + app.display(dir));
        Respondents respondents = new Respondents(app.loader().load(dir));
        ConsultEvidence.Evidence evidence = new ConsultEvidence.Evidence("", Map.of());
        if (scenario != null) {
            progress.step("appraising " + scenario + " for the evidence");
            evidence = ConsultEvidence.of(app, scenario, spec);
        }
        progress.step(String.format(Locale.ROOT, "analysing %,d responses", responses.size()));
        ConsultationAnalysis.Result result = ConsultationAnalysis.run(responses, codebook, respondents,
                new ConsultationAnalysis.Options(input.threshold, clusters, seed, reweight, 0.95, evidence.byService()));
        Path report = null;
        if (out != null) {
            report = new ConsultationReportWriter().write(result, new ConsultationReportWriter.Info(
                    "Consultation responses: " + input.file.getFileName(), input.file.toString(),
                    sourceNote == null ? "" : sourceNote, populationSource(dir), input.threshold, clusters, seed,
                    evidence.scenario()), out);
        }
        progress.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            var n = new ConsultationJson(app.json()).json(result, input.file.toString(), input.threshold);
            if (report != null) {
                n.put("report", report.toAbsolutePath().normalize().toString());
            }
            o.println(app.json().writeValueAsString(n));
        } else {
            ConsultationJson.text(o, result);
            if (report != null) {
                o.println("report: " + report.toAbsolutePath().normalize());
            }
        }
        o.flush();
        return 0;
    }

    private String populationSource(Path dir) {
        return "residents by LSOA (ONS Census 2021: population and aged 65+), IMD 2019 deciles and boroughs, from "
                + app.display(dir);
    }
}
