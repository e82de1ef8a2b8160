package org.nhsblueprint.demand;

/**
 * How an area's demand is shared between sites: a closed set chosen per scenario. Implementations are immutable
 * records.
 */
public sealed interface AllocationRule permits AllocationRule.Nearest, AllocationRule.Huff {
    /** One sentence for reports. */
    String describe();

    /** Everyone goes to their nearest site (by the access analysis's journey time). */
    record Nearest() implements AllocationRule {
        @Override
        public String describe() {
            return "each area's demand goes to its nearest site";
        }
    }

    /**
     * A Huff (gravity) choice model with exponential distance decay: an area sends to a site a share proportional to
     * {@code exp(-betaPerMinute * minutes)}. Only the nearest two sites are held in an
     * {@link org.nhsblueprint.access.AccessResult}, so the split is over those two: the nearest gets
     * {@code 1 / (1 + exp(-beta * (nextMinutes - minutes)))}, the next-nearest the rest; an area with no
     * next-nearest site sends everything to its nearest.
     *
     * @param betaPerMinute decay per minute of journey, positive; {@link #DEFAULT_BETA_PER_MINUTE} = 0.1 means each
     *                      extra minute cuts a site's attraction by about 10% (a planning assumption, not a fitted
     *                      value: calibrate against observed flows before relying on it)
     */
    record Huff(double betaPerMinute) implements AllocationRule {
        public static final double DEFAULT_BETA_PER_MINUTE = 0.1;

        public Huff {
            if (!(betaPerMinute > 0 && Double.isFinite(betaPerMinute))) {
                throw new IllegalArgumentException("Huff decay must be a finite positive number per minute, got "
                        + betaPerMinute);
            }
        }

        /** The default decay, 0.1 per minute. */
        public Huff() {
            this(DEFAULT_BETA_PER_MINUTE);
        }

        /** The nearest site's share when the next-nearest is {@code extraMinutes} further (NaN: no such site). */
        double nearestShare(double extraMinutes) {
            return Double.isNaN(extraMinutes) ? 1.0 : 1.0 / (1.0 + Math.exp(-betaPerMinute * extraMinutes));
        }

        @Override
        public String describe() {
            return "each area's demand is split between its nearest two sites in proportion to exp(-" + betaPerMinute
                    + " x minutes) (Huff model with exponential decay)";
        }
    }
}
