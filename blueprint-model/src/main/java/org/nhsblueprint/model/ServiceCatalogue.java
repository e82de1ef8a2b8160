package org.nhsblueprint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The services Blueprint knows about, in a fixed order. Immutable. */
public final class ServiceCatalogue {
    private final Map<ServiceId, Service> services;

    private ServiceCatalogue(Map<ServiceId, Service> services) {
        this.services = services;
    }

    public static ServiceCatalogue of(List<Service> services) {
        Map<ServiceId, Service> byId = new LinkedHashMap<>();
        for (Service service : services) {
            if (byId.putIfAbsent(service.id(), service) != null) {
                throw new IllegalArgumentException("service id " + service.id() + " appears twice in the catalogue");
            }
        }
        return new ServiceCatalogue(byId);
    }

    public List<Service> all() {
        return List.copyOf(services.values());
    }

    public Optional<Service> find(ServiceId id) {
        return Optional.ofNullable(services.get(id));
    }
}
