package org.nhsblueprint.demand;

import java.util.Objects;
import org.nhsblueprint.model.ServiceId;

/**
 * A minimum-volume standard: a site offering the service should see at least this many cases a year to keep its
 * teams' skills (below it, skill dilution is a risk). Immutable and thread-safe.
 *
 * @param minPerYear the fewest yearly cases the standard accepts
 * @param source     where the standard comes from (a citation shown with every result)
 */
public record MinimumVolume(ServiceId service, double minPerYear, String source) {
    public MinimumVolume {
        Objects.requireNonNull(service, "service");
        if (!(minPerYear >= 0 && Double.isFinite(minPerYear))) {
            throw new IllegalArgumentException("service " + service + " has minimum volume " + minPerYear
                    + " a year; it must be finite and non-negative");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("service " + service + " minimum volume does not say where it comes from");
        }
    }
}
