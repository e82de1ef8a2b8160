package org.nhsblueprint.access;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A population-weighted distribution of journey times. Values with zero weight are ignored. Immutable.
 *
 * <p>Quantiles use the lower weighted quantile: the smallest time {@code t} such that the people with a journey of at
 * most {@code t} are at least the fraction {@code q} of the population. With equal weights this is the usual
 * "inverted empirical CDF" (Hyndman and Fan's definition 1).
 */
public final class WeightedMinutes {
    private final double[] minutes;
    private final double[] cumulativeWeight;
    private final double total;
    private final double weightedSum;

    private WeightedMinutes(double[] minutes, double[] cumulativeWeight, double weightedSum) {
        this.minutes = minutes;
        this.cumulativeWeight = cumulativeWeight;
        this.total = cumulativeWeight.length == 0 ? 0 : cumulativeWeight[cumulativeWeight.length - 1];
        this.weightedSum = weightedSum;
    }

    /** @throws IllegalArgumentException if a weight is negative or a time with positive weight is not finite */
    public static WeightedMinutes of(double[] minutes, double[] weights) {
        if (minutes.length != weights.length) {
            throw new IllegalArgumentException(minutes.length + " times but " + weights.length + " weights");
        }
        Integer[] order = IntStream.range(0, minutes.length)
                .filter(i -> {
                    if (!(weights[i] >= 0)) {
                        throw new IllegalArgumentException("weight " + weights[i] + " at " + i + " is negative");
                    }
                    if (weights[i] > 0 && !Double.isFinite(minutes[i])) {
                        throw new IllegalArgumentException("time " + minutes[i] + " at " + i + " is not finite");
                    }
                    return weights[i] > 0;
                })
                .boxed().sorted(Comparator.comparingDouble(i -> minutes[i])).toArray(Integer[]::new);
        double[] sorted = new double[order.length];
        double[] cumulative = new double[order.length];
        double running = 0;
        double sum = 0;
        for (int j = 0; j < order.length; j++) {
            sorted[j] = minutes[order[j]];
            running += weights[order[j]];
            cumulative[j] = running;
            sum += weights[order[j]] * minutes[order[j]];
        }
        return new WeightedMinutes(sorted, cumulative, sum);
    }

    public double totalWeight() {
        return total;
    }

    /** Weighted mean; NaN when there is no weight. */
    public double mean() {
        return total == 0 ? Double.NaN : weightedSum / total;
    }

    /** The lower weighted quantile for {@code q} in [0, 1]; NaN when there is no weight. */
    public double quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile " + q + " is not in [0, 1]");
        }
        if (total == 0) {
            return Double.NaN;
        }
        double target = q * total;
        int lo = 0;
        int hi = cumulativeWeight.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeight[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return minutes[lo];
    }

    public double max() {
        return minutes.length == 0 ? Double.NaN : minutes[minutes.length - 1];
    }

    /** The weight of values at most {@code limit} (inclusive). */
    public double weightAtMost(double limit) {
        int idx = upperBound(limit);
        return idx == 0 ? 0 : cumulativeWeight[idx - 1];
    }

    /** Number of sorted values at most {@code limit}. */
    private int upperBound(double limit) {
        int lo = 0;
        int hi = minutes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (minutes[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Share of the weight at most {@code m} minutes for m = 0, 1, ..., upToMinutes. */
    public double[] cumulativeShares(int upToMinutes) {
        double[] shares = new double[upToMinutes + 1];
        for (int m = 0; m <= upToMinutes; m++) {
            shares[m] = total == 0 ? Double.NaN : weightAtMost(m) / total;
        }
        return shares;
    }

    @Override
    public String toString() {
        return "WeightedMinutes" + Arrays.toString(minutes);
    }
}
