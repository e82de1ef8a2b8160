package org.nhsblueprint.access;

/**
 * What each person's nearest site closing would mean: the journey to the next-nearest site instead.
 *
 * @param meanMinutes          population-weighted mean minutes to the next-nearest site
 * @param meanExtraMinutes     mean extra minutes over the nearest
 * @param p90ExtraMinutes      90th percentile of the extra minutes
 * @param shareWithinStandard  share of people whose next-nearest site is still within the standard
 */
public record NextNearestSummary(double meanMinutes, double meanExtraMinutes, double p90ExtraMinutes,
                                 double shareWithinStandard) {
}
