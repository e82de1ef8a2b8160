package org.nhsblueprint.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.optimise.CapacitatedSolver;
import org.nhsblueprint.optimise.LocationProblem;
import org.nhsblueprint.optimise.OrLibrary;
import org.nhsblueprint.optimise.PMedianSolver;
import org.nhsblueprint.optimise.Solution;

/** Our heuristics against OR-Tools' exact answers (random instances, seed printed) and OR-Tools against OR-Library. */
class ExactSolverTest {
    private final ExactSolver exact = new ExactSolver(60);

    private static LocationProblem random(Random r, int n, int m, int p) {
        float[][] cost = new float[m][n];
        double[][] xy = new double[n][2];
        for (int i = 0; i < n; i++) {
            xy[i][0] = r.nextDouble() * 100;
            xy[i][1] = r.nextDouble() * 100;
        }
        for (int j = 0; j < m; j++) {
            double x = r.nextDouble() * 100;
            double y = r.nextDouble() * 100;
            for (int i = 0; i < n; i++) {
                cost[j][i] = (float) Math.floor(Math.hypot(xy[i][0] - x, xy[i][1] - y));
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + r.nextInt(20);
        }
        return LocationProblem.of("random", w, cost, p);
    }

    @Test
    void theHeuristicMatchesOrToolsOnRandomInstancesWithTheirConstraints() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        PMedianSolver heuristic = new PMedianSolver(PMedianSolver.Options.defaults());
        for (int trial = 0; trial < 8; trial++) {
            LocationProblem problem = random(r, 80, 30, 2 + r.nextInt(6));
            if (trial % 2 == 1) {
                problem = problem.withFixed(r.nextInt(27)).withForbidden(27 + r.nextInt(3));
            }
            Solution ours = heuristic.solve(problem);
            Solution best = exact.solve(problem);
            assertEquals(best.objective(), ours.objective(), 1e-6 * best.objective(), "seed " + seed + " trial "
                    + trial);
            assertTrue(ours.lowerBound() <= best.objective() + 1e-6, "seed " + seed + ": our bound passes the optimum");
        }
    }

    @Test
    void capacitatedAnswersAgreeWithOrToolsAndWithThePublishedOptimum() throws Exception {
        OrLibrary.Capacitated c = OrLibrary.capacitated("pmedcap1_2",
                Files.readAllLines(Path.of("../datasets/orlib/pmedcap/pmedcap1_2.txt")));
        Solution best = exact.solve(c.problem());
        assertEquals(c.published(), best.objective(), 1e-6);
        Solution ours = new CapacitatedSolver(PMedianSolver.Options.defaults()).solve(c.problem());
        assertEquals(best.objective(), ours.objective(), 1e-6);
    }

    @Test
    void orToolsReachesThePublishedPmedOptimum() throws Exception {
        LocationProblem pmed1 = OrLibrary.pmedian("pmed1", Files.readAllLines(Path.of(
                "../datasets/orlib/pmed/pmed1.txt")));
        Solution s = exact.solve(pmed1);
        assertEquals(5819, s.objective(), 1e-6);
        assertEquals(0, s.gap(), 1e-9);
    }
}
