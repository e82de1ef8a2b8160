package org.nhsblueprint.demand;

import java.util.List;
import java.util.Objects;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.SiteCode;

/**
 * Yearly volumes at every site offering a service, after allocating the areas' demand. Immutable and thread-safe.
 *
 * @param rule        how demand was allocated, in one sentence
 * @param rateSource  where the demand rates come from
 * @param sites       every site offering the service (zero when no demand reached it), ordered by site code
 * @param totalDemand yearly demand of all areas; equals the sum of the site volumes up to rounding
 */
public record SiteVolumes(ServiceId service, String rule, String rateSource, List<SiteVolume> sites,
                          double totalDemand) {
    public SiteVolumes {
        Objects.requireNonNull(service, "service");
        sites = List.copyOf(sites);
    }

    /** The site's yearly volume. @throws IllegalArgumentException if the site does not offer the service */
    public double volume(SiteCode site) {
        return sites.stream().filter(v -> v.site().equals(site)).mapToDouble(SiteVolume::yearlyVolume).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("site " + site + " is not among the " + sites.size()
                        + " sites offering " + service));
    }

    /** The sum of the site volumes. */
    public double totalAllocated() {
        return sites.stream().mapToDouble(SiteVolume::yearlyVolume).sum();
    }
}
