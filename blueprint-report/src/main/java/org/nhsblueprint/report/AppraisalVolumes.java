package org.nhsblueprint.report;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nhsblueprint.demand.CapacityCheck;
import org.nhsblueprint.demand.MinimumVolume;
import org.nhsblueprint.demand.SiteVolumes;
import org.nhsblueprint.demand.VolumeCheck;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.SiteCode;

/**
 * One service's modelled yearly site volumes before and after an option, for the appraisal report's volume table,
 * with the minimum-volume standard they are judged against when the dataset has one, and the sites' stated
 * capacities when there are any. Immutable and thread-safe.
 *
 * @param before         volumes at the sites offering the service in the baseline
 * @param after          volumes at the sites offering it under the option
 * @param minimum        the minimum yearly volume a site should see, if the dataset gives one for the service
 * @param capacityBefore stated yearly capacities for the service in the baseline, by site (sites without one absent)
 * @param capacityAfter  the same under the option
 */
public record AppraisalVolumes(SiteVolumes before, SiteVolumes after, Optional<MinimumVolume> minimum,
                               Map<SiteCode, Double> capacityBefore, Map<SiteCode, Double> capacityAfter) {
    /**
     * @throws IllegalArgumentException if before, after and the minimum are not all for the same service
     */
    public AppraisalVolumes {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(minimum, "minimum");
        capacityBefore = Map.copyOf(capacityBefore);
        capacityAfter = Map.copyOf(capacityAfter);
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

    /** Volumes without a minimum-volume standard or capacities. */
    public static AppraisalVolumes of(SiteVolumes before, SiteVolumes after) {
        return new AppraisalVolumes(before, after, Optional.empty(), Map.of(), Map.of());
    }

    /** Volumes judged against a minimum-volume standard, without capacities. */
    public static AppraisalVolumes of(SiteVolumes before, SiteVolumes after, MinimumVolume minimum) {
        return new AppraisalVolumes(before, after, Optional.of(minimum), Map.of(), Map.of());
    }

    /** The same volumes judged against the sites' stated capacities before and after. */
    public AppraisalVolumes withCapacities(Map<SiteCode, Double> before, Map<SiteCode, Double> after) {
        return new AppraisalVolumes(this.before, this.after, minimum, before, after);
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

    /** The sites over their stated capacity before the option (none checked if no site states one). */
    public CapacityCheck overBefore() {
        return CapacityCheck.of(before, capacityBefore);
    }

    /** The sites over their stated capacity under the option. */
    public CapacityCheck overAfter() {
        return CapacityCheck.of(after, capacityAfter);
    }

    /** True if some site states a capacity for the service, before or after. */
    public boolean hasCapacities() {
        return !capacityBefore.isEmpty() || !capacityAfter.isEmpty();
    }
}
