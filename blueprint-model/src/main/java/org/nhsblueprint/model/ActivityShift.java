package org.nhsblueprint.model;

import java.util.Objects;

/**
 * Moving a share of one kind of activity out of acute hospitals to a receiving setting: each area's share goes to its
 * nearest site of the receiving setting that offers {@code toService}. Immutable.
 *
 * @param id        a short name for the assumption (in tornado charts and correlations)
 * @param activity  the activity type (e.g. {@code outpatient_first})
 * @param toService the catalogue service the receiving sites offer (e.g. {@code outpatients} at polyclinics)
 * @param share     the share moved, in [0, 1], as a range
 * @param rampYears years until the full share moves (1 = at once), the share growing linearly to it
 * @param source    where it was written ({@code file:line}) and where the range comes from
 */
public record ActivityShift(String id, String activity, ServiceId toService, Uncertain share, int rampYears,
                           String source) {
    public ActivityShift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(toService, "toService");
        Objects.requireNonNull(share, "share");
        if (rampYears < 1) {
            throw new IllegalArgumentException("ramp years must be at least 1, not " + rampYears);
        }
        source = source == null ? "" : source;
    }
}
