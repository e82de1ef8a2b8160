package org.nhsblueprint.simulation;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.dataset.ScenarioFile;
import org.nhsblueprint.dataset.SimulationFiles;
import org.nhsblueprint.model.ActivityRate;
import org.nhsblueprint.model.ActivityShift;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.SimulationSpec;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.scenario.ScenarioResolver;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Monte Carlo engine on the shipped London polyclinic hub scenario (every London area, 176 polyclinics, the
 * dataset's activities and shifts): 10,000 iterations on 1 and 2 threads, against a straightforward implementation
 * that recomputes every area's allocation in every iteration (nearest hospital and nearest polyclinic found afresh
 * for each activity and shift, then the area-by-area split). Run with bench/run-simulation.sh.
 */
@State(Scope.Benchmark)
public class SimulationBenchmark {
    /** Worker threads for the engine (the straightforward version is single-threaded and measured once). */
    @State(Scope.Benchmark)
    public static class Threads {
        @Param({"1", "2"})
        public int threads;
    }

    private SimulationPlan plan;
    private SimulationSpec spec;
    private RegionModel option;
    private AccessAnalysis access;
    private Draws draws;

    @Setup(Level.Trial)
    public void setUp() {
        Path home = Path.of(System.getProperty("blueprint.home", "."));
        Path dataset = home.resolve("datasets/london");
        RegionModel today = new DatasetLoader().load(dataset);
        ScenarioFile.Read read = new ScenarioFile().read(home.resolve("scenarios/london-polyclinics-hub.yaml"));
        option = new ScenarioResolver().apply(today, read.scenario());
        access = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));
        spec = read.simulation().with(new SimulationFiles().read(dataset));
        plan = SimulationPlan.of(spec, today, option, access);
        draws = new Draws(plan.inputs(), plan.correlation());
    }

    /** 10,000 iterations of the engine, plan made once. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SimulationResult tenThousandIterations(Threads t) throws InterruptedException {
        return new MonteCarlo(t.threads).run(plan, 10_000, 20261122);
    }

    /** One iteration of the straightforward implementation: every allocation recomputed (1 thread). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void oneNaiveIteration(Blackhole hole) {
        double[] in = new double[draws.size()];
        draws.draw(20261122, 0, in);
        double acute = 0;
        double outside = 0;
        for (ActivityRate rate : spec.activities()) {
            Service service = option.catalogue().find(rate.deliveredBy()).orElseThrow();
            List<Site> hospitals = option.sitesOffering(rate.deliveredBy()).stream()
                    .filter(s -> s.table().equals(spec.acuteTable())).toList();
            if (hospitals.isEmpty()) {
                continue;
            }
            AccessResult atHospital = access.run(option.withSites(hospitals), service);
            double moved = 0;
            AccessResult atPolyclinic = null;
            for (int k = 0; k < spec.shifts().size(); k++) {
                ActivityShift shift = spec.shifts().get(k);
                if (shift.activity().equals(rate.activity())) {
                    moved += Math.max(0, Math.min(1, in[k]));
                    Service to = option.catalogue().find(shift.toService()).orElseThrow();
                    atPolyclinic = access.run(option.withSites(option.sitesOffering(shift.toService()).stream()
                            .filter(s -> !s.table().equals(spec.acuteTable()) && !s.outsideRegion()).toList()), to);
                }
            }
            java.util.Map<org.nhsblueprint.model.SiteCode, Double> volume = new java.util.HashMap<>();
            for (int i = 0; i < atHospital.areas().size(); i++) {
                AreaAccess h = atHospital.areas().get(i);
                double d = rate.yearly(h.area());
                volume.merge(h.nearest(), d * (1 - moved), Double::sum);
                acute += d * (1 - moved);
                if (atPolyclinic != null) {
                    volume.merge(atPolyclinic.areas().get(i).nearest(), d * moved, Double::sum);
                    outside += d * moved;
                }
            }
            hole.consume(volume);
        }
        hole.consume(acute + outside);
    }
}
