package org.nhsblueprint.network;

import java.util.Arrays;
import org.nhsblueprint.access.WeightedMinutes;

/**
 * How far the estimator is from the road network on a set of origin-destination pairs, in minutes. Immutable.
 *
 * <p>Percentiles are the lower quantile of the absolute errors, the definition {@link WeightedMinutes} uses for
 * journey times (Hyndman and Fan's definition 1). Values are rounded to 0.001 minute (0.06 s), so that they read
 * cleanly in a file and survive a round trip through it unchanged.
 *
 * @param medianAbsMinutes median of |estimate - network|
 * @param p90AbsMinutes    90th percentile of |estimate - network|
 * @param biasMinutes      mean of (estimate - network): positive when the estimate is slower than the network
 */
public record CalibrationError(double medianAbsMinutes, double p90AbsMinutes, double biasMinutes) {
    public CalibrationError {
        if (!(medianAbsMinutes >= 0 && p90AbsMinutes >= medianAbsMinutes && Double.isFinite(p90AbsMinutes))) {
            throw new IllegalArgumentException("median absolute error " + medianAbsMinutes + " min and 90th percentile "
                    + p90AbsMinutes + " min are not 0 <= median <= P90");
        }
        if (!Double.isFinite(biasMinutes)) {
            throw new IllegalArgumentException("bias " + biasMinutes + " min is not finite");
        }
    }

    /** The error of {@code estimateMinutes} against {@code networkMinutes}, pair by pair; at least one pair. */
    static CalibrationError of(double[] estimateMinutes, double[] networkMinutes) {
        if (estimateMinutes.length != networkMinutes.length || estimateMinutes.length == 0) {
            throw new IllegalArgumentException(estimateMinutes.length + " estimates for " + networkMinutes.length
                    + " network times (need the same number, at least one)");
        }
        int n = estimateMinutes.length;
        double[] absolute = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double error = estimateMinutes[i] - networkMinutes[i];
            absolute[i] = Math.abs(error);
            sum += error;
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        WeightedMinutes distribution = WeightedMinutes.of(absolute, ones);
        return new CalibrationError(round(distribution.quantile(0.5)), round(distribution.quantile(0.9)),
                round(sum / n));
    }

    private static double round(double minutes) {
        return Math.round(minutes * 1000) / 1000.0;
    }
}
