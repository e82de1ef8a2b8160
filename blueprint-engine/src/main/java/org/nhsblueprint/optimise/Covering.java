package org.nhsblueprint.optimise;

/**
 * The covering models as p-median problems on 0/1 costs: a customer costs its weight when no open site is within the
 * standard and nothing when one is, so the least-cost p sites are the <b>maximal covering</b> answer (Church and
 * ReVelle 1974), and the p-median solver's heuristic and Lagrangian bound apply unchanged. <b>Set covering</b> (the
 * fewest sites that put everyone within reach) is the smallest p whose maximal covering leaves no one out: p grows
 * until the heuristic covers everyone, and every smaller p is shown insufficient by its lower bound where the bound
 * proves it. Stateless.
 */
public final class Covering {
    private Covering() {
    }

    /** The 0/1-cost problem: 1 where the cost exceeds the problem's standard. */
    public static LocationProblem asCoverage(LocationProblem problem) {
        double standard = problem.standard();
        if (Double.isNaN(standard)) {
            throw new IllegalArgumentException(problem.name() + ": covering needs a time standard");
        }
        int m = problem.candidates();
        int n = problem.customers();
        float[][] miss = new float[m][n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                miss[j][i] = problem.cost(j, i) <= standard ? 0f : 1f;
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = problem.weight(i);
        }
        LocationProblem coverage = LocationProblem.of(problem.name() + " (coverage)", w, miss, problem.p())
                .withStandard(standard);
        int[] fixed = java.util.stream.IntStream.range(0, m).filter(problem::fixed).toArray();
        int[] forbidden = java.util.stream.IntStream.range(0, m).filter(problem::forbidden).toArray();
        return coverage.withFixed(fixed).withForbidden(forbidden);
    }

    /** Maximal covering: the objective is the weight left uncovered. */
    public static Solution maximal(LocationProblem problem, PMedianSolver solver) {
        return solver.solve(asCoverage(problem));
    }

    /** The answer for the smallest p that covers everyone; null if even every usable candidate cannot. */
    public static Solution set(LocationProblem problem, PMedianSolver solver) {
        LocationProblem coverage = asCoverage(problem);
        int usable = 0;
        int fixed = 0;
        for (int j = 0; j < problem.candidates(); j++) {
            usable += problem.forbidden(j) ? 0 : 1;
            fixed += problem.fixed(j) ? 1 : 0;
        }
        for (int p = Math.max(1, fixed); p <= usable; p++) {
            Solution s = solver.solve(coverage.withP(p));
            if (s.objective() == 0) {
                return s;
            }
        }
        return null;
    }
}
