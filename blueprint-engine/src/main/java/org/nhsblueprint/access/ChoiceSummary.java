package org.nhsblueprint.access;

/**
 * Patients' choice: how many sites people can reach within the standard.
 *
 * @param meanSitesWithin      population-weighted mean number of sites within the standard
 * @param populationBySites    people who can reach exactly 0, 1, 2 ... sites; the last entry counts that many or more
 */
public record ChoiceSummary(double meanSitesWithin, long[] populationBySites) {
    public ChoiceSummary {
        populationBySites = populationBySites.clone();
    }

    @Override
    public long[] populationBySites() {
        return populationBySites.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChoiceSummary c && Double.compare(c.meanSitesWithin, meanSitesWithin) == 0
                && java.util.Arrays.equals(c.populationBySites, populationBySites);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(populationBySites);
    }
}
