package org.nhsblueprint.optimise;

import java.util.List;

/**
 * A solved location problem: the open sites (candidate indices, ascending), the objective, a lower bound on the best
 * possible objective, and the gap between them, with how long it took. For a minimisation the gap is
 * {@code (objective - lower bound) / objective}; zero proves the answer optimal. Immutable.
 *
 * @param objective   population-weighted cost (p-median), or people not covered (covering models)
 * @param lowerBound  no feasible answer is better than this (NaN when no bound was computed)
 * @param method      how it was found and bounded, for reports
 * @param assignment  each customer's site (candidate index), or empty when not kept
 */
public record Solution(List<Integer> open, double objective, double lowerBound, double seconds, String method,
                       int[] assignment) {
    public Solution {
        open = List.copyOf(open);
        assignment = assignment == null ? new int[0] : assignment.clone();
    }

    /** The relative gap to the lower bound (0 when proven optimal; NaN without a bound). */
    public double gap() {
        if (Double.isNaN(lowerBound)) {
            return Double.NaN;
        }
        if (objective == 0) {
            return lowerBound >= 0 ? 0 : Double.NaN;
        }
        return Math.max(0, (objective - lowerBound) / Math.abs(objective));
    }

    @Override
    public int[] assignment() {
        return assignment.clone();
    }
}
