package org.nhsblueprint.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The capacitated p-median problem (each customer served by exactly one open site; a site's assigned demand within
 * its capacity), by our own heuristic with a Lagrangian lower bound:
 * <ul>
 *   <li><b>assignment</b> for a set of open sites: regret-greedy (the customer who would lose most by missing its
 *       best site with room goes first), then shifts and exchanges of customers while they lower the cost;</li>
 *   <li><b>location</b>: swaps of an open site for a closed one while they lower the cost, then variable neighbourhood
 *       search (k random swaps and local search, seeded);</li>
 *   <li><b>lower bound</b>: relaxing "each customer served once" with multipliers λ leaves one 0-1 knapsack per
 *       candidate (take the customers whose λ exceeds their cost, within its capacity), solved exactly by dynamic
 *       programming over whole-number capacity; the bound is Σλ plus the p best knapsacks, raised by subgradient
 *       steps.</li>
 * </ul>
 * Demands and capacities must be whole numbers for the bound (it is skipped otherwise). Thread-safe.
 */
public final class CapacitatedSolver {
    private final PMedianSolver.Options options;

    public CapacitatedSolver(PMedianSolver.Options options) {
        this.options = options;
    }

    public Solution solve(LocationProblem problem) {
        long start = System.nanoTime();
        double deadline = start + options.timeLimitSeconds() * 1e9;
        int m = problem.candidates();
        int p = problem.p();
        // start: the uncapacitated p-median's sites, which are then repaired and improved under capacity
        Solution free = new PMedianSolver(new PMedianSolver.Options(options.seed(), 10, 5, 200,
                options.timeLimitSeconds())).solve(problem);
        int[] open = free.open().stream().mapToInt(Integer::intValue).toArray();
        Assignment best = assign(problem, open);
        best = locate(problem, best, deadline);
        SplittableRandom random = new SplittableRandom(options.seed());
        int quiet = 0;
        int k = 1;
        int rounds = Math.max(options.roundsWithoutImprovement(), 2 * p);
        double lower = Double.NaN;
        boolean integral = integral(problem);
        if (integral) {
            lower = bound(problem, best.cost, options.boundIterations() / 2);
        }
        while (quiet < rounds && System.nanoTime() < deadline
                && !(integral && Math.ceil(lower - 1e-6) >= best.cost - 1e-9)) {
            int[] trial = best.open.clone();
            boolean[] isOpen = new boolean[m];
            for (int j : trial) {
                isOpen[j] = true;
            }
            for (int s = 0; s < k; s++) {
                int pos = random.nextInt(p);
                if (problem.fixed(trial[pos])) {
                    continue;
                }
                int j = random.nextInt(m);
                if (isOpen[j] || problem.forbidden(j)) {
                    continue;
                }
                isOpen[trial[pos]] = false;
                trial[pos] = j;
                isOpen[j] = true;
            }
            Assignment a = locate(problem, assign(problem, trial), deadline);
            if (a.cost < best.cost - 1e-9) {
                best = a;
                quiet = 0;
                k = 1;
            } else {
                quiet++;
                k = k >= options.maxShake() ? 1 : k + 1;
            }
        }
        if (integral && !(Math.ceil(lower - 1e-6) >= best.cost - 1e-9)) {
            lower = Math.max(lower, bound(problem, best.cost, options.boundIterations()));
        }
        if (integral) {
            lower = Math.ceil(lower - 1e-6);
        }
        int[] sorted = best.open.clone();
        Arrays.sort(sorted);
        List<Integer> list = new ArrayList<>();
        for (int j : sorted) {
            list.add(j);
        }
        return new Solution(list, best.cost, Double.isNaN(lower) ? Double.NaN : Math.min(lower, best.cost),
                (System.nanoTime() - start) / 1e9, "regret assignment with shifts and exchanges, swap location search"
                + " and variable neighbourhood search (seed " + options.seed() + "); Lagrangian bound with exact"
                + " knapsacks", best.site);
    }

    private static boolean integral(LocationProblem problem) {
        for (int i = 0; i < problem.customers(); i++) {
            if (problem.demand(i) != Math.rint(problem.demand(i)) || problem.weight(i) != Math.rint(problem.weight(i))) {
                return false;
            }
        }
        for (int j = 0; j < problem.candidates(); j++) {
            double c = problem.capacity(j);
            if (c != Math.rint(c) || c > 1_000_000) {
                return false;
            }
            for (int i = 0; i < problem.customers(); i++) {
                if (problem.cost(j, i) != Math.rint(problem.cost(j, i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Open sites, each customer's site, and the cost (infinite if some customer fits nowhere). */
    record Assignment(int[] open, int[] site, double cost) {
    }

    /** First-improvement swaps of open for closed sites, each judged by a fresh assignment. */
    private static Assignment locate(LocationProblem problem, Assignment from, double deadline) {
        Assignment best = from;
        boolean improved = true;
        int m = problem.candidates();
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            boolean[] isOpen = new boolean[m];
            for (int j : best.open) {
                isOpen[j] = true;
            }
            for (int pos = 0; pos < best.open.length && !improved; pos++) {
                if (problem.fixed(best.open[pos])) {
                    continue;
                }
                for (int j = 0; j < m && !improved; j++) {
                    if (isOpen[j] || problem.forbidden(j)) {
                        continue;
                    }
                    int[] trial = best.open.clone();
                    trial[pos] = j;
                    Assignment a = assign(problem, trial);
                    if (a.cost < best.cost - 1e-9) {
                        best = a;
                        improved = true;
                    }
                }
            }
        }
        return best;
    }

    /** Regret-greedy assignment under capacity, then shifts and exchanges while they lower the cost. */
    static Assignment assign(LocationProblem problem, int[] open) {
        int n = problem.customers();
        int p = open.length;
        double[] left = new double[p];
        for (int k = 0; k < p; k++) {
            left[k] = problem.capacity(open[k]);
        }
        int[] at = new int[n];
        Arrays.fill(at, -1);
        boolean[] done = new boolean[n];
        for (int step = 0; step < n; step++) {
            int pick = -1;
            int pickSite = -1;
            double pickRegret = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                double b1 = Double.POSITIVE_INFINITY;
                double b2 = Double.POSITIVE_INFINITY;
                int s1 = -1;
                for (int k = 0; k < p; k++) {
                    if (left[k] < problem.demand(i)) {
                        continue;
                    }
                    double c = problem.weight(i) * problem.cost(open[k], i);
                    if (c < b1) {
                        b2 = b1;
                        b1 = c;
                        s1 = k;
                    } else if (c < b2) {
                        b2 = c;
                    }
                }
                if (s1 < 0) {
                    return new Assignment(open.clone(), new int[n], Double.POSITIVE_INFINITY);
                }
                double regret = (b2 == Double.POSITIVE_INFINITY ? 1e12 : b2 - b1) + 1e-6 * problem.demand(i);
                if (regret > pickRegret) {
                    pickRegret = regret;
                    pick = i;
                    pickSite = s1;
                }
            }
            done[pick] = true;
            at[pick] = pickSite;
            left[pickSite] -= problem.demand(pick);
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < n; i++) {
                double here = problem.weight(i) * problem.cost(open[at[i]], i);
                for (int k = 0; k < p; k++) {
                    if (k == at[i] || left[k] < problem.demand(i)) {
                        continue;
                    }
                    if (problem.weight(i) * problem.cost(open[k], i) < here - 1e-9) {
                        left[at[i]] += problem.demand(i);
                        left[k] -= problem.demand(i);
                        at[i] = k;
                        here = problem.weight(i) * problem.cost(open[k], i);
                        improved = true;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int h = i + 1; h < n; h++) {
                    int a = at[i];
                    int b = at[h];
                    if (a == b) {
                        continue;
                    }
                    double now = problem.weight(i) * problem.cost(open[a], i) + problem.weight(h) * problem.cost(open[b], h);
                    double swapped = problem.weight(i) * problem.cost(open[b], i)
                            + problem.weight(h) * problem.cost(open[a], h);
                    if (swapped < now - 1e-9 && left[a] + problem.demand(i) - problem.demand(h) >= 0
                            && left[b] + problem.demand(h) - problem.demand(i) >= 0) {
                        left[a] += problem.demand(i) - problem.demand(h);
                        left[b] += problem.demand(h) - problem.demand(i);
                        at[i] = b;
                        at[h] = a;
                        improved = true;
                    }
                }
            }
        }
        double cost = 0;
        int[] site = new int[n];
        for (int i = 0; i < n; i++) {
            site[i] = open[at[i]];
            cost += problem.weight(i) * problem.cost(site[i], i);
        }
        return new Assignment(open.clone(), site, cost);
    }

    /** The Lagrangian bound with exact knapsacks (whole-number demands and capacities). */
    static double bound(LocationProblem problem, double upper, int iterations) {
        int n = problem.customers();
        int m = problem.candidates();
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                best = Math.min(best, problem.weight(i) * problem.cost(j, i));
            }
            lambda[i] = best;
        }
        Subgradient schedule = new Subgradient();
        double[] rho = new double[m];
        boolean[][] take = new boolean[m][n];
        double[] g = new double[n];
        Integer[] order = new Integer[m];
        for (int it = 0; it < iterations; it++) {
            for (int j = 0; j < m; j++) {
                rho[j] = -knapsack(problem, j, lambda, take[j]);
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
                for (int i = 0; i < n; i++) {
                    if (take[j][i]) {
                        g[i] -= 1;
                    }
                }
            }
            schedule.record(value);
            if (!schedule.step(lambda, g, upper, value)) {
                break;
            }
        }
        return schedule.best();
    }

    /** Best value of the customers whose λ exceeds their cost at site j, within its capacity (exact DP). */
    private static double knapsack(LocationProblem problem, int j, double[] lambda, boolean[] take) {
        int n = problem.customers();
        int cap = (int) problem.capacity(j);
        double[] best = new double[cap + 1];
        boolean[][] used = new boolean[n][];
        for (int i = 0; i < n; i++) {
            take[i] = false;
            double profit = lambda[i] - problem.weight(i) * problem.cost(j, i);
            int d = (int) problem.demand(i);
            if (profit <= 0 || d > cap) {
                continue;
            }
            used[i] = new boolean[cap + 1];
            for (int c = cap; c >= d; c--) {
                if (best[c - d] + profit > best[c]) {
                    best[c] = best[c - d] + profit;
                    used[i][c] = true;
                }
            }
        }
        int c = cap;
        for (int i = n - 1; i >= 0; i--) {
            if (used[i] != null && used[i][c]) {
                take[i] = true;
                c -= (int) problem.demand(i);
            }
        }
        return best[cap];
    }
}
