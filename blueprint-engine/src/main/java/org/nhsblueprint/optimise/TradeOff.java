package org.nhsblueprint.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A planner's trade-off over the number of sites: for each p, the best p sites (p-median on population-weighted
 * minutes, repaired to a minimum volume per site when one is set), with the mean journey, the share within the
 * standard and the smallest site's yearly volume, and which p are Pareto-optimal (no other p is at least as good on
 * fewer sites, shorter mean journey, more people within the standard and a larger smallest site, and better on one).
 * Stateless.
 */
public final class TradeOff {
    private TradeOff() {
    }

    /**
     * One p.
     *
     * @param volumes each open site's yearly volume, in the order of {@code solution.open()}
     */
    public record Row(int p, Solution solution, double meanMinutes, double shareWithin, double[] volumes,
                      boolean meetsMinimum, boolean pareto) {
        public double smallestVolume() {
            return Arrays.stream(volumes).min().orElse(0);
        }
    }

    /**
     * @param problem costs in minutes, weights in people, with the standard set
     * @param volume  each customer's yearly volume (e.g. admissions) for the site it is assigned to
     * @param minimum the least yearly volume per open site, or NaN for none
     */
    public static List<Row> run(LocationProblem problem, double[] volume, double minimum, int[] ps,
                                PMedianSolver solver) {
        List<Row> rows = new ArrayList<>();
        for (int p : ps) {
            LocationProblem atP = problem.withP(p);
            Solution s = solver.solve(atP);
            if (!Double.isNaN(minimum)) {
                s = MinimumVolumeSearch.repair(atP, volume, minimum, s);
            }
            rows.add(row(atP, volume, minimum, s));
        }
        List<Row> marked = new ArrayList<>();
        for (Row r : rows) {
            boolean dominated = false;
            for (Row o : rows) {
                if (o == r) {
                    continue;
                }
                boolean asGood = o.p() <= r.p() && o.meanMinutes() <= r.meanMinutes() + 1e-9
                        && o.shareWithin() >= r.shareWithin() - 1e-12 && o.smallestVolume() >= r.smallestVolume() - 1e-9;
                boolean better = o.p() < r.p() || o.meanMinutes() < r.meanMinutes() - 1e-9
                        || o.shareWithin() > r.shareWithin() + 1e-12 || o.smallestVolume() > r.smallestVolume() + 1e-9;
                dominated |= asGood && better;
            }
            marked.add(new Row(r.p(), r.solution(), r.meanMinutes(), r.shareWithin(), r.volumes(), r.meetsMinimum(),
                    !dominated));
        }
        return marked;
    }

    static Row row(LocationProblem problem, double[] volume, double minimum, Solution s) {
        int n = problem.customers();
        double people = problem.totalWeight();
        double within = 0;
        double total = 0;
        double[] vol = new double[s.open().size()];
        for (int i = 0; i < n; i++) {
            int best = -1;
            double d = Double.POSITIVE_INFINITY;
            for (int k = 0; k < s.open().size(); k++) {
                double c = problem.cost(s.open().get(k), i);
                if (c < d) {
                    d = c;
                    best = k;
                }
            }
            total += problem.weight(i) * d;
            within += d <= problem.standard() ? problem.weight(i) : 0;
            vol[best] += volume[i];
        }
        boolean meets = Double.isNaN(minimum) || Arrays.stream(vol).allMatch(v -> v >= minimum - 1e-9);
        return new Row(problem.p(), s, total / people, within / people, vol, meets, false);
    }
}
