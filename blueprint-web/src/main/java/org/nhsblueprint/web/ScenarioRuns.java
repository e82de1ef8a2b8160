package org.nhsblueprint.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.DatasetException;
import org.nhsblueprint.dataset.ScenarioFile;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.demand.AllocationRule;
import org.nhsblueprint.report.AppraisalReportWriter;
import org.nhsblueprint.report.AppraisalVolumes;
import org.nhsblueprint.scenario.Appraisal;
import org.nhsblueprint.scenario.ScenarioResolver;
import org.nhsblueprint.scenario.ServiceAppraisal;
import org.nhsblueprint.simulation.MonteCarlo;
import org.nhsblueprint.simulation.SimulationPlan;
import org.nhsblueprint.simulation.SimulationResult;

/**
 * Background runs for planners: appraising a shipped or uploaded scenario (a folder of YAML files) against the
 * served dataset, comparing several, or any other {@link Job} (a consultation report), one at a time, each with a
 * status a page can poll and, when done, its report folder. Each run's record is kept beside its report
 * ({@link RunStore}), so runs and reports outlive a restart. Thread-safe.
 */
final class ScenarioRuns implements AutoCloseable {
    /** Where a run is. */
    enum Status { queued, running, done, failed }

    /** A run: what was asked, where it is, and when done a line per service. */
    record Run(String id, String scenario, Status status, String step, Instant started, Instant finished,
               String error, List<Map<String, Object>> services, Path report) {
    }

    private final RegionModel region;
    private final AccessAnalysis access;
    private final Path scenarios;
    private final WebServer.RunInputs inputs;
    private final Path uploaded;
    private final Path out;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scenario-runs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final RunStore store;

    /** A piece of background work: it reports its steps and writes its report into the folder it is given. */
    interface Job {
        /** @return one line per service (or other unit) for the run's status, and the report's main page */
        Outcome run(java.util.function.Consumer<String> step, Path dir) throws IOException;
    }

    /** What a finished job leaves: its lines and the page of its report. */
    record Outcome(List<Map<String, Object>> services, Path report) {
    }

    /** @throws IOException if the records of earlier runs cannot be listed */
    ScenarioRuns(RegionModel region, WebServer.Workspace workspace) throws IOException {
        this.region = region;
        this.access = workspace.analysis();
        this.scenarios = workspace.scenarios();
        this.inputs = workspace.inputs();
        this.out = workspace.runs();
        this.uploaded = out.resolve("scenarios");
        this.store = new RunStore(out);
        for (Run r : store.load()) {
            runs.put(r.id(), r);
            if (r.error().equals(RunStore.INTERRUPTED)) {
                store.save(r); // recorded as failed, so the next start does not find it running
            }
        }
    }

    /** Every run this workspace has made, newest first. */
    List<Run> recent() {
        return runs.values().stream().sorted(java.util.Comparator.comparing(Run::started).reversed()
                .thenComparing(Run::id)).toList();
    }

    /** Queues a job under a label; its run is recorded at once and again when it ends. */
    Run background(String label, Job job) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Run run = new Run(id, label, Status.queued, "waiting", Instant.now(), null, "", List.of(), null);
        runs.put(id, run);
        store.save(run);
        worker.submit(() -> {
            try {
                Outcome o = job.run(step -> update(id, Status.running, step, null, List.of(), null), out.resolve(id));
                update(id, Status.done, "done", null, o.services(), o.report());
            } catch (DatasetException | IllegalArgumentException | IOException e) {
                update(id, Status.failed, "failed", e.getMessage(), List.of(), null);
            } catch (RuntimeException | Error e) {
                // recorded as failed, never left running; an Error is still raised for the worker's thread
                update(id, Status.failed, "failed", e.getClass().getSimpleName() + ": " + e.getMessage(), List.of(),
                        null);
                if (e instanceof Error error) {
                    throw error;
                }
            }
        });
        return run;
    }

    /** What checking an uploaded scenario found: its id and name, or every problem with its line. */
    record Checked(String id, String name, int modifications, List<Map<String, Object>> problems,
                   boolean replaced) {
    }

    /**
     * Checks a scenario's YAML as {@code blueprint appraise} would (the file, then every modification against the
     * served dataset) and, when it is clean and {@code keep} is set, stores it beside the shipped ones to be run.
     */
    Checked upload(String yaml, boolean keep) throws IOException {
        Files.createDirectories(uploaded);
        Path draft = Files.createTempFile(uploaded, "upload-", ".yaml.draft");
        try {
            Files.writeString(draft, yaml);
            List<Map<String, Object>> problems = new ArrayList<>();
            ScenarioFile.Read read = null;
            try {
                read = scenarioFile().read(draft);
                new ScenarioResolver().apply(region, read.scenario());
            } catch (DatasetException e) {
                e.problems().forEach(p -> problems.add(problem(p.line(), p.field(), p.value(), p.message())));
            } catch (org.nhsblueprint.scenario.ScenarioException e) {
                e.problems().forEach(p -> problems.add(problem(0, "modifications", "", p)));
            }
            if (!problems.isEmpty() || read == null) {
                return new Checked("", "", 0, problems, false);
            }
            String id = "uploaded-" + read.scenario().name().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            id = id.length() > 80 ? id.substring(0, 80) : id;
            boolean replaced = Files.exists(uploaded.resolve(id + ".yaml"));
            if (keep) {
                Files.move(draft, uploaded.resolve(id + ".yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return new Checked(id, read.scenario().name(), read.scenario().modifications().size(), List.of(),
                    replaced);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static Map<String, Object> problem(long line, String field, String value, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("field", field);
        m.put("value", value);
        m.put("message", message);
        return m;
    }

    /** The scenario file for an id: an uploaded one, else a shipped one. */
    private Path file(String id) {
        Path up = uploaded.resolve(id + ".yaml");
        return Files.isRegularFile(up) ? up : scenarios.resolve(id + ".yaml");
    }

    /** The scenario reader: an uploaded scenario's base may be a shipped one, named as the shipped ones name it. */
    private ScenarioFile scenarioFile() {
        return new ScenarioFile(List.of(uploaded, scenarios));
    }

    /** A runnable scenario's YAML as written, to be edited and saved as an uploaded scenario. */
    String yaml(String scenarioId) throws IOException {
        check(scenarioId);
        return Files.readString(file(scenarioId));
    }

    /** True for a scenario a planner added (saving an edit replaces it); false for a shipped one (kept as shipped). */
    boolean uploaded(String scenarioId) {
        return Files.isRegularFile(uploaded.resolve(scenarioId + ".yaml"));
    }

    /** The shipped and uploaded scenarios: file name (without .yaml), name and description. */
    List<Map<String, String>> available() throws IOException {
        List<Map<String, String>> list = new ArrayList<>();
        List<Path> all = new ArrayList<>();
        for (Path dir : new Path[] {scenarios, uploaded}) {
            if (dir != null && Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(all::add);
                }
            }
        }
        for (Path f : all) {
            try {
                ScenarioFile.Read read = scenarioFile().read(f);
                Map<String, String> m = new LinkedHashMap<>();
                m.put("id", f.getFileName().toString().replaceFirst("\\.yaml$", ""));
                m.put("name", read.scenario().name());
                m.put("description", read.scenario().description());
                list.add(m);
            } catch (DatasetException e) {
                // a scenario with problems is not offered; `blueprint appraise` reports them
            }
        }
        return list;
    }

    /**
     * Queues a run of a shipped or uploaded scenario as it is now (an edit saved while the run waits does not change
     * it; the run keeps its copy beside its report); 404 when there is no such scenario.
     */
    Run start(String scenarioId) throws IOException {
        check(scenarioId);
        String yaml = Files.readString(file(scenarioId));
        return background(scenarioId, (step, dir) -> appraise(copy(dir, scenarioId, yaml), step, dir));
    }

    /** The scenario as it was queued, written into the run's folder to be read from there. */
    private static Path copy(Path dir, String scenarioId, String yaml) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(scenarioId + ".yaml"), yaml);
    }

    /**
     * Queues a comparison of several scenarios, each appraised against the served dataset (as
     * {@code blueprint compare} does), written as one comparison report.
     */
    Run compare(List<String> scenarioIds) throws IOException {
        if (scenarioIds.size() < 2 || scenarioIds.size() > 6) {
            throw new ApiError(400, "scenarios", "compare 2 to 6 scenarios");
        }
        if (new java.util.HashSet<>(scenarioIds).size() < scenarioIds.size()) {
            throw new ApiError(400, "scenarios", "each scenario may be compared once");
        }
        Map<String, String> yamls = new LinkedHashMap<>();
        for (String s : scenarioIds) {
            check(s);
            yamls.put(s, Files.readString(file(s)));
        }
        return background(String.join(" vs ", scenarioIds), (step, dir) -> comparison(yamls, step, dir));
    }

    /** A runnable scenario: its file exists and reads without problems (as {@link #available()} offers them). */
    private void check(String scenarioId) {
        boolean runnable = scenarioId.matches("[A-Za-z0-9._-]{1,100}") && Files.isRegularFile(file(scenarioId));
        if (runnable) {
            try {
                scenarioFile().read(file(scenarioId));
            } catch (DatasetException e) {
                runnable = false;
            }
        }
        if (!runnable) {
            throw new ApiError(404, "scenario", "no scenario " + scenarioId);
        }
    }

    private Outcome comparison(Map<String, String> yamls, java.util.function.Consumer<String> step, Path dir)
            throws IOException {
        List<org.nhsblueprint.report.ComparisonOption> options = new ArrayList<>();
        List<Map<String, Object>> services = new ArrayList<>();
        for (String s : yamls.keySet()) {
            step.accept("appraising " + s);
            ScenarioFile.Read read = scenarioFile().read(copy(dir, s, yamls.get(s)));
            RegionModel option = new ScenarioResolver().apply(region, read.scenario());
            List<ServiceAppraisal> appraisals = new Appraisal(access).run(region, option);
            options.add(new org.nhsblueprint.report.ComparisonOption(read.scenario().name(),
                    read.scenario().description(), option, appraisals, volumes(appraisals, region, option)));
            for (ServiceAppraisal a : appraisals) {
                Map<String, Object> m = line(a);
                m.put("scenario", s);
                services.add(m);
            }
        }
        step.accept("writing the comparison report");
        new org.nhsblueprint.report.ComparisonReportWriter().write(region, options, dir);
        return new Outcome(services, dir.resolve(org.nhsblueprint.report.ComparisonReportWriter.INDEX));
    }

    private static Map<String, Object> line(ServiceAppraisal a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", a.before().service().id().value());
        m.put("name", a.before().service().name());
        m.put("within_before", a.before().overall().shareWithin());
        m.put("within_after", a.after().overall().shareWithin());
        m.put("population_longer_journey", a.populationLongerJourney());
        return m;
    }

    Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    private Outcome appraise(Path scenario, java.util.function.Consumer<String> step, Path dir)
            throws IOException {
        step.accept("reading the scenario");
        ScenarioFile.Read read = scenarioFile().read(scenario);
        step.accept("applying " + read.scenario().modifications().size() + " modifications");
        ScenarioResolver resolver = new ScenarioResolver();
        RegionModel option = resolver.apply(region, read.scenario());
        RegionModel baseline = resolver.apply(region, read.base());
        step.accept("appraising every service, before and after");
        List<ServiceAppraisal> appraisals = new Appraisal(access).run(baseline, option);
        Optional<SimulationResult> simulation = Optional.empty();
        if (read.simulation() != null) {
            step.accept(String.format(java.util.Locale.ROOT, "simulating %,d iterations (seed %d)",
                    MonteCarlo.DEFAULT_ITERATIONS, MonteCarlo.DEFAULT_SEED));
            simulation = Optional.of(simulate(read.simulation(), baseline, option));
        }
        step.accept("writing the report");
        new AppraisalReportWriter().write(baseline, option, read.scenario().name(), read.scenario().description(),
                appraisals, volumes(appraisals, baseline, option), simulation, dir);
        List<Map<String, Object>> services = new ArrayList<>();
        appraisals.forEach(a -> services.add(line(a)));
        return new Outcome(services, dir.resolve(AppraisalReportWriter.INDEX));
    }

    /** Site volumes as {@code appraise} gives them by default: all demand to the nearest site. */
    private Map<org.nhsblueprint.model.ServiceId, AppraisalVolumes> volumes(List<ServiceAppraisal> appraisals,
                                                                           RegionModel baseline, RegionModel option) {
        return AppraisalVolumes.of(appraisals, baseline, option, inputs.rates(), inputs.minimums(),
                new AllocationRule.Nearest());
    }

    /**
     * The scenario's Monte Carlo with {@code appraise}'s default iterations and seed, so a web run's figures are the
     * command's; on one thread, beside the server's own work (the results do not depend on the thread count).
     */
    private SimulationResult simulate(ScenarioFile.Simulation section, RegionModel baseline, RegionModel option) {
        if (inputs.simulation() == null) {
            throw new IllegalArgumentException("the scenario has a simulation section but the served dataset has no"
                    + " simulation/ folder of activity rates and assumptions");
        }
        SimulationPlan plan = SimulationPlan.of(section.with(inputs.simulation()), baseline, option, access);
        try {
            return new MonteCarlo(1).run(plan, MonteCarlo.DEFAULT_ITERATIONS, MonteCarlo.DEFAULT_SEED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted as the server stopped");
        }
    }

    private void update(String id, Status status, String step, String error, List<Map<String, Object>> services,
                        Path report) {
        Run updated = runs.computeIfPresent(id, (k, r) -> new Run(k, r.scenario(), status, step, r.started(),
                status == Status.done || status == Status.failed ? Instant.now() : null,
                error == null ? "" : error, services, report));
        if (updated != null && (status == Status.done || status == Status.failed)) {
            store.save(updated);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
