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
            }
            found.forEach(p -> problems.add(at + p));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(scenario.name(), problems);
        }
        return new RegionModel(base.name(), base.vintage(), base.areas(), base.districts(), List.copyOf(sites.values()),
                base.catalogue(), base.boundaries(), base.sources(), base.attribution(), base.notes());
    }

    private static void close(RegionModel base, Map<SiteCode, Site> sites, Modification.Close c, List<String> p) {
        Site site = sites.get(c.site());
        if (site == null) {
            p.add("close: site " + c.site() + (base.sites().stream().anyMatch(s -> s.code().equals(c.site()))
                    ? " is already closed by an earlier modification" : " is not in the dataset"));
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
        sites.put(site.code(), with(site, services));
    }

    private static void open(RegionModel base, Map<SiteCode, Site> sites, Modification.Open o, List<String> p) {
        if (sites.containsKey(o.site())) {
            p.add("open: site code " + o.site() + " is already in use");
        }
        o.services().forEach(s -> known(base, s, "open", p));
        // the same rule the loader applies to sites: far outside the region's areas is almost certainly mistyped
        double km = AreaExtent.of(base.areas()).map(e -> e.metresOutside(o.location())).orElse(0.0) / 1000;
        if (km * 1000 > AreaExtent.SITE_LIMIT_METRES) {
            p.add(String.format(java.util.Locale.ROOT, "open: location %s,%s is %.0f km outside the region's areas",
                    o.location().lat(), o.location().lon(), km));
        }
        if (p.isEmpty()) {
            sites.put(o.site(), new Site(o.site(), o.name(), o.location(), o.services(), "scenario", false));
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
            return with(site, services);
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
            return changed ? with(site, services) : site;
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

    private static Site with(Site site, Set<ServiceId> services) {
        return new Site(site.code(), site.name(), site.location(), services, site.table(), site.outsideRegion());
    }
}
