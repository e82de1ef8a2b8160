package org.nhsblueprint.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.demand.Allocation;
import org.nhsblueprint.demand.AllocationRule;
import org.nhsblueprint.demand.CapacityCheck;
import org.nhsblueprint.demand.DemandRate;
import org.nhsblueprint.demand.DemandRates;
import org.nhsblueprint.demand.MinimumVolume;
import org.nhsblueprint.demand.MinimumVolumes;
import org.nhsblueprint.demand.SiteVolumes;
import org.nhsblueprint.demand.VolumeCheck;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.scenario.ServiceAppraisal;

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

    /**
     * Volumes before and after for every appraised service with a demand rate: yearly demand allocated to the sites
     * by the rule, judged against the service's minimum volume when there is one and the sites' stated capacities.
     *
     * @param rates    the dataset's demand rates, or null when it has none (then there are no volumes)
     * @param minimums the dataset's minimum volumes, or null when it has none
     */
    public static Map<ServiceId, AppraisalVolumes> of(List<ServiceAppraisal> appraisals, RegionModel baseline,
                                                      RegionModel option, DemandRates rates, MinimumVolumes minimums,
                                                      AllocationRule rule) {
        Map<ServiceId, AppraisalVolumes> out = new LinkedHashMap<>();
        for (ServiceAppraisal a : appraisals) {
            ServiceId id = a.before().service().id();
            Optional<DemandRate> rate = rates == null ? Optional.empty() : rates.of(id);
            if (rate.isEmpty()) {
                continue;
            }
            SiteVolumes before = inRegion(allocate(a.before(), baseline, rate.get(), rule), baseline);
            SiteVolumes after = inRegion(allocate(a.after(), option, rate.get(), rule), option);
            Optional<MinimumVolume> minimum = minimums == null ? Optional.empty() : minimums.of(id);
            out.put(id, minimum.map(m -> of(before, after, m))
                    .orElseGet(() -> of(before, after))
                    .withCapacities(capacities(baseline, id), capacities(option, id)));
        }
        return out;
    }

    /**
     * Only the region's own sites: a site beyond the boundary receives only the region's residents here, so its
     * modelled volume is partial and would wrongly read as below any minimum.
     */
    private static SiteVolumes inRegion(SiteVolumes v, RegionModel model) {
        java.util.Set<org.nhsblueprint.model.SiteCode> outside = new java.util.HashSet<>();
        model.sites().stream().filter(Site::outsideRegion).forEach(s -> outside.add(s.code()));
        return new SiteVolumes(v.service(), v.rule(), v.rateSource(),
                v.sites().stream().filter(s -> !outside.contains(s.site())).toList(), v.totalDemand());
    }

    /** The region's sites' stated yearly capacities for a service. */
    private static Map<org.nhsblueprint.model.SiteCode, Double> capacities(RegionModel model, ServiceId service) {
        Map<org.nhsblueprint.model.SiteCode, Double> out = new LinkedHashMap<>();
        for (Site s : model.sitesOffering(service)) {
            s.capacity(service).ifPresent(c -> out.put(s.code(), c));
        }
        return out;
    }

    private static SiteVolumes allocate(AccessResult access, RegionModel model, DemandRate rate, AllocationRule rule) {
        return Allocation.allocate(access, model.sitesOffering(access.service().id()).stream().map(Site::code).toList(),
                rate, rule);
    }
}
