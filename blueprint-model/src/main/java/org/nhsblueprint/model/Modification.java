package org.nhsblueprint.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One change to a region. Every modification knows where it was written (file and line). Immutable. */
public sealed interface Modification {

    /** Where this modification was written, as {@code file:line}; empty when built in code. */
    String source();

    /** Close a whole site, or stop one service there ({@code service} not null). */
    record Close(SiteCode site, ServiceId service, String source) implements Modification {
        public Close {
            Objects.requireNonNull(site, "site");
        }
    }

    /** Open a new site offering the given services, with yearly capacities for some of them. */
    record Open(SiteCode site, String name, GeoPoint location, Set<ServiceId> services,
                Map<ServiceId, Double> capacity, String source) implements Modification {
        public Open {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(location, "location");
            services = Set.copyOf(services);
            capacity = Map.copyOf(capacity);
        }

        /** A new site with no stated capacity. */
        public Open(SiteCode site, String name, GeoPoint location, Set<ServiceId> services, String source) {
            this(site, name, location, services, Map.of(), source);
        }
    }

    /**
     * Convert a site into something else in place (a practice into a polyclinic, say): it may take a new name, start
     * offering some services and stop offering others, and take yearly capacities for services it then offers.
     *
     * @param name null to keep the current name
     */
    record Convert(SiteCode site, String name, Set<ServiceId> add, Set<ServiceId> remove,
                   Map<ServiceId, Double> capacity, String source) implements Modification {
        public Convert {
            Objects.requireNonNull(site, "site");
            add = Set.copyOf(add);
            remove = Set.copyOf(remove);
            capacity = Map.copyOf(capacity);
        }
    }

    /** Set one site's yearly capacity for a service it offers. */
    record Capacity(SiteCode site, ServiceId service, double perYear, String source) implements Modification {
        public Capacity {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(service, "service");
        }
    }

    /**
     * GP-led polyclinics, one for about {@code peoplePerPolyclinic} residents in each district, placed at existing
     * sites offering {@code from} (GP practices). The two models of Healthcare for London (2007):
     * {@link PolyclinicModel#HUB} is one large centre into which the district's practices move;
     * {@link PolyclinicModel#NETWORK} federates the existing practices, which all stay, around a lead practice that
     * hosts the shared services.
     *
     * @param services  services every polyclinic offers besides {@code from} (e.g. urgent care, outpatients)
     * @param capacity  each polyclinic's yearly capacity for some of its services
     * @param districts the districts to place polyclinics in; empty means every district
     */
    record Polyclinics(PolyclinicModel model, int peoplePerPolyclinic, ServiceId from, Set<ServiceId> services,
                       Map<ServiceId, Double> capacity, Set<DistrictCode> districts, String source)
            implements Modification {
        public Polyclinics {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(from, "from");
            services = Set.copyOf(services);
            capacity = Map.copyOf(capacity);
            districts = Set.copyOf(districts);
        }
    }

    /** The two polyclinic models of Healthcare for London: a centralised hub, or a network of existing practices. */
    enum PolyclinicModel {
        /** One large GP-led centre; the practices of its catchment move into it and close where they were. */
        HUB,
        /** Existing practices federated: all stay open, a lead practice hosts the shared services. */
        NETWORK
    }

    /** Offer a service at every site that offers another one (e.g. acute stroke care at every type-1 A&E). */
    record OfferWhere(ServiceId service, ServiceId whereOffered, String source) implements Modification {
        public OfferWhere {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(whereOffered, "whereOffered");
        }
    }

    /** Offer a service at exactly these sites and nowhere else. */
    record Centralise(ServiceId service, List<SiteCode> onto, String source) implements Modification {
        public Centralise {
            Objects.requireNonNull(service, "service");
            onto = List.copyOf(onto);
        }
    }
}
