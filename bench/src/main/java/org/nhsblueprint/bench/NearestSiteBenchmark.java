package org.nhsblueprint.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.AllPairsScan;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.nhsblueprint.travel.KdTreeIndex;
import org.nhsblueprint.travel.Reach;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every small area's two nearest GP practices and the number within a 20-minute walk, at London scale
 * (4,994 LSOAs x 1,186 practices) and England scale (33,755 x 6,491): the k-d tree (index built inside the timed
 * call) against the all-pairs scan. Data from the bundled datasets; set {@code -Dblueprint.home} to the repository.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NearestSiteBenchmark {
    @Param({"london", "england"})
    public String dataset;

    private List<GeoPoint> areas;
    private List<GeoPoint> sites;
    private final GreatCircleEstimate estimate = new GreatCircleEstimate(EstimateParameters.londonDefaults());

    @Setup(Level.Trial)
    public void load() {
        Path home = Path.of(System.getProperty("blueprint.home", "."));
        RegionModel model = new DatasetLoader().load(home.resolve("datasets").resolve(dataset));
        areas = model.areas().stream().map(Area::centroid).toList();
        sites = model.sitesOffering(new ServiceId("gp")).stream().map(Site::location).toList();
    }

    @Benchmark
    public Reach kdTree() {
        return estimate.reach(areas, KdTreeIndex.of(sites), TravelMode.WALK, 2, 20);
    }

    @Benchmark
    public Reach allPairs() {
        return estimate.reach(areas, AllPairsScan.of(sites), TravelMode.WALK, 2, 20);
    }
}
