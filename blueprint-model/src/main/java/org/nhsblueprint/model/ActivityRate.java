package org.nhsblueprint.model;

import java.util.Objects;

/**
 * Yearly activity of one type per 1,000 residents in the two age bands the area data has, and the catalogue service
 * whose sites deliver it in hospital (e.g. outpatient attendances at sites offering {@code outpatients}). Immutable.
 */
public record ActivityRate(String activity, ServiceId deliveredBy, double perThousandUnder65,
                           double perThousand65Plus, String unit, String source) {
    public ActivityRate {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(deliveredBy, "deliveredBy");
        if (!(perThousandUnder65 >= 0) || !(perThousand65Plus >= 0) || Double.isInfinite(perThousandUnder65)
                || Double.isInfinite(perThousand65Plus)) {
            throw new IllegalArgumentException(activity + ": rates must be zero or more");
        }
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
    }

    /** The area's yearly events. */
    public double yearly(Area area) {
        return ((area.population() - area.population65Plus()) * perThousandUnder65
                + area.population65Plus() * perThousand65Plus) / 1000.0;
    }
}
