package org.nhsblueprint.demand;

import java.util.Objects;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.ServiceId;

/**
 * How often residents need one service: yearly events per 1,000 residents under 65 and aged 65 and over (the only age
 * bands the area data has). Immutable and thread-safe.
 *
 * @param perThousandUnder65 yearly events per 1,000 residents aged under 65
 * @param perThousand65Plus  yearly events per 1,000 residents aged 65 and over
 * @param source             where the figures come from (a citation shown with every result)
 */
public record DemandRate(ServiceId service, double perThousandUnder65, double perThousand65Plus, String source) {
    public DemandRate {
        Objects.requireNonNull(service, "service");
        if (!(perThousandUnder65 >= 0 && Double.isFinite(perThousandUnder65))
                || !(perThousand65Plus >= 0 && Double.isFinite(perThousand65Plus))) {
            throw new IllegalArgumentException("service " + service + " has rates " + perThousandUnder65 + " and "
                    + perThousand65Plus + " per 1,000; both must be finite and non-negative");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("service " + service + " demand rate does not say where it comes from");
        }
    }

    /** Yearly events among the area's residents: under-65 rate x (population - 65+) / 1000 + 65+ rate x 65+ / 1000. */
    public double yearlyEvents(Area area) {
        int older = area.population65Plus();
        return perThousandUnder65 * (area.population() - older) / 1000.0 + perThousand65Plus * older / 1000.0;
    }
}
