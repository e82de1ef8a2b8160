package org.nhsblueprint.simulation;

import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.nhsblueprint.model.Uncertain;

/**
 * Draws every uncertain assumption for one Monte Carlo iteration, reproducibly: iteration {@code i} of seed {@code s}
 * always gets the same values, whichever thread draws it, because each iteration's uniform numbers come from its own
 * SplitMix64 stream seeded from {@code (s, i)}. Correlated assumptions go through a Gaussian copula: independent
 * standard normals, multiplied by the Cholesky factor of the correlation matrix, turned back into probabilities and
 * then into each assumption's value by its inverse distribution function (Hipparchus). Immutable and thread-safe.
 */
final class Draws {
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    private final List<Uncertain> assumptions;
    private final double[][] cholesky;
    private final TriangularDistribution[] triangular;

    /**
     * @param correlation a symmetric positive-definite matrix with unit diagonal over the assumptions, or null if all
     *                    are independent
     * @throws IllegalArgumentException if the correlation matrix is the wrong size or not positive definite
     */
    Draws(List<Uncertain> assumptions, double[][] correlation) {
        this.assumptions = List.copyOf(assumptions);
        this.triangular = new TriangularDistribution[assumptions.size()];
        for (int k = 0; k < assumptions.size(); k++) {
            if (assumptions.get(k) instanceof Uncertain.Triangular t) {
                triangular[k] = new TriangularDistribution(t.min(), t.mode(), t.max());
            }
        }
        if (correlation == null) {
            this.cholesky = null;
        } else {
            if (correlation.length != assumptions.size()) {
                throw new IllegalArgumentException("the correlation matrix has " + correlation.length + " rows for "
                        + assumptions.size() + " assumptions");
            }
            RealMatrix m = new Array2DRowRealMatrix(correlation);
            try {
                this.cholesky = new CholeskyDecomposition(m, 1e-10, 1e-10).getL().getData();
            } catch (org.hipparchus.exception.MathIllegalArgumentException e) {
                throw new IllegalArgumentException("the correlations are not a valid correlation matrix (not positive"
                        + " definite): " + e.getMessage(), e);
            }
        }
    }

    int size() {
        return assumptions.size();
    }

    /** Fills {@code out} with iteration {@code iteration}'s values. */
    void draw(long seed, long iteration, double[] out) {
        long state = mix(seed ^ mix(iteration + 0x632BE59BD9B4E019L));
        int n = assumptions.size();
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            state += 0x9E3779B97F4A7C15L;
            // 53 random bits, shifted off 0 and 1 so every inverse distribution function is finite
            u[k] = ((mix(state) >>> 11) + 0.5) * 0x1.0p-53;
        }
        if (cholesky != null) {
            double[] z = new double[n];
            for (int k = 0; k < n; k++) {
                z[k] = STANDARD.inverseCumulativeProbability(u[k]);
            }
            for (int k = 0; k < n; k++) {
                double c = 0;
                for (int j = 0; j <= k; j++) {
                    c += cholesky[k][j] * z[j];
                }
                u[k] = Math.min(1 - 0x1.0p-53, Math.max(0x1.0p-53, STANDARD.cumulativeProbability(c)));
            }
        }
        for (int k = 0; k < n; k++) {
            out[k] = quantile(k, u[k]);
        }
    }

    /** Assumption {@code k}'s value at cumulative probability {@code p}. */
    double quantile(int k, double p) {
        Uncertain a = assumptions.get(k);
        if (a instanceof Uncertain.Fixed f) {
            return f.value();
        }
        if (a instanceof Uncertain.Interval80 i) {
            double x = i.mid() + i.sigma() * STANDARD.inverseCumulativeProbability(p);
            return Math.max(i.min(), Math.min(i.max(), x));
        }
        if (a instanceof Uncertain.Uniform u) {
            return u.low() + p * (u.high() - u.low());
        }
        return triangular[k].inverseCumulativeProbability(p);
    }

    /** The medians, for a run with every assumption at its central value. */
    double[] mids() {
        double[] out = new double[assumptions.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = quantile(k, 0.5);
        }
        return out;
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijective mix of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
