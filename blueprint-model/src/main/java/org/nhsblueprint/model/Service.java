package org.nhsblueprint.model;

import java.util.Objects;

/**
 * A health service in the catalogue, with the travel mode and time standard access to it is judged by.
 *
 * @param standardMinutes the time standard: a journey of at most this many minutes counts as within the standard
 * @param standardSource where the standard comes from (a citation shown in every report)
 */
public record Service(ServiceId id, String name, TravelMode mode, double standardMinutes, String standardSource) {
    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mode, "mode");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("service " + id + " has no name");
        }
        if (!(standardMinutes > 0 && standardMinutes <= 24 * 60)) {
            throw new IllegalArgumentException("service " + id + " has time standard " + standardMinutes
                    + " minutes, not in (0, 1440]");
        }
        if (standardSource == null || standardSource.isBlank()) {
            throw new IllegalArgumentException("service " + id + " does not say where its time standard comes from");
        }
    }

    /** The same service judged by another mode and standard (a planner's what-if). */
    public Service judgedBy(TravelMode otherMode, double otherStandardMinutes, String source) {
        return new Service(id, name, otherMode, otherStandardMinutes, source);
    }
}
