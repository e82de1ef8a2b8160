package org.nhsblueprint.report;

import java.util.Objects;
import java.util.Optional;
import org.nhsblueprint.demand.MinimumVolume;
import org.nhsblueprint.demand.SiteVolumes;
import org.nhsblueprint.demand.VolumeCheck;
import org.nhsblueprint.model.ServiceId;

/**
 * One service's modelled yearly site volumes before and after an option, for the appraisal report's volume table,
 * with the minimum-volume standard they are judged against when the dataset has one. Immutable and thread-safe.
 *
 * @param before  volumes at the sites offering the service in the baseline
 * @param after   volumes at the sites offering it under the option
 * @param minimum the minimum yearly volume a site should see, if the dataset gives one for the service
 */
public record AppraisalVolumes(SiteVolumes before, SiteVolumes after, Optional<MinimumVolume> minimum) {
    /**
     * @throws IllegalArgumentException if before, after and the minimum are not all for the same service
     */
    public AppraisalVolumes {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(minimum, "minimum");
        if (!before.service().equals(after.service())) {
            throw new IllegalArgumentException("volumes before are for " + before.service() + " but volumes after are"
                    + " for " + after.service());
        }
        minimum.ifPresent(m -> {
            if (!m.service().equals(before.service())) {
                throw new IllegalArgumentException("minimum volume is for " + m.service() + " but the volumes are for "
                        + before.service());
            }
        });
    }

    /** Volumes without a minimum-volume standard. */
    public static AppraisalVolumes of(SiteVolumes before, SiteVolumes after) {
        return new AppraisalVolumes(before, after, Optional.empty());
    }

    /** Volumes judged against a minimum-volume standard. */
    public static AppraisalVolumes of(SiteVolumes before, SiteVolumes after, MinimumVolume minimum) {
        return new AppraisalVolumes(before, after, Optional.of(minimum));
    }

    public ServiceId service() {
        return before.service();
    }

    /** The sites below the minimum before the option, if there is a minimum. */
    public Optional<VolumeCheck> belowBefore() {
        return minimum.map(m -> VolumeCheck.of(before, m));
    }

    /** The sites below the minimum under the option, if there is a minimum. */
    public Optional<VolumeCheck> belowAfter() {
        return minimum.map(m -> VolumeCheck.of(after, m));
    }
}
