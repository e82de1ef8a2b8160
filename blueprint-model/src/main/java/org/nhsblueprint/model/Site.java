package org.nhsblueprint.model;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * A place where services are delivered: a GP practice, a hospital site or a polyclinic. Immutable.
 *
 * @param services      the catalogue services this site offers
 * @param table         the dataset table the site came from (for provenance; {@code scenario} for a new site)
 * @param outsideRegion true for a site beyond the region's boundary, included because people near the boundary use it
 * @param capacity      yearly capacity for some of its services, in the units of the service's demand (e.g.
 *                      attendances a year); a service without an entry has no stated capacity
 */
public record Site(SiteCode code, String name, GeoPoint location, Set<ServiceId> services, String table,
                   boolean outsideRegion, Map<ServiceId, Double> capacity) {
    /** A site with no stated capacity. */
    public Site(SiteCode code, String name, GeoPoint location, Set<ServiceId> services, String table,
                boolean outsideRegion) {
        this(code, name, location, services, table, outsideRegion, Map.of());
    }

    /** A site inside the region, with no stated capacity. */
    public Site(SiteCode code, String name, GeoPoint location, Set<ServiceId> services, String table) {
        this(code, name, location, services, table, false);
    }

    /**
     * @throws IllegalArgumentException if a capacity is negative or not finite, or is for a service the site does not
     *                                  offer
     */
    public Site {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(table, "table");
        name = name == null || name.isBlank() ? code.value() : name;
        services = Set.copyOf(services);
        for (Map.Entry<ServiceId, Double> c : capacity.entrySet()) {
            if (!services.contains(c.getKey())) {
                throw new IllegalArgumentException("site " + code + " has a capacity for '" + c.getKey()
                        + "', which it does not offer");
            }
            if (!(c.getValue() >= 0) || c.getValue().isInfinite()) {
                throw new IllegalArgumentException("site " + code + " has capacity " + c.getValue() + " for '"
                        + c.getKey() + "': it must be zero or more");
            }
        }
        capacity = java.util.Collections.unmodifiableMap(new TreeMap<>(capacity));
    }

    public boolean offers(ServiceId service) {
        return services.contains(service);
    }

    /** The stated yearly capacity for a service, if there is one. */
    public OptionalDouble capacity(ServiceId service) {
        Double c = capacity.get(service);
        return c == null ? OptionalDouble.empty() : OptionalDouble.of(c);
    }

    /** The same site offering exactly {@code offered}; capacities of services it stops offering are dropped. */
    public Site withServices(Set<ServiceId> offered) {
        Map<ServiceId, Double> kept = new TreeMap<>(capacity);
        kept.keySet().retainAll(offered);
        return new Site(code, name, location, offered, table, outsideRegion, kept);
    }

    /** The same site with a new yearly capacity for a service it offers. */
    public Site withCapacity(ServiceId service, double perYear) {
        Map<ServiceId, Double> changed = new TreeMap<>(capacity);
        changed.put(service, perYear);
        return new Site(code, name, location, services, table, outsideRegion, changed);
    }

    /** The same site under another name. */
    public Site withName(String newName) {
        return new Site(code, newName, location, services, table, outsideRegion, capacity);
    }
}
