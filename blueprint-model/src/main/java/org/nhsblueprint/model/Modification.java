package org.nhsblueprint.model;

import java.util.List;
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

    /** Open a new site offering the given services. */
    record Open(SiteCode site, String name, GeoPoint location, Set<ServiceId> services, String source)
            implements Modification {
        public Open {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(location, "location");
            services = Set.copyOf(services);
        }
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
