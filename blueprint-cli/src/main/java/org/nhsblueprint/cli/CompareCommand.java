package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.dataset.ScenarioFile;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.report.Display;
import org.nhsblueprint.scenario.Appraisal;
import org.nhsblueprint.scenario.ScenarioResolver;
import org.nhsblueprint.scenario.ServiceAppraisal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint compare A.yaml B.yaml ...}: several options side by side, each appraised against the same
 * dataset (not against its own base), service by service. One instance per command line.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Compare options side by side: every scenario is applied to the same dataset and appraised "
                + "against it, so the figures line up service by service.")
final class CompareCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO.yaml", description = "Two or more scenario files.")
    private List<Path> files;

    @Option(names = "--dataset", paramLabel = "DIR",
            description = "Dataset folder (default: the one the first scenario names).")
    private Path dataset;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @CommandLine.ArgGroup(exclusive = false, heading = "Travel times:%n")
    private TravelTimesOptions travel = new TravelTimesOptions();

    CompareCommand(Application app) {
        this.app = app;
    }

    /** One option's name and appraisal against the dataset. */
    private record OptionResult(String name, List<ServiceAppraisal> appraisals, List<String> removed) {
    }

    @Override
    public Integer call() throws Exception {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "SCENARIO.yaml: file not found: " + f);
            }
        }
        Progress progress = app.progress(spec.commandLine().getErr(), files.size() + 1);
        progress.step("reading " + files.size() + " scenarios");
        List<ScenarioFile.Read> reads = new ArrayList<>();
        for (Path f : files) {
            reads.add(new ScenarioFile().read(f));
        }
        for (ScenarioFile.Read read : reads) {
            if (dataset == null && !java.util.Objects.equals(read.dataset(), reads.get(0).dataset())) {
                throw new CommandFailure("the scenarios name different datasets (" + reads.get(0).dataset() + ", "
                        + read.dataset() + "): compare options on one dataset, or pass --dataset");
            }
        }
        Path dir = app.dataset(dataset != null ? dataset : app.bundledOrFolder(reads.get(0).dataset()), spec);
        RegionModel baseline = app.loader().load(dir);
        ScenarioResolver resolver = new ScenarioResolver();
        List<OptionResult> options = new ArrayList<>();
        try (RunTravelTimes times = app.travelTimes(travel, spec)) {
            Appraisal appraisal = new Appraisal(app.access(times.travelTimes()));
            for (ScenarioFile.Read read : reads) {
                progress.step("appraising " + read.scenario().name());
                RegionModel option = resolver.apply(baseline, read.scenario());
                options.add(new OptionResult(read.scenario().name(), appraisal.run(baseline, option),
                        appraisal.removed(baseline, option).stream().map(s -> s.id().value()).toList()));
            }
        }
        progress.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("dataset", baseline.name());
            ArrayNode list = n.putArray("scenarios");
            for (OptionResult option : options) {
                ObjectNode s = list.addObject();
                s.put("scenario", option.name());
                option.removed().forEach(s.putArray("services_removed")::add);
                ArrayNode services = s.putArray("services");
                for (ServiceAppraisal a : option.appraisals()) {
                    ObjectNode svc = services.addObject();
                    svc.put("service", a.after().service().id().value());
                    svc.set("after", app.accessJson().toJson(a.after()));
                    svc.put("population_longer_journey", a.populationLongerJourney());
                    svc.put("population_shorter_journey", a.populationShorterJourney());
                }
            }
            o.println(app.json().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "Options against %s today%n", baseline.name());
            o.printf(Locale.ROOT, "%-40s %-24s %6s %9s %8s %14s%n", "scenario", "service", "sites", "within",
                    "mean", "longer journey");
            for (OptionResult option : options) {
                for (ServiceAppraisal a : option.appraisals()) {
                    o.printf(Locale.ROOT, "%-40s %-24s %6d %9s %8.1f %14s%n", cut(option.name(), 40),
                            cut(a.after().service().name(), 24), a.after().siteCount(),
                            Display.percent(a.after().overall().shareWithin()), a.after().overall().meanMinutes(),
                            Display.count(a.populationLongerJourney()));
                }
            }
        }
        o.flush();
        return 0;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
