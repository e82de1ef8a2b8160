package org.nhsblueprint.model;

import java.util.Objects;

/**
 * A small area (an LSOA of about 1,500 residents): where demand comes from. Journeys start at its
 * population-weighted centroid.
 *
 * @param population resident population (persons)
 * @param population65Plus residents aged 65 and over (persons), never more than {@code population}
 * @param imdDecile Index of Multiple Deprivation decile, 1 = most deprived 10% of England
 */
public record Area(LsoaCode code, String name, DistrictCode district, GeoPoint centroid,
                   int population, int population65Plus, int imdDecile) {
    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(centroid, "centroid");
        name = name == null || name.isBlank() ? code.value() : name;
        if (population < 0) {
            throw new IllegalArgumentException("area " + code + " has negative population " + population);
        }
        if (population65Plus < 0 || population65Plus > population) {
            throw new IllegalArgumentException("area " + code + " has " + population65Plus
                    + " people aged 65+ out of a population of " + population);
        }
        if (imdDecile < 1 || imdDecile > 10) {
            throw new IllegalArgumentException("area " + code + " has IMD decile " + imdDecile + ", not 1-10");
        }
    }
}
