package org.nhsblueprint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The published figures a dataset holds about its sites, looked up by site and service. Immutable. */
public final class SiteFacts {
    public static final SiteFacts NONE = new SiteFacts(List.of());

    private final Map<SiteCode, List<SiteFact>> bySite = new LinkedHashMap<>();
    private final List<DataSource> sources;

    public SiteFacts(List<SiteFact> facts) {
        LinkedHashSet<DataSource> seen = new LinkedHashSet<>();
        for (SiteFact f : facts) {
            bySite.computeIfAbsent(f.site(), k -> new ArrayList<>()).add(f);
            seen.add(f.source());
        }
        bySite.replaceAll((k, v) -> List.copyOf(v));
        sources = List.copyOf(seen);
    }

    /** The site's figures for one service, in the order the dataset lists them; empty when there are none. */
    public List<SiteFact> of(SiteCode site, ServiceId service) {
        return bySite.getOrDefault(site, List.of()).stream().filter(f -> f.service().equals(service)).toList();
    }

    /** Every source the figures come from, each once. */
    public List<DataSource> sources() {
        return sources;
    }

    public int size() {
        return bySite.values().stream().mapToInt(List::size).sum();
    }
}
