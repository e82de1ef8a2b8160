package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.dataset.ScenarioFile;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.report.AppraisalReportWriter;
import org.nhsblueprint.report.AppraisalVolumes;
import org.nhsblueprint.report.Display;
import org.nhsblueprint.scenario.Appraisal;
import org.nhsblueprint.scenario.ScenarioResolver;
import org.nhsblueprint.scenario.ServiceAppraisal;
import org.nhsblueprint.simulation.SimulationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint appraise SCENARIO.yaml}: applies a scenario to its dataset and compares access service by service,
 * option against baseline, with who gains and who loses. One instance per command line.
 */
@Command(name = "appraise", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Apply a scenario (the baseline plus modifications, see docs/scenarios.md) and compare access "
                + "to every service before and after: the share within the standard, journey times, and the people "
                + "whose journey gets longer, by deprivation decile and for people aged 65+.")
final class AppraiseCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Scenario file.")
    private Path file;

    @Option(names = "--dataset", paramLabel = "DIR",
            description = "Dataset folder (default: the one the scenario names, e.g. 'london' for the bundled data).")
    private Path dataset;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    private boolean json;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write an HTML report of what changes (maps, who travels further, site volumes) and "
                    + "appraisal_by_area.csv into DIR.")
    private Path out;

    @CommandLine.Mixin
    private AllocationOption allocationOption = new AllocationOption();

    @CommandLine.Mixin
    private SimulationOptions simulationOptions = new SimulationOptions();

    @CommandLine.ArgGroup(exclusive = false, heading = "Travel times:%n")
    private TravelTimesOptions travel = new TravelTimesOptions();

    AppraiseCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "SCENARIO.yaml: file not found: " + file);
        }
        org.nhsblueprint.demand.AllocationRule allocation = allocationOption.rule(spec);
        if (simulationOptions.iterations < 1 || simulationOptions.threads() < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--iterations and --threads must be 1 or more");
        }
        List<org.nhsblueprint.simulation.Question> asked = new java.util.ArrayList<>();
        for (String c : simulationOptions.chances) {
            try {
                asked.add(org.nhsblueprint.simulation.Question.parse(c));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--chance " + e.getMessage());
            }
        }
        ScenarioFile.Read read = new ScenarioFile().read(file);
        Progress progress = app.progress(spec.commandLine().getErr(), read.simulation() == null ? 3 : 4);
        progress.step("read scenario " + file);
        Path dir = app.dataset(dataset != null ? dataset : app.bundledOrFolder(read.dataset()), spec);
        progress.step("loading dataset " + app.display(dir) + " and applying " + read.scenario().modifications().size()
                + " modifications");
        RegionModel dataModel = app.loader().load(dir);
        DemandFiles demand;
        try {
            demand = DemandFiles.of(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        ScenarioResolver resolver = new ScenarioResolver();
        RegionModel option = resolver.apply(dataModel, read.scenario());
        RegionModel baseline = resolver.apply(dataModel, read.base());
        progress.step("appraising every service, before and after");
        List<ServiceAppraisal> appraisals;
        List<String> removed;
        SimulationResult simulation = null;
        try (RunTravelTimes times = app.travelTimes(travel, spec)) {
            Appraisal appraisal = new Appraisal(app.access(times.travelTimes()));
            appraisals = appraisal.run(baseline, option);
            removed = appraisal.removed(baseline, option).stream().map(s -> s.id().value()).toList();
            if (read.simulation() != null) {
                progress.step(String.format(java.util.Locale.ROOT, "simulating %,d iterations on %d threads",
                        simulationOptions.iterations, simulationOptions.threads()));
                simulation = RunSimulation.run(read.simulation(), dir, baseline, option,
                        app.access(times.travelTimes()), simulationOptions);
            }
        }
        List<org.nhsblueprint.simulation.Question> chances = new java.util.ArrayList<>();
        if (simulation != null) {
            chances.addAll(org.nhsblueprint.simulation.Question.standard(simulation));
            chances.addAll(asked);
            for (org.nhsblueprint.simulation.Question c : chances) {
                try {
                    c.probability(simulation);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--chance: " + e.getMessage());
                }
            }
        } else if (!asked.isEmpty()) {
            throw new CommandFailure("--chance needs a simulation: " + read.scenario().name() + " has no simulation"
                    + " section (see docs/simulation.md)");
        }
        java.util.Map<org.nhsblueprint.model.ServiceId, AppraisalVolumes> volumes =
                VolumesJson.volumes(appraisals, baseline, option, demand, allocation);
        if (out != null) {
            new AppraisalReportWriter().write(baseline, option, read.scenario().name(), read.scenario().description(),
                    appraisals, volumes, java.util.Optional.ofNullable(simulation), out);
        }
        progress.finish();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = json(read, baseline, appraisals, volumes);
            removed.forEach(n.putArray("services_removed")::add);
            ScenarioResolver.scenarioNotes(baseline, option).forEach(n.putArray("applied")::add);
            if (simulation != null) {
                n.set("simulation", new SimulationJson(app.json()).json(simulation, chances));
            }
            o.println(app.json().writeValueAsString(n));
        } else {
            text(o, read, appraisals);
            ScenarioResolver.scenarioNotes(baseline, option).forEach(o::println);
            if (simulation != null) {
                SimulationJson.text(o, simulation, chances);
            }
            if (!removed.isEmpty()) {
                o.println("No site offers " + String.join(", ", removed) + " after this scenario: everyone loses"
                        + " access to it, which journey times cannot show.");
            }
            if (out != null) {
                o.println("report: " + out.resolve(AppraisalReportWriter.INDEX).toAbsolutePath().normalize());
            }
        }
        o.flush();
        return 0;
    }

    private ObjectNode json(ScenarioFile.Read read, RegionModel baseline, List<ServiceAppraisal> appraisals,
                            java.util.Map<org.nhsblueprint.model.ServiceId, AppraisalVolumes> volumes) {
        ObjectNode n = app.json().createObjectNode();
        n.put("scenario", read.scenario().name());
        n.put("description", read.scenario().description());
        n.put("dataset", baseline.name());
        n.put("modifications", read.scenario().modifications().size() - read.baseModifications());
        n.put("base_modifications", read.baseModifications());
        ArrayNode services = n.putArray("services");
        for (ServiceAppraisal a : appraisals) {
            services.add(AppraisalJson.service(app, a, volumes.get(a.before().service().id())));
        }
        return n;
    }

    private static void text(PrintWriter o, ScenarioFile.Read read, List<ServiceAppraisal> appraisals) {
        int own = read.scenario().modifications().size() - read.baseModifications();
        o.println(read.scenario().name() + ": " + own + (own == 1 ? " modification" : " modifications")
                + (read.baseModifications() > 0 ? " appraised against its base scenario" : " appraised against the dataset"));
        o.printf(Locale.ROOT, "%-24s %17s %15s %14s %12s%n", "service", "within (before>after)",
                "mean min", "longer journey", "extra min");
        for (ServiceAppraisal a : appraisals) {
            o.printf(Locale.ROOT, "%-24s %8s > %-8s %6.1f > %-6.1f %14s %12s%n", a.before().service().name(),
                    Display.percent(a.before().overall().shareWithin()),
                    Display.percent(a.after().overall().shareWithin()), a.before().overall().meanMinutes(),
                    a.after().overall().meanMinutes(), Display.count(a.populationLongerJourney()),
                    Double.isFinite(a.meanExtraMinutesAffected())
                            ? String.format(Locale.ROOT, "%.1f", a.meanExtraMinutesAffected()) : "-");
        }
    }
}
