package org.nhsblueprint.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * One option in a comparison report: its name and description, the model after it, its appraisal against the
 * comparison's baseline service by service, and site volumes for the services the dataset has demand rates for.
 * Immutable if its model is, and so thread-safe.
 *
 * @param model      the baseline with the option applied (for the sites that stop or start offering a service)
 * @param appraisals the option against the baseline, for the services some site offers in both
 * @param volumes    site volumes before and after, for some or none of the services, by service id
 */
public record ComparisonOption(String name, String description, RegionModel model, List<ServiceAppraisal> appraisals,
                               Map<ServiceId, AppraisalVolumes> volumes) {
    /**
     * @throws IllegalArgumentException if the name is blank
     */
    public ComparisonOption {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an option needs a name, got '" + name + "'");
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(model, "model");
        appraisals = List.copyOf(appraisals);
        volumes = Collections.unmodifiableMap(new LinkedHashMap<>(volumes));
    }

    /** The option's appraisal of a service; empty if no site offers the service under the option. */
    Optional<ServiceAppraisal> appraisal(ServiceId service) {
        return appraisals.stream().filter(a -> a.before().service().id().equals(service)).findFirst();
    }

    /** The option's site volumes for a service, if the dataset has a demand rate for it. */
    Optional<AppraisalVolumes> volumes(ServiceId service) {
        return Optional.ofNullable(volumes.get(service));
    }
}
