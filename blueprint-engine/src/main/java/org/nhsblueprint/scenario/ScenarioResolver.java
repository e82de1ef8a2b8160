package org.nhsblueprint.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nhsblueprint.model.AreaExtent;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.Modification;
import org.nhsblueprint.model.Scenario;
import org.nhsblueprint.model.SiteCode;

/**
 * Resolves a scenario against a baseline, then applies it: every modification is checked in order against the state
 * the earlier ones leave (so a site closed twice, or a service stopped where it is not offered, is caught), every
 * problem is collected with its file and line, and only a clean scenario yields a model, always a new one. The
 * baseline is never changed. Stateless and thread-safe.
 */
public final class ScenarioResolver {
    /** @throws ScenarioException listing every problem, if there are any */
    public RegionModel apply(RegionModel base, Scenario scenario) {
        Map<SiteCode, Site> sites = new LinkedHashMap<>();
        base.sites().forEach(s -> sites.put(s.code(), s));
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>(base.notes());
        for (Modification m : scenario.modifications()) {
            String at = m.source() == null || m.source().isEmpty() ? "" : m.source() + ": ";
            List<String> found = new ArrayList<>();
            if (m instanceof Modification.Close c) {
                close(base, sites, c, found);
            } else if (m instanceof Modification.Open o) {
                open(base, sites, o, found);
            } else if (m instanceof Modification.OfferWhere w) {
                offerWhere(base, sites, w, found);
            } else if (m instanceof Modification.Centralise c) {
                centralise(base, sites, c, found);
            } else if (m instanceof Modification.Convert c) {
                convert(base, sites, c, found);
            } else if (m instanceof Modification.Capacity c) {
                capacity(base, sites, c, found);
            } else if (m instanceof Modification.Polyclinics pc) {
                polyclinics(base, sites, pc, found).ifPresent(n -> notes.add(at + n));
            }
            found.forEach(p -> problems.add(at + p));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(scenario.name(), problems);
        }
        return new RegionModel(base.name(), base.vintage(), base.areas(), base.districts(), List.copyOf(sites.values()),
                base.catalogue(), base.boundaries(), base.sources(), base.attribution(), notes);
    }

    /** What applying {@code scenario} added to the model's notes (e.g. where polyclinics were placed). */
    public static List<String> scenarioNotes(RegionModel base, RegionModel option) {
        return option.notes().subList(Math.min(base.notes().size(), option.notes().size()), option.notes().size());
    }

    private static void close(RegionModel base, Map<SiteCode, Site> sites, Modification.Close c, List<String> p) {
        Site site = present(base, sites, c.site(), "close", p);
        if (site == null) {
            return;
        }
        if (c.service() == null) {
            sites.remove(c.site());
            return;
        }
        if (!known(base, c.service(), "close", p)) {
            return;
        }
        if (!site.offers(c.service())) {
            p.add("close: site " + c.site() + " (" + site.name() + ") does not offer '" + c.service() + "'"
                    + (site.services().isEmpty() ? "" : " (it offers " + site.services() + ")"));
            return;
        }
        Set<ServiceId> services = new LinkedHashSet<>(site.services());
        services.remove(c.service());
        sites.put(site.code(), site.withServices(services));
    }

    private static void open(RegionModel base, Map<SiteCode, Site> sites, Modification.Open o, List<String> p) {
        if (sites.containsKey(o.site())) {
            p.add("open: site code " + o.site() + " is already in use");
        }
        o.services().forEach(s -> known(base, s, "open", p));
        capacities(o.services(), o.capacity(), "open", p);
        // the same rule the loader applies to sites: far outside the region's areas is almost certainly mistyped
        double km = AreaExtent.of(base.areas()).map(e -> e.metresOutside(o.location())).orElse(0.0) / 1000;
        if (km * 1000 > AreaExtent.SITE_LIMIT_METRES) {
            p.add(String.format(java.util.Locale.ROOT, "open: location %s,%s is %.0f km outside the region's areas",
                    o.location().lat(), o.location().lon(), km));
        }
        if (p.isEmpty()) {
            sites.put(o.site(), new Site(o.site(), o.name(), o.location(), o.services(), "scenario", false,
                    o.capacity()));
        }
    }

    private static void offerWhere(RegionModel base, Map<SiteCode, Site> sites, Modification.OfferWhere w,
                                   List<String> p) {
        if (!known(base, w.service(), "offer", p) | !known(base, w.whereOffered(), "offer", p)) {
            return;
        }
        sites.replaceAll((code, site) -> {
            if (!site.offers(w.whereOffered())) {
                return site;
            }
            Set<ServiceId> services = new LinkedHashSet<>(site.services());
            services.add(w.service());
            return site.withServices(services);
        });
    }

    private static void centralise(RegionModel base, Map<SiteCode, Site> sites, Modification.Centralise c,
                                   List<String> p) {
        if (!known(base, c.service(), "centralise", p)) {
            return;
        }
        if (c.onto().isEmpty()) {
            p.add("centralise: '" + c.service() + "' needs at least one site to centralise onto");
        }
        Set<SiteCode> onto = new LinkedHashSet<>();
        for (SiteCode code : c.onto()) {
            if (!sites.containsKey(code)) {
                p.add("centralise: site " + code + " is not in the dataset (or was closed earlier)");
            } else if (!onto.add(code)) {
                p.add("centralise: site " + code + " is named twice");
            }
        }
        if (!p.isEmpty()) {
            return;
        }
        sites.replaceAll((code, site) -> {
            Set<ServiceId> services = new LinkedHashSet<>(site.services());
            boolean changed = onto.contains(code) ? services.add(c.service()) : services.remove(c.service());
            return changed ? site.withServices(services) : site;
        });
    }

    private static void convert(RegionModel base, Map<SiteCode, Site> sites, Modification.Convert c, List<String> p) {
        Site site = present(base, sites, c.site(), "convert", p);
        c.add().forEach(s -> known(base, s, "convert", p));
        c.remove().forEach(s -> known(base, s, "convert", p));
        if (site == null || !p.isEmpty()) {
            return;
        }
        for (ServiceId s : c.add()) {
            if (site.offers(s)) {
                p.add("convert: site " + c.site() + " (" + site.name() + ") already offers '" + s + "'");
            }
            if (c.remove().contains(s)) {
                p.add("convert: '" + s + "' is both added and removed");
            }
        }
        for (ServiceId s : c.remove()) {
            if (!site.offers(s)) {
                p.add("convert: site " + c.site() + " (" + site.name() + ") does not offer '" + s + "', so cannot"
                        + " stop offering it");
            }
        }
        Set<ServiceId> services = new LinkedHashSet<>(site.services());
        services.addAll(c.add());
        services.removeAll(c.remove());
        if (services.isEmpty()) {
            p.add("convert: site " + c.site() + " would offer nothing; close it instead");
        }
        capacities(services, c.capacity(), "convert", p);
        if (!p.isEmpty()) {
            return;
        }
        Site converted = site.withServices(services);
        for (Map.Entry<ServiceId, Double> e : c.capacity().entrySet()) {
            converted = converted.withCapacity(e.getKey(), e.getValue());
        }
        sites.put(site.code(), c.name() == null || c.name().isBlank() ? converted : converted.withName(c.name()));
    }

    private static void capacity(RegionModel base, Map<SiteCode, Site> sites, Modification.Capacity c,
                                 List<String> p) {
        Site site = present(base, sites, c.site(), "capacity", p);
        if (site == null || !known(base, c.service(), "capacity", p)) {
            return;
        }
        if (!site.offers(c.service())) {
            p.add("capacity: site " + c.site() + " (" + site.name() + ") does not offer '" + c.service() + "'");
        } else if (!(c.perYear() >= 0) || Double.isInfinite(c.perYear())) {
            p.add("capacity: " + c.perYear() + " a year is not a capacity (zero or more)");
        } else {
            sites.put(site.code(), site.withCapacity(c.service(), c.perYear()));
        }
    }

    private static java.util.Optional<String> polyclinics(RegionModel base, Map<SiteCode, Site> sites,
                                                          Modification.Polyclinics pc, List<String> p) {
        known(base, pc.from(), "polyclinics", p);
        pc.services().forEach(s -> known(base, s, "polyclinics", p));
        if (pc.peoplePerPolyclinic() <= 0) {
            p.add("polyclinics: people per polyclinic must be more than 0");
        }
        for (var d : pc.districts()) {
            if (base.district(d).isEmpty()) {
                p.add("polyclinics: district " + d + " is not in " + base.name());
            }
        }
        Set<ServiceId> offered = new LinkedHashSet<>(pc.services());
        offered.add(pc.from());
        capacities(offered, pc.capacity(), "polyclinics", p);
        if (!p.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Site> candidates = sites.values().stream().filter(s -> !s.outsideRegion() && s.offers(pc.from()))
                .toList();
        List<org.nhsblueprint.model.DistrictCode> districts = base.districts().stream()
                .map(org.nhsblueprint.model.District::code)
                .filter(d -> pc.districts().isEmpty() || pc.districts().contains(d)).toList();
        List<PolyclinicPlacement.District> placed = PolyclinicPlacement.place(base.areas(), candidates, districts,
                pc.peoplePerPolyclinic());
        if (placed.isEmpty()) {
            p.add("polyclinics: no site offering '" + pc.from() + "' is left in the districts named to host one");
            return java.util.Optional.empty();
        }
        int moved = 0;
        String label = pc.model() == Modification.PolyclinicModel.HUB ? "polyclinic hub" : "polyclinic network lead";
        for (PolyclinicPlacement.District d : placed) {
            for (Site host : d.hosts()) {
                Set<ServiceId> services = new LinkedHashSet<>(host.services());
                services.addAll(pc.services());
                Site converted = host.withServices(services).withName(host.name() + " (" + label + ")");
                for (Map.Entry<ServiceId, Double> e : pc.capacity().entrySet()) {
                    converted = converted.withCapacity(e.getKey(), e.getValue());
                }
                sites.put(host.code(), converted);
            }
            if (pc.model() != Modification.PolyclinicModel.HUB) {
                continue;
            }
            // the catchment's practices move into the hub: they stop offering the service where they were
            for (Site site : d.hostOf().keySet()) {
                if (d.hosts().contains(site)) {
                    continue;
                }
                moved++;
                Set<ServiceId> left = new LinkedHashSet<>(site.services());
                left.remove(pc.from());
                if (left.isEmpty()) {
                    sites.remove(site.code());
                } else {
                    sites.put(site.code(), site.withServices(left));
                }
            }
        }
        int count = placed.stream().mapToInt(d -> d.hosts().size()).sum();
        long people = placed.stream().mapToLong(PolyclinicPlacement.District::population).sum();
        return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                "polyclinics (%s): %,d %s in %,d districts, one per %,d people on average; %s",
                pc.model() == Modification.PolyclinicModel.HUB ? "hub" : "network", count, label + "s",
                placed.size(), count == 0 ? 0 : people / count,
                pc.model() == Modification.PolyclinicModel.HUB
                        ? String.format(java.util.Locale.ROOT, "%,d other sites offering '%s' move into them", moved,
                        pc.from())
                        : "every site offering '" + pc.from() + "' stays open"));
    }

    /** The site as earlier modifications left it, or null with a problem saying why there is none. */
    private static Site present(RegionModel base, Map<SiteCode, Site> sites, SiteCode code, String what,
                                List<String> p) {
        Site site = sites.get(code);
        if (site == null) {
            p.add(what + ": site " + code + (base.sites().stream().anyMatch(s -> s.code().equals(code))
                    ? " is already closed by an earlier modification" : " is not in the dataset"));
        }
        return site;
    }

    private static void capacities(Set<ServiceId> offered, Map<ServiceId, Double> capacity, String what,
                                   List<String> p) {
        capacity.forEach((service, perYear) -> {
            if (!offered.contains(service)) {
                p.add(what + ": capacity given for '" + service + "', which the site would not offer");
            }
            if (!(perYear >= 0) || Double.isInfinite(perYear)) {
                p.add(what + ": capacity " + perYear + " a year for '" + service + "' is not zero or more");
            }
        });
    }

    private static boolean known(RegionModel base, ServiceId service, String what, List<String> p) {
        if (base.catalogue().find(service).isEmpty()) {
            p.add(what + ": service '" + service + "' is not in the catalogue (it has "
                    + base.catalogue().all().stream().map(s -> s.id().value()).toList() + ")");
            return false;
        }
        return true;
    }
}
