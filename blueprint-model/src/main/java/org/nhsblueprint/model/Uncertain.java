package org.nhsblueprint.model;

/**
 * An assumption stated as a range rather than a point, for Monte Carlo appraisal: what was assumed, not how it is
 * drawn (the simulation engine draws it by its inverse distribution function). Every form has a central value
 * ({@link #mid()}, the median, used where one number is needed). Immutable.
 */
public sealed interface Uncertain {

    /** The central value: the median of the distribution. */
    double mid();

    /** A value known exactly. */
    record Fixed(double value) implements Uncertain {
        public Fixed {
            requireFinite(value, "value");
        }

        @Override
        public double mid() {
            return value;
        }
    }

    /**
     * An 80% interval, as the Strategy Unit's NHP model states its parameters: a normal distribution whose 10th
     * percentile is {@code low} and 90th is {@code high}, cut to {@code [min, max]} (e.g. [0, 1] for a share) by
     * moving draws beyond a bound onto it.
     */
    record Interval80(double low, double high, double min, double max) implements Uncertain {
        /** The 90th percentile of the standard normal distribution. */
        public static final double Z90 = 1.2815515655446004;

        /** An interval with no bounds. */
        public Interval80(double low, double high) {
            this(low, high, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        public Interval80 {
            requireFinite(low, "low");
            requireFinite(high, "high");
            if (low > high) {
                throw new IllegalArgumentException("an 80% interval needs low <= high, not " + low + " > " + high);
            }
            if (min > low || max < high) {
                throw new IllegalArgumentException("the interval " + low + " to " + high + " lies outside its bounds "
                        + min + " to " + max);
            }
        }

        @Override
        public double mid() {
            return (low + high) / 2;
        }

        /** The normal's standard deviation. */
        public double sigma() {
            return (high - low) / (2 * Z90);
        }
    }

    /** Every value from {@code low} to {@code high} equally likely. */
    record Uniform(double low, double high) implements Uncertain {
        public Uniform {
            requireFinite(low, "low");
            requireFinite(high, "high");
            if (!(low < high)) {
                throw new IllegalArgumentException("a uniform range needs low < high, not " + low + " to " + high);
            }
        }

        @Override
        public double mid() {
            return (low + high) / 2;
        }
    }

    /** A triangular distribution from {@code min} to {@code max} with its peak at {@code mode}. */
    record Triangular(double min, double mode, double max) implements Uncertain {
        public Triangular {
            requireFinite(min, "min");
            requireFinite(mode, "mode");
            requireFinite(max, "max");
            if (!(min <= mode && mode <= max) || min == max) {
                throw new IllegalArgumentException("a triangular range needs min <= mode <= max and min < max");
            }
        }

        @Override
        public double mid() {
            double half = (min + max) / 2;
            return mode >= half ? min + Math.sqrt((max - min) * (mode - min) / 2)
                    : max - Math.sqrt((max - min) * (max - mode) / 2);
        }
    }

    static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + v);
        }
    }
}
