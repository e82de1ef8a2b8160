package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.nhsblueprint.dataset.ScenarioFile;
import org.nhsblueprint.demand.AllocationRule;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.report.AppraisalVolumes;
import org.nhsblueprint.report.ComparisonOption;
import org.nhsblueprint.report.ComparisonReportWriter;
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
 * dataset (not against its own base), service by service, with site volumes where the dataset has demand rates; as a
 * table, one JSON object, and with {@code --out} an HTML comparison report. One instance per command line.
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

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write an HTML report comparing the options (borough maps of the change per option, "
                    + "who gains and who loses by deprivation, the share within each number of minutes, site volumes "
                    + "against the standards) and comparison_by_area.csv into DIR.")
    private Path out;

    @CommandLine.Mixin
    private AllocationOption allocation = new AllocationOption();

    @CommandLine.ArgGroup(exclusive = false, heading = "Travel times:%n")
    private TravelTimesOptions travel = new TravelTimesOptions();

    CompareCommand(Application app) {
        this.app = app;
    }

    /** One option: its scenario, the model after it, its appraisal against the dataset and its site volumes. */
    private record OptionResult(ScenarioFile.Read read, RegionModel model, List<ServiceAppraisal> appraisals,
                                List<String> removed, Map<ServiceId, AppraisalVolumes> volumes) {
        String name() {
            return read.scenario().name();
        }
    }

    @Override
    public Integer call() throws Exception {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "SCENARIO.yaml: file not found: " + f);
            }
        }
        AllocationRule rule = allocation.rule(spec);
        Progress progress = app.progress(spec.commandLine().getErr(), files.size() + (out == null ? 1 : 2));
        progress.step("reading " + files.size() + " scenarios");
        List<ScenarioFile.Read> reads = new ArrayList<>();
        for (Path f : files) {
            reads.add(new ScenarioFile().read(f));
        }
        for (ScenarioFile.Read read : reads) {
            if (dataset == null && !Objects.equals(read.dataset(), reads.get(0).dataset())) {
                throw new CommandFailure("the scenarios name different datasets (" + reads.get(0).dataset() + ", "
                        + read.dataset() + "): compare options on one dataset, or pass --dataset");
            }
        }
        Path dir = app.dataset(dataset != null ? dataset : app.bundledOrFolder(reads.get(0).dataset()), spec);
        RegionModel baseline = app.loader().load(dir);
        DemandFiles demand;
        try {
            demand = DemandFiles.of(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        ScenarioResolver resolver = new ScenarioResolver();
        List<OptionResult> options = new ArrayList<>();
        try (RunTravelTimes times = app.travelTimes(travel, spec)) {
            Appraisal appraisal = new Appraisal(app.access(times.travelTimes()));
            for (ScenarioFile.Read read : reads) {
                progress.step("appraising " + read.scenario().name());
                RegionModel option = resolver.apply(baseline, read.scenario());
                List<ServiceAppraisal> appraisals = appraisal.run(baseline, option);
                options.add(new OptionResult(read, option, appraisals,
                        appraisal.removed(baseline, option).stream().map(s -> s.id().value()).toList(),
                        VolumesJson.volumes(appraisals, baseline, option, demand, rule)));
            }
        }
        if (out != null) {
            progress.step("writing the comparison report");
            new ComparisonReportWriter().write(baseline, options.stream().map(o -> new ComparisonOption(o.name(),
                    o.read().scenario().description(), o.model(), o.appraisals(), o.volumes())).toList(), out);
        }
        progress.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(app.json().writeValueAsString(json(baseline, options)));
        } else {
            text(o, baseline, options);
            if (out != null) {
                o.println("report: " + out.resolve(ComparisonReportWriter.INDEX).toAbsolutePath().normalize());
            }
        }
        o.flush();
        return 0;
    }

    private ObjectNode json(RegionModel baseline, List<OptionResult> options) {
        ObjectNode n = app.json().createObjectNode();
        n.put("dataset", baseline.name());
        ArrayNode list = n.putArray("scenarios");
        for (OptionResult option : options) {
            ObjectNode s = list.addObject();
            s.put("scenario", option.name());
            s.put("description", option.read().scenario().description());
            option.removed().forEach(s.putArray("services_removed")::add);
            ScenarioResolver.scenarioNotes(baseline, option.model()).forEach(s.putArray("applied")::add);
            ArrayNode services = s.putArray("services");
            for (ServiceAppraisal a : option.appraisals()) {
                services.add(AppraisalJson.service(app, a, option.volumes().get(a.before().service().id())));
            }
        }
        return n;
    }

    private static void text(PrintWriter o, RegionModel baseline, List<OptionResult> options) {
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
        for (OptionResult option : options) {
            ScenarioResolver.scenarioNotes(baseline, option.model()).forEach(n -> o.println(option.name() + ": " + n));
            if (!option.removed().isEmpty()) {
                o.println("No site offers " + String.join(", ", option.removed()) + " under " + option.name()
                        + ": everyone loses access to it, which journey times cannot show.");
            }
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
