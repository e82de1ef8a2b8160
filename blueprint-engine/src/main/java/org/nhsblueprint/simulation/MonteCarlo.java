package org.nhsblueprint.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a {@link SimulationPlan} for N seeded iterations on several threads, with the same result bit for bit whatever
 * the number of threads: iterations are cut into fixed chunks of {@value #CHUNK}; each chunk draws its iterations
 * ({@link Draws}, one stream per iteration), evaluates them and keeps its own sketches and sums; chunks run a wave at a
 * time and are merged in chunk order. Memory is bounded: one sketch per metric per chunk in flight, never one value
 * per iteration. Thread-safe: each run has its own state.
 */
public final class MonteCarlo {
    /** Iterations per chunk: fixed, so results do not depend on how many threads share the chunks. */
    public static final int CHUNK = 250;
    /** Relative accuracy of every quantile reported. */
    public static final double ACCURACY = 0.001;

    private final int threads;

    /** @param threads worker threads, at least 1 */
    public MonteCarlo(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    /** One chunk's partial results. */
    private static final class Partial {
        final QuantileSketch[] sketches;
        final double[] sums;

        Partial(int metrics) {
            sketches = new QuantileSketch[metrics];
            for (int m = 0; m < metrics; m++) {
                sketches[m] = new QuantileSketch(ACCURACY);
            }
            sums = new double[metrics];
        }
    }

    /**
     * @throws IllegalArgumentException if iterations is below 1
     */
    public SimulationResult run(SimulationPlan plan, int iterations, long seed) throws InterruptedException {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, not " + iterations);
        }
        Draws draws = new Draws(plan.inputs(), plan.correlation());
        int metrics = plan.metrics().size();
        Partial total = new Partial(metrics);
        int chunks = (iterations + CHUNK - 1) / CHUNK;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            int wave = threads * 2;
            for (int first = 0; first < chunks; first += wave) {
                List<Future<Partial>> running = new ArrayList<>();
                for (int c = first; c < Math.min(chunks, first + wave); c++) {
                    int from = c * CHUNK;
                    int to = Math.min(iterations, from + CHUNK);
                    running.add(pool.submit(() -> chunk(plan, draws, seed, from, to, metrics)));
                }
                for (Future<Partial> f : running) {
                    Partial p = get(f);
                    for (int m = 0; m < metrics; m++) {
                        total.sketches[m].merge(p.sketches[m]);
                        total.sums[m] += p.sums[m];
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Metric> out = new ArrayList<>();
        for (int m = 0; m < metrics; m++) {
            out.add(new Metric(plan.metrics().get(m), total.sketches[m], total.sums[m] / iterations));
        }
        return new SimulationResult(iterations, seed, out, Tornado.of(plan, draws), plan.inputNames(),
                plan.inputs(), plan.inputSources(), plan.notes());
    }

    private static Partial chunk(SimulationPlan plan, Draws draws, long seed, int from, int to, int metrics) {
        Partial p = new Partial(metrics);
        double[] in = new double[draws.size()];
        double[] out = new double[metrics];
        for (int i = from; i < to; i++) {
            draws.draw(seed, i, in);
            plan.evaluate(in, out);
            for (int m = 0; m < metrics; m++) {
                p.sketches[m].add(out[m]);
                p.sums[m] += out[m];
            }
        }
        return p;
    }

    private static Partial get(Future<Partial> f) throws InterruptedException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
