package org.nhsblueprint.model;

import java.util.Objects;
import java.util.Set;

/**
 * A place where services are delivered: a GP practice or a hospital site. Immutable.
 *
 * @param services      the catalogue services this site offers
 * @param table         the dataset table the site came from (for provenance)
 * @param outsideRegion true for a site beyond the region's boundary, included because people near the boundary use it
 */
public record Site(SiteCode code, String name, GeoPoint location, Set<ServiceId> services, String table,
                   boolean outsideRegion) {
    /** A site inside the region. */
    public Site(SiteCode code, String name, GeoPoint location, Set<ServiceId> services, String table) {
        this(code, name, location, services, table, false);
    }

    public Site {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(table, "table");
        name = name == null || name.isBlank() ? code.value() : name;
        services = Set.copyOf(services);
    }

    public boolean offers(ServiceId service) {
        return services.contains(service);
    }
}
