package org.nhsblueprint.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The p-median problem (least population-weighted cost with p open sites), solved by our own heuristic and bounded
 * from below, so every answer states its gap:
 * <ul>
 *   <li><b>start</b>: greedy addition (each step opens the candidate that most reduces the cost);</li>
 *   <li><b>local search</b>: vertex substitution with Whitaker's fast interchange (1983): keeping each customer's
 *       nearest and second-nearest open site, the gain of inserting candidate f and the loss of removing each open
 *       site r are summed in one pass over the customers, so the best swap over all (f, r) costs O(candidates x
 *       customers) rather than O(candidates x p x customers);</li>
 *   <li><b>variable neighbourhood search</b>: from the best answer, k random swaps (k = 1, 2, ... up to a limit),
 *       then local search, keeping any improvement, for a set number of rounds without improvement (seeded, so
 *       reproducible);</li>
 *   <li><b>lower bound</b>: Lagrangian relaxation of the assignment constraints (each customer served exactly once),
 *       maximised by subgradient steps (Held, Wolfe and Crowder 1974); with whole-number costs and weights a bound
 *       that rounds up to the objective proves it optimal, and the search stops.</li>
 * </ul>
 * Sites that must stay open are never swapped out, forbidden ones never in. Stateless apart from its options;
 * thread-safe.
 */
public final class PMedianSolver {
    /** How hard to search. */
    public record Options(long seed, int roundsWithoutImprovement, int maxShake, int boundIterations,
                          double timeLimitSeconds) {
        public static Options defaults() {
            return new Options(20261122L, 60, 10, 3000, 60);
        }
    }

    private final Options options;

    public PMedianSolver(Options options) {
        this.options = options;
    }

    public Solution solve(LocationProblem problem) {
        long start = System.nanoTime();
        // the search may use half the time; the rest is kept for the bound that states the gap
        double deadline = start + options.timeLimitSeconds() * 0.5e9;
        Search s = new Search(problem);
        s.greedy();
        s.localSearch();
        int[] best = s.open.clone();
        double bestCost = s.cost();
        boolean integral = integral(problem);
        Bound bound = new Bound(problem);
        double lower = bound.improve(bestCost, options.boundIterations() / 4, s.nearestCosts());
        // Lagrangian heuristic: the relaxation's chosen sites as a start for local search
        s.reset(bound.chosen());
        s.localSearch();
        if (s.cost() < bestCost - 1e-9) {
            bestCost = s.cost();
            best = s.open.clone();
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        int rounds = Math.max(options.roundsWithoutImprovement(), problem.p());
        int quiet = 0;
        int k = 1;
        while (quiet < rounds && System.nanoTime() < deadline && !proven(bestCost, lower, integral)) {
            s.reset(best);
            s.shake(k, random);
            s.localSearch();
            double c = s.cost();
            if (c < bestCost - 1e-9) {
                bestCost = c;
                best = s.open.clone();
                quiet = 0;
                k = 1;
            } else {
                quiet++;
                k = k >= options.maxShake() ? 1 : k + 1;
            }
        }
        if (!proven(bestCost, lower, integral)) {
            lower = Math.max(lower, bound.improve(bestCost, options.boundIterations() * 3 / 4, null));
            s.reset(bound.chosen());
            s.localSearch();
            if (s.cost() < bestCost - 1e-9) {
                bestCost = s.cost();
                best = s.open.clone();
            }
        }
        if (integral) {
            lower = Math.ceil(lower - 1e-6);
        }
        s.reset(best);
        int[] sorted = best.clone();
        Arrays.sort(sorted);
        List<Integer> open = new ArrayList<>();
        for (int j : sorted) {
            open.add(j);
        }
        return new Solution(open, bestCost, Math.min(lower, bestCost), (System.nanoTime() - start) / 1e9,
                "greedy start, fast-interchange vertex substitution and variable neighbourhood search (seed "
                        + options.seed() + "); Lagrangian lower bound", s.assignment());
    }

    private static boolean proven(double cost, double lower, boolean integral) {
        return integral ? Math.ceil(lower - 1e-6) >= cost - 1e-9 : lower >= cost * (1 - 1e-9);
    }

    private static boolean integral(LocationProblem problem) {
        for (int i = 0; i < problem.customers(); i++) {
            if (problem.weight(i) != Math.rint(problem.weight(i))) {
                return false;
            }
        }
        for (int j = 0; j < problem.candidates(); j++) {
            float[] row = problem.row(j);
            for (float c : row) {
                if (c != Math.rint(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One search's state: the open sites and each customer's nearest and second-nearest open site. */
    static final class Search {
        final LocationProblem problem;
        final int n;
        final int m;
        final double[] w;
        int[] open;
        final boolean[] isOpen;
        final int[] near1;
        final int[] near2;
        final double[] d1;
        final double[] d2;

        Search(LocationProblem problem) {
            this.problem = problem;
            this.n = problem.customers();
            this.m = problem.candidates();
            this.w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = problem.weight(i);
            }
            this.isOpen = new boolean[m];
            this.near1 = new int[n];
            this.near2 = new int[n];
            this.d1 = new double[n];
            this.d2 = new double[n];
        }

        void greedy() {
            List<Integer> chosen = new ArrayList<>();
            double[] best = new double[n];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            for (int j = 0; j < m; j++) {
                if (problem.fixed(j)) {
                    chosen.add(j);
                    float[] row = problem.row(j);
                    for (int i = 0; i < n; i++) {
                        best[i] = Math.min(best[i], row[i]);
                    }
                }
            }
            boolean[] taken = new boolean[m];
            chosen.forEach(j -> taken[j] = true);
            while (chosen.size() < problem.p()) {
                int pick = -1;
                double pickCost = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    if (taken[j] || problem.forbidden(j)) {
                        continue;
                    }
                    float[] row = problem.row(j);
                    double c = 0;
                    for (int i = 0; i < n; i++) {
                        c += w[i] * Math.min(best[i], row[i]);
                    }
                    if (c < pickCost) {
                        pickCost = c;
                        pick = j;
                    }
                }
                chosen.add(pick);
                taken[pick] = true;
                float[] row = problem.row(pick);
                for (int i = 0; i < n; i++) {
                    best[i] = Math.min(best[i], row[i]);
                }
            }
            reset(chosen.stream().mapToInt(Integer::intValue).toArray());
        }

        void reset(int[] sites) {
            open = sites.clone();
            Arrays.fill(isOpen, false);
            for (int j : open) {
                isOpen[j] = true;
            }
            nearest();
        }

        /** Recomputes every customer's nearest and second-nearest open site. */
        void nearest() {
            Arrays.fill(d1, Double.POSITIVE_INFINITY);
            Arrays.fill(d2, Double.POSITIVE_INFINITY);
            Arrays.fill(near1, -1);
            Arrays.fill(near2, -1);
            for (int pos = 0; pos < open.length; pos++) {
                float[] row = problem.row(open[pos]);
                for (int i = 0; i < n; i++) {
                    double d = row[i];
                    if (d < d1[i]) {
                        d2[i] = d1[i];
                        near2[i] = near1[i];
                        d1[i] = d;
                        near1[i] = pos;
                    } else if (d < d2[i]) {
                        d2[i] = d;
                        near2[i] = pos;
                    }
                }
            }
        }

        double cost() {
            double c = 0;
            for (int i = 0; i < n; i++) {
                c += w[i] * d1[i];
            }
            return c;
        }

        double[] nearestCosts() {
            return d1.clone();
        }

        int[] assignment() {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = open[near1[i]];
            }
            return a;
        }

        /** Best-improvement vertex substitution with fast interchange, until no swap improves. */
        void localSearch() {
            int p = open.length;
            double[] loss = new double[p];
            while (true) {
                double bestProfit = 1e-9;
                int bestIn = -1;
                int bestOut = -1;
                for (int f = 0; f < m; f++) {
                    if (isOpen[f] || problem.forbidden(f)) {
                        continue;
                    }
                    float[] row = problem.row(f);
                    double gain = 0;
                    Arrays.fill(loss, 0);
                    for (int i = 0; i < n; i++) {
                        double d = row[i];
                        if (d < d1[i]) {
                            gain += w[i] * (d1[i] - d);
                        } else {
                            loss[near1[i]] += w[i] * (Math.min(d, d2[i]) - d1[i]);
                        }
                    }
                    for (int r = 0; r < p; r++) {
                        if (problem.fixed(open[r])) {
                            continue;
                        }
                        double profit = gain - loss[r];
                        if (profit > bestProfit) {
                            bestProfit = profit;
                            bestIn = f;
                            bestOut = r;
                        }
                    }
                }
                if (bestIn < 0) {
                    return;
                }
                isOpen[open[bestOut]] = false;
                open[bestOut] = bestIn;
                isOpen[bestIn] = true;
                nearest();
            }
        }

        /** k random swaps of a non-fixed open site for a usable closed one. */
        void shake(int k, SplittableRandom random) {
            List<Integer> out = new ArrayList<>();
            for (int pos = 0; pos < open.length; pos++) {
                if (!problem.fixed(open[pos])) {
                    out.add(pos);
                }
            }
            List<Integer> in = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (!isOpen[j] && !problem.forbidden(j)) {
                    in.add(j);
                }
            }
            for (int s = 0; s < k && !out.isEmpty() && !in.isEmpty(); s++) {
                int pos = out.remove(random.nextInt(out.size()));
                int j = in.remove(random.nextInt(in.size()));
                isOpen[open[pos]] = false;
                open[pos] = j;
                isOpen[j] = true;
            }
            nearest();
        }
    }

    /**
     * The Lagrangian bound: relaxing "each customer is served exactly once" with multipliers λ, each candidate's
     * value is ρ_j = Σ_i min(0, w_i c_ij − λ_i); the bound is Σ λ + the sum of the p smallest ρ (fixed sites always
     * among them, forbidden never). Subgradient steps move λ towards the bound's maximum.
     */
    static final class Bound {
        private final LocationProblem problem;
        private double[] lambda;
        private int[] chosen;
        private final Subgradient schedule = new Subgradient();

        Bound(LocationProblem problem) {
            this.problem = problem;
        }

        /** The sites the relaxation chose at its best bound (a good start for local search). */
        int[] chosen() {
            return chosen.clone();
        }

        /** Runs up to {@code iterations} subgradient steps; returns the best bound so far. */
        double improve(double upper, int iterations, double[] start) {
            int n = problem.customers();
            int m = problem.candidates();
            if (lambda == null) {
                lambda = new double[n];
                for (int i = 0; i < n; i++) {
                    lambda[i] = problem.weight(i) * start[i];
                }
            }
            schedule.restart();
            double[] rho = new double[m];
            double[] g = new double[n];
            Integer[] order = new Integer[m];
            for (int it = 0; it < iterations; it++) {
                for (int j = 0; j < m; j++) {
                    float[] row = problem.row(j);
                    double r = 0;
                    for (int i = 0; i < n; i++) {
                        double v = problem.weight(i) * row[i] - lambda[i];
                        if (v < 0) {
                            r += v;
                        }
                    }
                    rho[j] = r;
                }
                Subgradient.order(problem, rho, order);
                double value = 0;
                for (double l : lambda) {
                    value += l;
                }
                Arrays.fill(g, 1);
                for (int k = 0; k < problem.p(); k++) {
                    int j = order[k];
                    value += rho[j];
                    float[] row = problem.row(j);
                    for (int i = 0; i < n; i++) {
                        if (problem.weight(i) * row[i] - lambda[i] < 0) {
                            g[i] -= 1;
                        }
                    }
                }
                if (schedule.record(value)) {
                    chosen = new int[problem.p()];
                    for (int k = 0; k < problem.p(); k++) {
                        chosen[k] = order[k];
                    }
                }
                if (!schedule.step(lambda, g, upper, value)) {
                    break;
                }
            }
            return schedule.best();
        }
    }
}
