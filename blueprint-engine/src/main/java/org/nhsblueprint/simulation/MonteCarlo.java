package org.nhsblueprint.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a {@link SimulationPlan} for N seeded iterations on several threads, with the same result bit for bit whatever
 * the number of threads: iterations are cut into fixed chunks of {@value #CHUNK}; each chunk draws its iterations
 * ({@link Draws}, one stream per iteration) and evaluates them into one worker's quantile sketches (whole-number
 * counts, so which worker took which chunk cannot change them) and its own sums, which are added in chunk order. Chunks
 * run a wave at a time. Memory is bounded: one sketch per metric per worker and one sum per metric per chunk of the
 * wave, never one value per iteration. Thread-safe: each run has its own state.
 */
public final class MonteCarlo {
    /** The iterations a run makes unless asked for another number ({@code appraise}, the web workspace). */
    public static final int DEFAULT_ITERATIONS = 1000;
    /** The seed a run uses unless given another: the same seed and inputs give the same numbers. */
    public static final long DEFAULT_SEED = 20261122L;
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

    /** One worker's sketches: counts only, so how chunks are shared between workers does not matter. */
    private static final class Sketches {
        final QuantileSketch[] sketches;

        Sketches(int metrics) {
            sketches = new QuantileSketch[metrics];
            for (int m = 0; m < metrics; m++) {
                sketches[m] = new QuantileSketch(ACCURACY);
            }
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
        double[] sums = new double[metrics];
        int chunks = (iterations + CHUNK - 1) / CHUNK;
        // at most `threads` chunks run at once, so `threads` sets of sketches suffice; a chunk borrows one
        java.util.concurrent.BlockingQueue<Sketches> free = new java.util.concurrent.ArrayBlockingQueue<>(threads);
        List<Sketches> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Sketches s = new Sketches(metrics);
            all.add(s);
            free.add(s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            int wave = threads * 4;
            for (int first = 0; first < chunks; first += wave) {
                List<Future<double[]>> running = new ArrayList<>();
                for (int c = first; c < Math.min(chunks, first + wave); c++) {
                    int from = c * CHUNK;
                    int to = Math.min(iterations, from + CHUNK);
                    running.add(pool.submit(() -> {
                        Sketches s = free.take();
                        try {
                            return chunk(plan, draws, seed, from, to, metrics, s);
                        } finally {
                            free.add(s);
                        }
                    }));
                }
                // each chunk's sums are added in chunk order: the same means on any number of threads
                for (Future<double[]> f : running) {
                    double[] chunkSums = get(f);
                    for (int m = 0; m < metrics; m++) {
                        sums[m] += chunkSums[m];
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Metric> out = new ArrayList<>();
        for (int m = 0; m < metrics; m++) {
            QuantileSketch merged = new QuantileSketch(ACCURACY);
            for (Sketches s : all) {
                merged.merge(s.sketches[m]);
            }
            out.add(new Metric(plan.metrics().get(m), merged, sums[m] / iterations));
        }
        return new SimulationResult(iterations, seed, out, Tornado.of(plan, draws), plan.inputNames(),
                plan.inputs(), plan.inputSources(), plan.notes());
    }

    private static double[] chunk(SimulationPlan plan, Draws draws, long seed, int from, int to, int metrics,
                                  Sketches into) {
        double[] sums = new double[metrics];
        double[] in = new double[draws.size()];
        double[] out = new double[metrics];
        for (int i = from; i < to; i++) {
            draws.draw(seed, i, in);
            plan.evaluate(in, out);
            for (int m = 0; m < metrics; m++) {
                into.sketches[m].add(out[m]);
                sums[m] += out[m];
            }
        }
        return sums;
    }

    private static double[] get(Future<double[]> f) throws InterruptedException {
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
