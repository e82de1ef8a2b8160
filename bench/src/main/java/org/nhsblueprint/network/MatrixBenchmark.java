package org.nhsblueprint.network;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.util.Parameters;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Road-network matrices on Camden by car, in area-practice pairs per second (JMH counts one operation per pair):
 * the {@link TreeMatrix} (one reversed shortest-path tree per practice over one shared query graph) for every Camden
 * small area against every Camden GP practice (130 x 32), on all cores and on one thread, against one
 * {@link RoadNetwork#route} call per pair, and one bare GraphHopper route call per pair, on a fixed random sample of 300
 * of the same pairs. The matrix limit (60 minutes) reaches every pair, so both sides answer the same question.
 *
 * <p>Reads an already built network ({@code -Dblueprint.network}, default {@code bench/target/camden-network}; see
 * {@code bench/run-network.sh}) and the London CSV files under {@code -Dblueprint.home}. Lives in the network package
 * to reach the package-private {@link TreeMatrix}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class MatrixBenchmark {
    /** Camden's small areas (LSOA 2021) x Camden's GP practices (2022 list), checked against the data at setup. */
    static final int MATRIX_PAIRS = 130 * 32;
    static final int SAMPLE_PAIRS = 300;
    static final long SAMPLE_SEED = 20_261_122L;
    static final double LIMIT_MINUTES = 60;

    private RoadNetwork network;
    private CamdenPairs camden;
    private List<CamdenPairs.Pair> sample;
    private ForkJoinPool oneThread;

    @Setup(Level.Trial)
    public void open() {
        Path home = Path.of(System.getProperty("blueprint.home", "."));
        network = RoadNetwork.open(Path.of(System.getProperty("blueprint.network",
                home.resolve("bench").resolve("target").resolve("camden-network").toString())));
        camden = CamdenPairs.load(home.resolve("datasets").resolve("london"));
        if (camden.pairs() != MATRIX_PAIRS) {
            throw new IllegalStateException("expected " + MATRIX_PAIRS + " Camden area-practice pairs, found "
                    + camden.areas().size() + " x " + camden.practices().size());
        }
        SiteTimes all = TreeMatrix.compute(network, NetworkMode.CAR, camden.areas(), camden.practices(),
                LIMIT_MINUTES);
        if (all.pairs() != MATRIX_PAIRS) {
            throw new IllegalStateException("the " + LIMIT_MINUTES + "-minute matrix found " + all.pairs() + " of "
                    + MATRIX_PAIRS + " pairs; the comparison needs every pair");
        }
        sample = camden.sample(SAMPLE_SEED, SAMPLE_PAIRS);
        oneThread = new ForkJoinPool(1);
    }

    @TearDown(Level.Trial)
    public void close() {
        oneThread.shutdown();
        network.close();
    }

    /** What Blueprint runs: trees in parallel on the common pool (both cores here). */
    @Benchmark
    @OperationsPerInvocation(MATRIX_PAIRS)
    public SiteTimes treeMatrixAllCores() {
        return TreeMatrix.compute(network, NetworkMode.CAR, camden.areas(), camden.practices(), LIMIT_MINUTES);
    }

    /** The same on one thread, like for like with the per-pair calls below. */
    @Benchmark
    @OperationsPerInvocation(MATRIX_PAIRS)
    public SiteTimes treeMatrixOneThread() throws InterruptedException, ExecutionException {
        return oneThread.submit(() -> TreeMatrix.compute(network, NetworkMode.CAR, camden.areas(),
                camden.practices(), LIMIT_MINUTES)).get();
    }

    /** The slow obvious way: Blueprint's single-journey call (which also checks both ends' coverage). */
    @Benchmark
    @OperationsPerInvocation(SAMPLE_PAIRS)
    public double perPairRoute() {
        double minutes = 0;
        for (CamdenPairs.Pair p : sample) {
            minutes += network.route(p.from(), p.to(), NetworkMode.CAR).minutes();
        }
        return minutes;
    }

    /**
     * GraphHopper's route call alone, without Blueprint's coverage checks (and, like {@link RoadNetwork#route}, without
     * turn instructions or the route's geometry): the barest per-pair baseline.
     */
    @Benchmark
    @OperationsPerInvocation(SAMPLE_PAIRS)
    public long perPairGraphHopperTimeOnly() {
        long millis = 0;
        for (CamdenPairs.Pair p : sample) {
            GHResponse response = network.hopper().route(new GHRequest(p.from().lat(), p.from().lon(), p.to().lat(),
                    p.to().lon()).setProfile(NetworkMode.CAR.profileName())
                    .putHint(Parameters.Routing.INSTRUCTIONS, false).putHint(Parameters.Routing.CALC_POINTS, false));
            millis += response.getBest().getTime();
        }
        return millis;
    }
}
