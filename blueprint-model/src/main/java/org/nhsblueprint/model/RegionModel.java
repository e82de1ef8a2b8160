package org.nhsblueprint.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Blueprint knows about one region at one point in time: its small areas, districts, sites and services,
 * with the provenance of each table. Immutable; a scenario (later) yields a modified copy, never a changed original.
 *
 * <p>The constructor checks that the parts agree: codes are unique and every area's district exists.
 *
 * @param notes facts about the load a reader should know (for example sites left out because they have no location)
 */
public record RegionModel(String name, String vintage, List<Area> areas, List<District> districts, List<Site> sites,
                          ServiceCatalogue catalogue, List<Boundary> boundaries, List<DataSource> sources,
                          String attribution, List<String> notes) {
    public RegionModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(catalogue, "catalogue");
        vintage = vintage == null ? "" : vintage;
        attribution = attribution == null ? "" : attribution;
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
        sites = List.copyOf(sites);
        boundaries = List.copyOf(boundaries);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        Map<DistrictCode, District> byCode = new HashMap<>();
        for (District district : districts) {
            if (byCode.put(district.code(), district) != null) {
                throw new IllegalArgumentException("district " + district.code() + " appears twice");
            }
        }
        Map<LsoaCode, Area> areaCodes = new HashMap<>();
        for (Area area : areas) {
            if (areaCodes.put(area.code(), area) != null) {
                throw new IllegalArgumentException("area " + area.code() + " appears twice");
            }
            if (!byCode.containsKey(area.district())) {
                throw new IllegalArgumentException("area " + area.code() + " is in district " + area.district()
                        + ", which the model does not have");
            }
        }
        Map<SiteCode, Site> siteCodes = new HashMap<>();
        for (Site site : sites) {
            if (siteCodes.put(site.code(), site) != null) {
                throw new IllegalArgumentException("site " + site.code() + " appears twice");
            }
        }
    }

    /**
     * The same region with only the areas in the given districts (all sites stay: people cross district lines).
     *
     * @throws IllegalArgumentException if a district is not in the model
     */
    public RegionModel withAreasIn(java.util.Set<DistrictCode> keep) {
        for (DistrictCode code : keep) {
            if (district(code).isEmpty()) {
                throw new IllegalArgumentException("district " + code + " is not in " + name);
            }
        }
        return new RegionModel(name, vintage, areas.stream().filter(a -> keep.contains(a.district())).toList(),
                districts, sites, catalogue, boundaries, sources, attribution, notes);
    }

    /** The same region with only the given sites (e.g. one setting's sites, for an allocation among them). */
    public RegionModel withSites(List<Site> keep) {
        return new RegionModel(name, vintage, areas, districts, keep, catalogue, boundaries, sources, attribution, notes);
    }

    /** The sites that offer a service, in model order. */
    public List<Site> sitesOffering(ServiceId service) {
        return sites.stream().filter(site -> site.offers(service)).toList();
    }

    public Optional<District> district(DistrictCode code) {
        return districts.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** Districts by code, in model order. */
    public Map<DistrictCode, District> districtsByCode() {
        Map<DistrictCode, District> map = new LinkedHashMap<>();
        districts.forEach(d -> map.put(d.code(), d));
        return map;
    }

    public long population() {
        return areas.stream().mapToLong(Area::population).sum();
    }
}
