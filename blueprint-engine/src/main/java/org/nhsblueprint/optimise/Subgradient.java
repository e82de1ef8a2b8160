package org.nhsblueprint.optimise;

import java.util.Arrays;

/**
 * The subgradient schedule both Lagrangian bounds share (Held, Wolfe and Crowder 1974): the step is
 * {@code theta (upper - value) / |g|^2}, theta starts at 2 and halves after 30 steps without a better bound, and the
 * search stops when the subgradient vanishes, theta falls below 1e-4 or the bound reaches the upper bound. Also the
 * order in which the relaxation picks its p sites: fixed sites first, forbidden ones last, the rest by their value.
 * One per bound; not thread-safe.
 */
final class Subgradient {
    private double theta = 2;
    private int stall;
    private double best = Double.NEGATIVE_INFINITY;

    /** The best bound recorded. */
    double best() {
        return best;
    }

    /** Starts a new run of steps (the step size carries over, the count of steps without improvement does not). */
    void restart() {
        stall = 0;
    }

    /** Records a bound; true if it is the best so far. */
    boolean record(double value) {
        if (value > best + 1e-9) {
            best = value;
            stall = 0;
            return true;
        }
        if (++stall >= 30) {
            theta /= 2;
            stall = 0;
        }
        return false;
    }

    /** Moves the multipliers (kept at zero or more) along {@code g}; false when the search should stop. */
    boolean step(double[] lambda, double[] g, double upper, double value) {
        double norm = 0;
        for (double x : g) {
            norm += x * x;
        }
        if (norm == 0 || theta < 1e-4 || best >= upper * (1 - 1e-12)) {
            return false;
        }
        double size = theta * (upper - value) / norm;
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = Math.max(0, lambda[i] + size * g[i]);
        }
        return true;
    }

    /** Fills {@code order} with the candidates, fixed first, forbidden last, the rest by {@code rho} ascending. */
    static void order(LocationProblem problem, double[] rho, Integer[] order) {
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> {
            if (problem.fixed(a) != problem.fixed(b)) {
                return problem.fixed(a) ? -1 : 1;
            }
            if (problem.forbidden(a) != problem.forbidden(b)) {
                return problem.forbidden(a) ? 1 : -1;
            }
            return Double.compare(rho[a], rho[b]);
        });
    }
}
