package org.nhsblueprint.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The location solvers against published optima (OR-Library, datasets/orlib), against exhaustive enumeration on
 * small random instances, and one test per constraint.
 */
class PMedianSolverTest {
    private static final Path ORLIB = Path.of("../datasets/orlib");
    private final PMedianSolver solver = new PMedianSolver(PMedianSolver.Options.defaults());

    static LocationProblem pmed(int k) throws IOException {
        return OrLibrary.pmedian("pmed" + k, Files.readAllLines(ORLIB.resolve("pmed/pmed" + k + ".txt")));
    }

    @Test
    void orLibraryInstancesReachTheirPublishedOptimaAndTheBoundNeverPassesThem() throws IOException {
        // pmed1 5819, pmed4 3034, pmed7 5631, pmed13 4374, pmed21 9138 (OR-Library pmedopt)
        int[][] cases = {{1, 5819}, {4, 3034}, {7, 5631}, {13, 4374}, {21, 9138}};
        for (int[] c : cases) {
            Solution s = solver.solve(pmed(c[0]));
            assertEquals(c[1], s.objective(), 0.0, "pmed" + c[0]);
            assertTrue(s.lowerBound() <= c[1], "pmed" + c[0] + " bound " + s.lowerBound());
            assertEquals(s.open().size(), pmed(c[0]).p());
        }
        // the bound proves pmed1 optimal outright
        assertEquals(0.0, solver.solve(pmed(1)).gap(), 0.0);
    }

    @Test
    void repeatedEdgesAreReadLastOneWins() {
        // vertices 1-2 first cost 5 then 9: the last line wins, so the path 1-3-2 (2 + 3) is shorter than 9
        LocationProblem p = OrLibrary.pmedian("tiny", List.of(" 3 4 1", "1 2 5", "1 3 2", "3 2 3", "1 2 9"));
        assertEquals(5, p.cost(0, 1), 0.0);
        LocationProblem direct = OrLibrary.pmedian("tiny", List.of(" 3 3 1", "1 2 9", "1 3 20", "3 2 30"));
        assertEquals(9, direct.cost(0, 1), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrLibrary.pmedian("bad", List.of(" 3 2 1", "1 2 5", "1 x 2")));
        assertTrue(e.getMessage().contains("bad:3"), e.getMessage());
    }

    static LocationProblem random(Random r, int n, int m, int p) {
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

    /** The slow reference: every set of p candidates (respecting fixed and forbidden). */
    static double exhaustive(LocationProblem problem) {
        List<int[]> sets = new ArrayList<>();
        combinations(problem.candidates(), problem.p(), 0, new int[problem.p()], 0, sets);
        double best = Double.POSITIVE_INFINITY;
        for (int[] set : sets) {
            boolean ok = true;
            int fixedIn = 0;
            for (int j : set) {
                ok &= !problem.forbidden(j);
                fixedIn += problem.fixed(j) ? 1 : 0;
            }
            int fixedAll = 0;
            for (int j = 0; j < problem.candidates(); j++) {
                fixedAll += problem.fixed(j) ? 1 : 0;
            }
            if (!ok || fixedIn != fixedAll) {
                continue;
            }
            double c = 0;
            for (int i = 0; i < problem.customers(); i++) {
                double d = Double.POSITIVE_INFINITY;
                for (int j : set) {
                    d = Math.min(d, problem.cost(j, i));
                }
                c += problem.weight(i) * d;
            }
            best = Math.min(best, c);
        }
        return best;
    }

    private static void combinations(int m, int p, int from, int[] into, int depth, List<int[]> out) {
        if (depth == p) {
            out.add(into.clone());
            return;
        }
        for (int j = from; j < m; j++) {
            into[depth] = j;
            combinations(m, p, j + 1, into, depth + 1, out);
        }
    }

    @Test
    void theHeuristicMatchesExhaustiveSearchOnSmallRandomInstances() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        for (int trial = 0; trial < 30; trial++) {
            LocationProblem problem = random(r, 40, 12, 1 + r.nextInt(5));
            Solution s = solver.solve(problem);
            double best = exhaustive(problem);
            assertEquals(best, s.objective(), 1e-6, "seed " + seed + " trial " + trial);
            assertTrue(s.lowerBound() <= best + 1e-6, "seed " + seed + " bound above the optimum");
        }
    }

    @Test
    void sitesThatMustStayOpenStayOpenAndForbiddenOnesNeverOpen() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        for (int trial = 0; trial < 10; trial++) {
            LocationProblem base = random(r, 40, 12, 3);
            int keep = r.nextInt(12);
            int never = (keep + 1 + r.nextInt(11)) % 12;
            LocationProblem problem = base.withFixed(keep).withForbidden(never);
            Solution s = solver.solve(problem);
            assertTrue(s.open().contains(keep), "seed " + seed);
            assertFalse(s.open().contains(never), "seed " + seed);
            assertEquals(exhaustive(problem), s.objective(), 1e-6, "seed " + seed);
        }
        assertThrows(IllegalArgumentException.class, () -> random(new Random(1), 10, 4, 2).withFixed(0, 1, 2));
    }

    @Test
    void maximalCoveringAndSetCoveringOnAKnownLine() {
        // customers at 0, 10, ..., 90 on a line; candidates at the same points; standard 10: one site covers 3
        int n = 10;
        float[][] cost = new float[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                cost[j][i] = Math.abs(i - j) * 10f;
            }
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        LocationProblem line = LocationProblem.of("line", w, cost, 2).withStandard(10);
        Solution two = Covering.maximal(line, solver);
        assertEquals(4, two.objective(), 0.0, "two sites cover six of ten");
        Solution all = Covering.set(line, solver);
        assertNotNull(all);
        assertEquals(4, all.open().size(), "ceil(10 / 3) sites cover everyone");
        assertEquals(0, all.objective(), 0.0);
    }

    @Test
    void capacitatedInstancesReachTheirPublishedOptimaWithinCapacity() throws IOException {
        for (int k : new int[] {2, 4, 6}) {
            OrLibrary.Capacitated c = OrLibrary.capacitated("pmedcap1_" + k,
                    Files.readAllLines(ORLIB.resolve("pmedcap/pmedcap1_" + k + ".txt")));
            Solution s = new CapacitatedSolver(PMedianSolver.Options.defaults()).solve(c.problem());
            assertEquals(c.published(), s.objective(), 0.0, "pmedcap1_" + k);
            assertTrue(s.lowerBound() <= c.published());
            // every site's assigned demand within its capacity; every customer served once
            double[] load = new double[c.problem().candidates()];
            int[] site = s.assignment();
            for (int i = 0; i < site.length; i++) {
                assertTrue(s.open().contains(site[i]));
                load[site[i]] += c.problem().demand(i);
            }
            for (int j : s.open()) {
                assertTrue(load[j] <= c.problem().capacity(j), "site " + j + " load " + load[j]);
            }
        }
    }

    @Test
    void aMinimumVolumeMovesSitesUntilEveryOneSeesEnough() {
        // ten customers on a line at 0..9 with 10 people each; candidates at every point; p = 2
        int n = 10;
        float[][] cost = new float[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                cost[j][i] = Math.abs(i - j);
            }
        }
        double[] w = new double[n];
        java.util.Arrays.fill(w, 10);
        // the two heaviest customers sit at one end, so the unconstrained answer leaves a small site at the other
        w[0] = 200;
        w[1] = 200;
        LocationProblem line = LocationProblem.of("line", w, cost, 2).withStandard(3);
        Solution free = solver.solve(line);
        double[] volume = w.clone();
        double[] freeCheck = MinimumVolumeSearch.evaluate(line, volume, 200, free.open().stream()
                .mapToInt(Integer::intValue).toArray());
        assertTrue(freeCheck[0] > 0, "the unconstrained answer has a site below 200");
        Solution repaired = MinimumVolumeSearch.repair(line, volume, 200, free);
        double[] check = MinimumVolumeSearch.evaluate(line, volume, 200, repaired.open().stream()
                .mapToInt(Integer::intValue).toArray());
        assertEquals(0, check[0], 0.0, "every site now sees 200 or more: " + repaired.open());
        assertTrue(repaired.objective() >= free.objective(), "a constraint never makes the answer cheaper");
        assertTrue(repaired.lowerBound() <= repaired.objective());
        // and as a trade-off row it is marked as meeting the minimum
        TradeOff.Row row = TradeOff.row(line, volume, 200, repaired);
        assertTrue(row.meetsMinimum());
        assertTrue(row.smallestVolume() >= 200);
    }
}
