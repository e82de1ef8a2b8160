package org.nhsblueprint.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceId;

/**
 * Every area's access to every service, worked out once when the server starts (about a second for London), so that
 * the public area page and {@code /api/areas/{code}/access} answer from memory. Immutable.
 */
public final class AreaAccessIndex {
    private final Map<ServiceId, AccessResult> results = new LinkedHashMap<>();
    private final Map<ServiceId, Map<String, AreaAccess>> byArea = new HashMap<>();

    public AreaAccessIndex(List<AccessResult> results) {
        for (AccessResult r : results) {
            this.results.put(r.service().id(), r);
            Map<String, AreaAccess> areas = new HashMap<>();
            r.areas().forEach(a -> areas.put(a.area().code().value(), a));
            byArea.put(r.service().id(), areas);
        }
    }

    /** The services, in the catalogue's order. */
    public List<Service> services() {
        return results.values().stream().map(AccessResult::service).toList();
    }

    public AccessResult result(ServiceId service) {
        return results.get(service);
    }

    public Optional<AreaAccess> access(ServiceId service, String areaCode) {
        return Optional.ofNullable(byArea.getOrDefault(service, Map.of()).get(areaCode));
    }
}
