package org.nhsblueprint.demand;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.SiteCode;

/**
 * Allocates each area's yearly demand ({@link DemandRate#yearlyEvents}) to sites by an {@link AllocationRule}, giving
 * per-site yearly volumes. Stateless and thread-safe.
 *
 * <p>It works from an {@link AccessResult}, which holds each area's nearest and next-nearest site only: the Huff rule
 * therefore shares demand between those two sites, never a third. Every unit of demand goes to some site, so the
 * volumes add up to the total demand.
 */
public final class Allocation {
    private Allocation() {
    }

    /**
     * @param access the access analysis for the service
     * @param sites  every site offering the service (those no demand reaches get zero), e.g.
     *               {@code model.sitesOffering(id).stream().map(Site::code).toList()}
     * @throws IllegalArgumentException if the rate is for another service, or an area's site is not in {@code sites}
     */
    public static SiteVolumes allocate(AccessResult access, Collection<SiteCode> sites, DemandRate rate,
                                       AllocationRule rule) {
        ServiceId service = access.service().id();
        if (!rate.service().equals(service)) {
            throw new IllegalArgumentException("demand rate is for " + rate.service() + " but the access result is for "
                    + service);
        }
        Map<SiteCode, Double> volumes = new TreeMap<>();
        sites.forEach(s -> volumes.put(s, 0.0));
        double total = 0;
        for (AreaAccess a : access.areas()) {
            double demand = rate.yearlyEvents(a.area());
            total += demand;
            double nearestShare = rule instanceof AllocationRule.Huff huff && a.nextNearest() != null
                    ? huff.nearestShare(a.nextMinutes() - a.minutes()) : 1.0;
            add(volumes, a.nearest(), demand * nearestShare, service);
            if (nearestShare < 1.0) {
                add(volumes, a.nextNearest(), demand - demand * nearestShare, service);
            }
        }
        List<SiteVolume> rows = volumes.entrySet().stream().map(e -> new SiteVolume(e.getKey(), e.getValue())).toList();
        return new SiteVolumes(service, rule.describe(), rate.source(), rows, total);
    }

    private static void add(Map<SiteCode, Double> volumes, SiteCode site, double volume, ServiceId service) {
        Double before = volumes.get(site);
        if (before == null) {
            throw new IllegalArgumentException("site " + site + " is in the access result for " + service
                    + " but not among the " + volumes.size() + " sites given");
        }
        volumes.put(site, before + volume);
    }
}
