package org.nhsblueprint.travel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
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
 * The spatial index against the all-pairs scan, one query type at a time, for every small area against every GP
 * practice offering the service: London (4,994 x 1,186) and England (33,755 x 6,489), on one thread. Queries: the two
 * nearest practices; the number within a 20-minute walk (1.33 km); the number within a 60-minute drive (19.2 km, a
 * radius that swallows whole subtrees). Data from the bundled datasets ({@code -Dblueprint.home} = the repository).
 * Lives in the engine's package to reach the package-private unit-vector conversion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class SpatialIndexBenchmark {
    @Param({"london", "england"})
    public String dataset;

    private double[] origins;
    private double[] sites;
    private KdTreeIndex tree;
    private AllPairsScan scan;
    private double walk20;
    private double drive60;

    @Setup(Level.Trial)
    public void load() {
        Path home = Path.of(System.getProperty("blueprint.home", "."));
        RegionModel model = new DatasetLoader().load(home.resolve("datasets").resolve(dataset));
        origins = UnitVectors.of(model.areas().stream().map(Area::centroid).toList());
        List<GeoPoint> practices = model.sitesOffering(new ServiceId("gp")).stream().map(Site::location).toList();
        sites = UnitVectors.of(practices);
        tree = new KdTreeIndex(sites);
        scan = new AllPairsScan(sites);
        EstimateParameters p = EstimateParameters.londonDefaults();
        walk20 = UnitVectors.chordSquared(p.mode(org.nhsblueprint.model.TravelMode.WALK).metresWithin(20));
        drive60 = UnitVectors.chordSquared(p.mode(org.nhsblueprint.model.TravelMode.CAR).metresWithin(60));
    }

    @Benchmark
    public KdTreeIndex buildTree() {
        return new KdTreeIndex(sites);
    }

    @Benchmark
    public long nearestTwoTree() {
        return nearestTwo(tree);
    }

    @Benchmark
    public long nearestTwoAllPairs() {
        return nearestTwo(scan);
    }

    @Benchmark
    public long withinWalkTree() {
        return within(tree, walk20);
    }

    @Benchmark
    public long withinWalkAllPairs() {
        return within(scan, walk20);
    }

    @Benchmark
    public long withinDriveTree() {
        return within(tree, drive60);
    }

    @Benchmark
    public long withinDriveAllPairs() {
        return within(scan, drive60);
    }

    private long nearestTwo(PointIndex index) {
        int[] idx = new int[2];
        double[] d2 = new double[2];
        long sum = 0;
        for (int o = 0; o < origins.length; o += 3) {
            index.nearest(origins[o], origins[o + 1], origins[o + 2], idx, d2);
            sum += idx[0] + idx[1];
        }
        return sum;
    }

    private long within(PointIndex index, double r2) {
        long sum = 0;
        for (int o = 0; o < origins.length; o += 3) {
            sum += index.countWithin(origins[o], origins[o + 1], origins[o + 2], r2);
        }
        return sum;
    }
}
