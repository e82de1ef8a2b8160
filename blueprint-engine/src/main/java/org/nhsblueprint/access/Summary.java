package org.nhsblueprint.access;

/**
 * Journey times to the nearest site for a group of people. Immutable.
 *
 * @param population        people in the group
 * @param populationWithin  of whom within the time standard
 * @param shareWithin       {@code populationWithin / population}; NaN for an empty group
 */
public record Summary(long population, long populationWithin, double shareWithin, double meanMinutes,
                      double medianMinutes, double p90Minutes, double maxMinutes) {
    public Summary {
        if (population < 0 || populationWithin < 0 || populationWithin > population) {
            throw new IllegalArgumentException(populationWithin + " people within the standard out of " + population);
        }
    }

    static Summary of(WeightedMinutes times, long populationWithin) {
        long population = Math.round(times.totalWeight());
        return new Summary(population, populationWithin,
                population == 0 ? Double.NaN : (double) populationWithin / population,
                times.mean(), times.quantile(0.5), times.quantile(0.9), times.max());
    }
}
