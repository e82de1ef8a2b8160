package org.nhsblueprint.optimise;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs a p-median answer so that every open site sees at least a minimum yearly volume (customers go to their
 * nearest open site): swaps of one open site for a closed one are taken while they lower, first, the total shortfall
 * below the minimum and then the cost, each judged by a full evaluation (O(customers x p)), which suits the tens of
 * candidates of a specialist service. The p-median's lower bound stays a valid bound (the minimum only adds a
 * constraint), so the stated gap stays honest, if wider. Stateless.
 */
public final class MinimumVolumeSearch {
    private MinimumVolumeSearch() {
    }

    public static Solution repair(LocationProblem problem, double[] volume, double minimum, Solution from) {
        long start = System.nanoTime();
        int[] open = from.open().stream().mapToInt(Integer::intValue).toArray();
        double[] best = evaluate(problem, volume, minimum, open);
        if (best[0] == 0) {
            return from;
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            boolean[] isOpen = new boolean[problem.candidates()];
            for (int j : open) {
                isOpen[j] = true;
            }
            int[] bestOpen = null;
            for (int pos = 0; pos < open.length; pos++) {
                if (problem.fixed(open[pos])) {
                    continue;
                }
                for (int j = 0; j < problem.candidates(); j++) {
                    if (isOpen[j] || problem.forbidden(j)) {
                        continue;
                    }
                    int[] trial = open.clone();
                    trial[pos] = j;
                    double[] e = evaluate(problem, volume, minimum, trial);
                    if (e[0] < best[0] - 1e-9 || (Math.abs(e[0] - best[0]) <= 1e-9 && e[1] < best[1] - 1e-9)) {
                        best = e;
                        bestOpen = trial;
                    }
                }
            }
            if (bestOpen != null) {
                open = bestOpen;
                improved = true;
            }
        }
        java.util.Arrays.sort(open);
        List<Integer> list = new ArrayList<>();
        for (int j : open) {
            list.add(j);
        }
        return new Solution(list, best[1], Math.min(from.lowerBound(), best[1]),
                from.seconds() + (System.nanoTime() - start) / 1e9, from.method() + "; then swaps to lift every site to"
                + " the minimum volume (" + (best[0] == 0 ? "met" : "not met: shortfall " + Math.round(best[0])) + ")",
                null);
    }

    /** {total shortfall below the minimum, cost}. */
    static double[] evaluate(LocationProblem problem, double[] volume, double minimum, int[] open) {
        double cost = 0;
        double[] vol = new double[open.length];
        for (int i = 0; i < problem.customers(); i++) {
            int best = 0;
            double d = Double.POSITIVE_INFINITY;
            for (int k = 0; k < open.length; k++) {
                double c = problem.cost(open[k], i);
                if (c < d) {
                    d = c;
                    best = k;
                }
            }
            cost += problem.weight(i) * d;
            vol[best] += volume[i];
        }
        double shortfall = 0;
        for (double v : vol) {
            shortfall += Math.max(0, minimum - v);
        }
        return new double[] {shortfall, cost};
    }
}
