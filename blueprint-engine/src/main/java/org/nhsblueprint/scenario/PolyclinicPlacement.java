package org.nhsblueprint.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.travel.KdTreeIndex;

/**
 * Where a district's polyclinics go: {@code n = max(1, round(population / people per polyclinic))} host sites chosen
 * from the district's candidate sites to minimise population-weighted straight-line distance from the district's areas
 * to their nearest host (p-median): a greedy start (each step adds the candidate that most reduces it) improved by
 * vertex substitution (Teitz and Bart 1968: swap a host for a non-host while some swap reduces it), ties going to
 * the earlier candidate; and every candidate's catchment host (its nearest). Deterministic: the same model gives the
 * same placement. A local optimum, not a proven one: the optimisation engine states a gap. Stateless and thread-safe.
 */
final class PolyclinicPlacement {

    /** One district's polyclinics: the host sites, and for each candidate site the host whose catchment it is in. */
    record District(DistrictCode district, long population, List<Site> hosts, Map<Site, Site> hostOf) {
    }

    private PolyclinicPlacement() {
    }

    /**
     * @param areas      the region's areas (with their districts)
     * @param candidates sites that may host a polyclinic, each placed in the district of its nearest area
     * @param districts  the districts to place in, in order; districts with no candidate site are left out
     */
    static List<District> place(List<Area> areas, List<Site> candidates, List<DistrictCode> districts,
                                int peoplePerPolyclinic) {
        Map<DistrictCode, List<Site>> byDistrict = new LinkedHashMap<>();
        KdTreeIndex centroids = KdTreeIndex.of(areas.stream().map(Area::centroid).toList());
        for (Site s : candidates) {
            byDistrict.computeIfAbsent(areas.get(centroids.nearest(s.location())).district(),
                    d -> new ArrayList<>()).add(s);
        }
        List<District> out = new ArrayList<>();
        for (DistrictCode d : districts) {
            List<Site> sites = byDistrict.getOrDefault(d, List.of());
            List<Area> inDistrict = areas.stream().filter(a -> a.district().equals(d)).toList();
            if (sites.isEmpty() || inDistrict.isEmpty()) {
                continue;
            }
            long population = inDistrict.stream().mapToLong(Area::population).sum();
            int n = (int) Math.max(1, Math.min(sites.size(), Math.round((double) population / peoplePerPolyclinic)));
            List<Site> hosts = greedy(inDistrict, sites, n);
            Map<Site, Site> hostOf = new LinkedHashMap<>();
            for (Site s : sites) {
                Site best = hosts.get(0);
                for (Site h : hosts) {
                    if (h.location().metresTo(s.location()) < best.location().metresTo(s.location())) {
                        best = h;
                    }
                }
                hostOf.put(s, best);
            }
            out.add(new District(d, population, hosts, hostOf));
        }
        return out;
    }

    private static List<Site> greedy(List<Area> areas, List<Site> sites, int n) {
        double[][] metres = new double[sites.size()][areas.size()];
        for (int s = 0; s < sites.size(); s++) {
            for (int a = 0; a < areas.size(); a++) {
                metres[s][a] = sites.get(s).location().metresTo(areas.get(a).centroid());
            }
        }
        double[] nearest = new double[areas.size()];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        List<Integer> chosen = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            // greedy addition
            for (int s = 0; s < sites.size(); s++) {
                if (chosen.contains(s)) {
                    continue;
                }
                double cost = 0;
                for (int a = 0; a < areas.size(); a++) {
                    cost += areas.get(a).population() * Math.min(nearest[a], metres[s][a]);
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = s;
                }
            }
            chosen.add(best);
            for (int a = 0; a < areas.size(); a++) {
                nearest[a] = Math.min(nearest[a], metres[best][a]);
            }
        }
        // vertex substitution: for each host and non-host, the cost if one replaced the other, from each area's
        // nearest and second-nearest host (O(areas) per swap); take the first improving swap, until none improves
        int m = areas.size();
        double[] weight = new double[m];
        for (int a = 0; a < m; a++) {
            weight[a] = areas.get(a).population();
        }
        double[] first = new double[m];
        double[] second = new double[m];
        int[] firstHost = new int[m];
        double cost = nearestTwo(metres, weight, chosen, first, second, firstHost);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < chosen.size() && !improved; i++) {
                for (int s = 0; s < sites.size() && !improved; s++) {
                    if (chosen.contains(s)) {
                        continue;
                    }
                    double c = 0;
                    for (int a = 0; a < m; a++) {
                        double without = firstHost[a] == i ? second[a] : first[a];
                        c += weight[a] * Math.min(without, metres[s][a]);
                    }
                    if (c < cost * (1 - 1e-12)) {
                        chosen.set(i, s);
                        cost = nearestTwo(metres, weight, chosen, first, second, firstHost);
                        improved = true;
                    }
                }
            }
        }
        return chosen.stream().sorted().map(sites::get).toList();
    }

    /** Fills each area's nearest and second-nearest host distance (and which host is nearest); returns the cost. */
    private static double nearestTwo(double[][] metres, double[] weight, List<Integer> chosen, double[] first,
                                     double[] second, int[] firstHost) {
        double total = 0;
        for (int a = 0; a < weight.length; a++) {
            first[a] = Double.POSITIVE_INFINITY;
            second[a] = Double.POSITIVE_INFINITY;
            for (int i = 0; i < chosen.size(); i++) {
                double d = metres[chosen.get(i)][a];
                if (d < first[a]) {
                    second[a] = first[a];
                    first[a] = d;
                    firstHost[a] = i;
                } else if (d < second[a]) {
                    second[a] = d;
                }
            }
            total += weight[a] * first[a];
        }
        return total;
    }
}
