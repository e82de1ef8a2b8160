package org.nhsblueprint.simulation;

import java.util.Arrays;

/**
 * Bounded-memory quantiles of a stream of values with a guaranteed relative accuracy, after DDSketch (Masson, Rim and
 * Lee, VLDB 2019): a value {@code x > 0} is counted in bucket {@code ceil(log_gamma(x))} with
 * {@code gamma = (1 + a) / (1 - a)}, and a quantile is read back as the bucket's midpoint {@code 2 gamma^i / (gamma +
 * 1)}, within a relative error {@code a} of a value of the stream at that rank. Negative values are kept in a mirror
 * set of buckets, and values of magnitude below {@link #ZERO} count as zero. Memory grows with the logarithm of the
 * range of magnitudes (about 1,400 buckets for every value from 1e-3 to 1e9 at a = 1%), never with the number of
 * values. Counts are whole numbers, so merging sketches is exact and the same whatever the order: a Monte Carlo run
 * gives identical quantiles on any number of threads. Also keeps the exact count, minimum and maximum; the mean is
 * kept by the caller, who knows its order of summation. Not thread-safe: one per thread, merged afterwards.
 */
public final class QuantileSketch {
    /** Magnitudes below this count as zero. */
    public static final double ZERO = 1e-9;

    private final double accuracy;
    private final double logGamma;
    private final Buckets positive = new Buckets();
    private final Buckets negative = new Buckets();
    private long zeros;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** @param accuracy relative accuracy a, in (0, 0.5) */
    public QuantileSketch(double accuracy) {
        if (!(accuracy > 0 && accuracy < 0.5)) {
            throw new IllegalArgumentException("accuracy must be in (0, 0.5), not " + accuracy);
        }
        this.accuracy = accuracy;
        this.logGamma = Math.log((1 + accuracy) / (1 - accuracy));
    }

    public double accuracy() {
        return accuracy;
    }

    /** @throws IllegalArgumentException for NaN or an infinity */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot sketch " + x);
        }
        count++;
        min = Math.min(min, x);
        max = Math.max(max, x);
        if (Math.abs(x) < ZERO) {
            zeros++;
        } else if (x > 0) {
            positive.add(index(x));
        } else {
            negative.add(index(-x));
        }
    }

    /** Adds another sketch's counts (same accuracy) to this one. */
    public void merge(QuantileSketch other) {
        if (other.accuracy != accuracy) {
            throw new IllegalArgumentException("cannot merge sketches of accuracy " + accuracy + " and "
                    + other.accuracy);
        }
        positive.merge(other.positive);
        negative.merge(other.negative);
        zeros += other.zeros;
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    public long count() {
        return count;
    }

    /** Buckets held (both signs): the sketch's memory, eight bytes each. */
    public int bucketCount() {
        return positive.counts.length + negative.counts.length;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /**
     * The value at quantile {@code q} in [0, 1]: the value of rank {@code floor(q (n - 1))} (0-based, ascending),
     * within relative accuracy; the exact minimum and maximum at 0 and 1.
     *
     * @throws IllegalStateException if nothing was added
     */
    public double quantile(double q) {
        if (count == 0) {
            throw new IllegalStateException("no values");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1], not " + q);
        }
        if (q == 0) {
            return min;
        }
        if (q == 1) {
            return max;
        }
        long rank = (long) Math.floor(q * (count - 1));
        double value;
        if (rank < negative.total) {
            // negative values, largest magnitude first
            value = -midpoint(negative.fromTop(rank));
        } else if (rank < negative.total + zeros) {
            value = 0;
        } else {
            value = midpoint(positive.fromBottom(rank - negative.total - zeros));
        }
        return Math.max(min, Math.min(max, value));
    }

    /** The share of values at or below {@code x} (to the sketch's resolution: values in x's bucket count as below). */
    public double shareAtOrBelow(double x) {
        if (count == 0) {
            throw new IllegalStateException("no values");
        }
        long below;
        if (Math.abs(x) < ZERO) {
            below = negative.total + zeros;
        } else if (x > 0) {
            below = negative.total + zeros + positive.countUpTo(index(x));
        } else {
            below = negative.total - negative.countUpTo(index(-x) - 1);
        }
        return (double) below / count;
    }

    private int index(double magnitude) {
        return (int) Math.ceil(Math.log(magnitude) / logGamma);
    }

    private double midpoint(int index) {
        double gamma = Math.exp(logGamma);
        return 2 * Math.pow(gamma, index) / (gamma + 1);
    }

    /** Counts per bucket index, in a growable array offset by the lowest index seen. */
    private static final class Buckets {
        private long[] counts = new long[0];
        private int offset;
        private long total;

        void add(int index) {
            ensure(index, index);
            counts[index - offset]++;
            total++;
        }

        void merge(Buckets other) {
            if (other.counts.length == 0) {
                return;
            }
            ensure(other.offset, other.offset + other.counts.length - 1);
            for (int i = 0; i < other.counts.length; i++) {
                counts[other.offset + i - offset] += other.counts[i];
            }
            total += other.total;
        }

        private void ensure(int low, int high) {
            if (counts.length == 0) {
                counts = new long[Math.max(16, high - low + 1)];
                offset = low;
                return;
            }
            int newLow = Math.min(low, offset);
            int newHigh = Math.max(high, offset + counts.length - 1);
            if (newLow == offset && newHigh < offset + counts.length) {
                return;
            }
            // grow by a margin on the side that grew, never by doubling: extremes keep arriving in a long stream, and
            // doubling on each would grow memory exponentially in their number
            int margin = Math.max(16, (newHigh - newLow + 1) / 8);
            if (newLow < offset) {
                newLow -= margin;
            }
            if (newHigh >= offset + counts.length) {
                newHigh += margin;
            }
            long[] grown = new long[newHigh - newLow + 1];
            System.arraycopy(counts, 0, grown, offset - newLow, counts.length);
            counts = grown;
            offset = newLow;
        }

        /** The bucket index holding the value of 0-based rank {@code rank} counting up from the smallest. */
        int fromBottom(long rank) {
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen > rank) {
                    return i + offset;
                }
            }
            throw new IllegalStateException("rank " + rank + " beyond " + total);
        }

        /** The bucket index holding the value of 0-based rank {@code rank} counting down from the largest. */
        int fromTop(long rank) {
            long seen = 0;
            for (int i = counts.length - 1; i >= 0; i--) {
                seen += counts[i];
                if (seen > rank) {
                    return i + offset;
                }
            }
            throw new IllegalStateException("rank " + rank + " beyond " + total);
        }

        /** How many values are in buckets up to and including {@code index}. */
        long countUpTo(int index) {
            long n = 0;
            for (int i = 0; i < counts.length && i + offset <= index; i++) {
                n += counts[i];
            }
            return n;
        }

        @Override
        public String toString() {
            return "Buckets" + Arrays.toString(counts);
        }
    }
}
