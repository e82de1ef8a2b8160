package org.nhsblueprint.optimise;

import java.util.List;

/**
 * Reads OR-Library location instances from their text (the caller reads the file). Every line is checked; a
 * malformed one is an {@link IllegalArgumentException} naming the instance and line. Stateless.
 * <ul>
 *   <li>{@code pmed1}-{@code pmed40} (Beasley 1985): {@code n edges p}, then {@code i j cost} per undirected edge.
 *       As OR-Library's notes require, costs start infinite off the diagonal, each edge line in turn sets
 *       {@code c(i,j) = c(j,i)} (so a repeated edge's last line wins), then Floyd's algorithm gives the shortest
 *       paths. Every vertex is a customer of weight 1 and a candidate.</li>
 *   <li>{@code pmedcap1} (Osman and Christofides 1994): {@code problem best}, {@code n p capacity}, then
 *       {@code id x y demand}; costs are Euclidean distances floored to whole numbers, the convention that reproduces
 *       the published optima.</li>
 * </ul>
 */
public final class OrLibrary {
    private OrLibrary() {
    }

    /** @throws IllegalArgumentException naming the line of the first fault */
    public static LocationProblem pmedian(String name, List<String> lines) {
        int at = first(lines, 0);
        long[] head = numbers(name, lines, at, 3);
        int n = (int) head[0];
        int edges = (int) head[1];
        int p = (int) head[2];
        if (n < 1 || n > 20_000 || edges < 0 || p < 1 || p > n) {
            throw new IllegalArgumentException(name + ":" + (at + 1) + ": header 'n edges p' out of range");
        }
        final int inf = Integer.MAX_VALUE / 4;
        int[][] d = new int[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(d[i], inf);
            d[i][i] = 0;
        }
        int line = at;
        for (int e = 0; e < edges; e++) {
            line = first(lines, line + 1);
            if (line >= lines.size()) {
                throw new IllegalArgumentException(name + ": has " + e + " edge lines, the header says " + edges);
            }
            long[] edge = numbers(name, lines, line, 3);
            int i = (int) edge[0] - 1;
            int j = (int) edge[1] - 1;
            if (i < 0 || j < 0 || i >= n || j >= n || edge[2] < 0) {
                throw new IllegalArgumentException(name + ":" + (line + 1) + ": edge '" + lines.get(line).trim()
                        + "' names a vertex outside 1.." + n + " or a negative cost");
            }
            d[i][j] = (int) edge[2];
            d[j][i] = (int) edge[2];
        }
        for (int k = 0; k < n; k++) {
            int[] dk = d[k];
            for (int i = 0; i < n; i++) {
                int dik = d[i][k];
                if (dik >= inf) {
                    continue;
                }
                int[] di = d[i];
                for (int j = 0; j < n; j++) {
                    int via = dik + dk[j];
                    if (via < di[j]) {
                        di[j] = via;
                    }
                }
            }
        }
        float[][] cost = new float[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (d[j][i] >= inf) {
                    throw new IllegalArgumentException(name + ": vertex " + (i + 1) + " cannot be reached from "
                            + (j + 1));
                }
                cost[j][i] = d[j][i];
            }
        }
        double[] weight = new double[n];
        java.util.Arrays.fill(weight, 1);
        return LocationProblem.of(name, weight, cost, p);
    }

    /** A capacitated instance, and the best-known objective its first line states. */
    public record Capacitated(LocationProblem problem, double published) {
    }

    /** @throws IllegalArgumentException naming the line of the first fault */
    public static Capacitated capacitated(String name, List<String> lines) {
        int at = first(lines, 0);
        long[] title = numbers(name, lines, at, 2);
        at = first(lines, at + 1);
        long[] head = numbers(name, lines, at, 3);
        int n = (int) head[0];
        int p = (int) head[1];
        double capacity = head[2];
        if (n < 1 || n > 20_000 || p < 1 || p > n || capacity <= 0) {
            throw new IllegalArgumentException(name + ":" + (at + 1) + ": header 'n p capacity' out of range");
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] demand = new double[n];
        for (int i = 0; i < n; i++) {
            at = first(lines, at + 1);
            if (at >= lines.size()) {
                throw new IllegalArgumentException(name + ": has " + i + " points, the header says " + n);
            }
            long[] row = numbers(name, lines, at, 4);
            x[i] = row[1];
            y[i] = row[2];
            demand[i] = row[3];
        }
        float[][] cost = new float[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                cost[j][i] = (float) Math.floor(Math.hypot(x[i] - x[j], y[i] - y[j]));
            }
        }
        double[] weight = new double[n];
        java.util.Arrays.fill(weight, 1);
        double[] caps = new double[n];
        java.util.Arrays.fill(caps, capacity);
        return new Capacitated(LocationProblem.of(name, weight, cost, p).withCapacities(demand, caps), title[1]);
    }

    private static int first(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static long[] numbers(String name, List<String> lines, int at, int count) {
        if (at >= lines.size()) {
            throw new IllegalArgumentException(name + ": ends before line " + (at + 1));
        }
        String[] parts = lines.get(at).trim().split("\\s+");
        if (parts.length < count) {
            throw new IllegalArgumentException(name + ":" + (at + 1) + ": expected " + count + " numbers, found '"
                    + lines.get(at).trim() + "'");
        }
        long[] out = new long[count];
        for (int k = 0; k < count; k++) {
            try {
                out[k] = Long.parseLong(parts[k]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + (at + 1) + ": '" + parts[k] + "' is not a whole number");
            }
        }
        return out;
    }
}
