package org.nhsblueprint.travel;

/**
 * How the estimator turns a straight-line distance into minutes for one mode:
 * {@code minutes = fixedMinutes + (metres x circuity) / speed}.
 *
 * @param speedKmh   average speed along the route, km/h
 * @param circuity   route length divided by great-circle length (at least 1)
 * @param fixedMinutes time spent whatever the distance (walking to a stop and waiting, for public transport)
 * @param source     where the figures come from
 */
public record ModeSpeed(double speedKmh, double circuity, double fixedMinutes, String source) {
    public ModeSpeed {
        if (!(speedKmh > 0 && speedKmh < 300)) {
            throw new IllegalArgumentException("speed " + speedKmh + " km/h is not in (0, 300)");
        }
        if (!(circuity >= 1 && circuity < 5)) {
            throw new IllegalArgumentException("circuity " + circuity + " is not in [1, 5)");
        }
        if (!(fixedMinutes >= 0 && fixedMinutes < 120)) {
            throw new IllegalArgumentException("fixed time " + fixedMinutes + " minutes is not in [0, 120)");
        }
    }

    public double minutes(double metres) {
        return fixedMinutes + metres * circuity / (speedKmh * 1000.0 / 60.0);
    }

    /** The longest straight-line distance reachable within {@code minutes}; negative if even 0 m takes longer. */
    public double metresWithin(double minutes) {
        return (minutes - fixedMinutes) * (speedKmh * 1000.0 / 60.0) / circuity;
    }
}
