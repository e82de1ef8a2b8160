package org.nhsblueprint.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A planner's location question (see {@code docs/optimisation.md}): which sites should offer a service, for each
 * number of sites in a range, among candidates (the sites offering another service today), with the time standard,
 * a minimum yearly volume per site, sites that must stay open and sites that may not be used; and what scenario to
 * write for the chosen number. Immutable.
 *
 * @param candidatesOffering candidates are the region's sites offering this service today
 * @param standardMinutes    NaN for the service's own standard
 * @param minVolume          NaN for none; {@link #DATASET_MINIMUM} for the dataset's minimum-volume file
 * @param minShareWithin     the chosen p is the fewest sites, among the Pareto set meeting the minimum volume, with at
 *                           least this share of people within the standard
 * @param convert            true: the scenario converts each chosen site to add {@code addServices} (with
 *                           {@code capacity}); false: it centralises the service onto the chosen sites
 */
public record OptimiseSpec(String name, String description, String dataset, ServiceId service,
                           ServiceId candidatesOffering, List<Integer> ps, double standardMinutes, double minVolume,
                           List<SiteCode> fixed, List<SiteCode> forbidden, double minShareWithin, boolean convert,
                           Set<ServiceId> addServices, Map<ServiceId, Double> capacity, String file) {
    /** Marks "use the dataset's minimum volume for the service". */
    public static final double DATASET_MINIMUM = -1;

    public OptimiseSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(candidatesOffering, "candidatesOffering");
        ps = List.copyOf(ps);
        fixed = List.copyOf(fixed);
        forbidden = List.copyOf(forbidden);
        addServices = Set.copyOf(addServices);
        capacity = Map.copyOf(capacity);
        description = description == null ? "" : description;
    }
}
