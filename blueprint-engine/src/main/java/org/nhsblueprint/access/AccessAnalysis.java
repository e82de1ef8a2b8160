package org.nhsblueprint.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.travel.Reach;
import org.nhsblueprint.travel.TravelTimes;

/**
 * Computes {@link AccessResult}s: for every area, the journey to its nearest and next-nearest site offering a service
 * and the number of sites within the standard, then population-weighted summaries. Immutable and thread-safe; the
 * same model and service always give the same result.
 */
public final class AccessAnalysis {
    /** Choice is reported as people reaching 0, 1, ... sites; the last bucket is "this many or more". */
    static final int CHOICE_BUCKETS = 6;

    private final TravelTimes travelTimes;

    public AccessAnalysis(TravelTimes travelTimes) {
        this.travelTimes = travelTimes;
    }

    /**
     * @throws IllegalArgumentException if no site in the model offers the service
     */
    public AccessResult run(RegionModel model, Service service) {
        List<Site> sites = model.sitesOffering(service.id());
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("no site in " + model.name() + " offers " + service.name()
                    + " (service '" + service.id() + "')");
        }
        List<Area> areas = model.areas();
        List<GeoPoint> origins = areas.stream().map(Area::centroid).toList();
        List<GeoPoint> destinations = sites.stream().map(Site::location).toList();
        Reach reach = travelTimes.reach(origins, destinations, service.mode(), 2, service.standardMinutes());

        List<AreaAccess> rows = new ArrayList<>(areas.size());
        for (int i = 0; i < areas.size(); i++) {
            int next = reach.destination(i, 1);
            rows.add(new AreaAccess(areas.get(i), sites.get(reach.destination(i, 0)).code(), reach.minutes(i, 0),
                    next < 0 ? null : sites.get(next).code(), reach.minutes(i, 1), reach.withinCount(i)));
        }
        double standard = service.standardMinutes();
        Summary overall = summarise(rows, a -> true, Area::population, standard);
        WeightedMinutes all = times(rows, a -> true, Area::population);
        int outside = (int) sites.stream().filter(Site::outsideRegion).count();
        List<String> notes = new ArrayList<>(reach.notes());
        listed("Areas", reach.estimatedOrigins(), i -> areas.get(i).code().value()).ifPresent(notes::add);
        listed("Sites", reach.estimatedDestinations(), i -> sites.get(i).code().value()).ifPresent(notes::add);
        return new AccessResult(service, travelTimes.describe(service.mode()), notes, sites.size(), outside,
                overall,
                summarise(rows, a -> true, Area::population65Plus, standard),
                byDecile(rows, standard), byDistrict(model, rows, standard), choice(rows),
                nextNearest(rows, standard, sites.size()),
                all.cumulativeShares((int) Math.ceil(all.max())), rows);
    }

    /** Names the points the travel-time method had to estimate: up to 20 codes, then how many more. */
    private static java.util.Optional<String> listed(String what, int[] indices,
                                                     java.util.function.IntFunction<String> code) {
        if (indices.length == 0) {
            return java.util.Optional.empty();
        }
        StringBuilder s = new StringBuilder(what + " whose journeys were all estimated (" + indices.length + "): ");
        for (int i = 0; i < Math.min(20, indices.length); i++) {
            s.append(i == 0 ? "" : ", ").append(code.apply(indices[i]));
        }
        if (indices.length > 20) {
            s.append(" and ").append(indices.length - 20).append(" more (see access_by_area.csv)");
        }
        return java.util.Optional.of(s.append('.').toString());
    }

    private static List<GroupSummary> byDecile(List<AreaAccess> rows, double standard) {
        Map<Integer, Boolean> present = new TreeMap<>();
        rows.forEach(r -> present.put(r.area().imdDecile(), true));
        List<GroupSummary> groups = new ArrayList<>();
        for (int decile : present.keySet()) {
            groups.add(new GroupSummary(new Group.Decile(decile),
                    summarise(rows, a -> a.imdDecile() == decile, Area::population, standard)));
        }
        return groups;
    }

    private static List<GroupSummary> byDistrict(RegionModel model, List<AreaAccess> rows, double standard) {
        List<GroupSummary> groups = new ArrayList<>();
        for (District district : model.districts()) {
            if (rows.stream().anyMatch(r -> r.area().district().equals(district.code()))) {
                groups.add(new GroupSummary(new Group.InDistrict(district.code(), district.name()),
                        summarise(rows, a -> a.district().equals(district.code()), Area::population, standard)));
            }
        }
        return groups;
    }

    private static Summary summarise(List<AreaAccess> rows, Predicate<Area> in, ToIntFunction<Area> people,
                                     double standard) {
        long within = rows.stream().filter(r -> in.test(r.area()) && r.minutes() <= standard)
                .mapToLong(r -> people.applyAsInt(r.area())).sum();
        return Summary.of(times(rows, in, people), within);
    }

    private static WeightedMinutes times(List<AreaAccess> rows, Predicate<Area> in, ToIntFunction<Area> people) {
        double[] minutes = rows.stream().mapToDouble(AreaAccess::minutes).toArray();
        double[] weights = rows.stream()
                .mapToDouble(r -> in.test(r.area()) ? people.applyAsInt(r.area()) : 0).toArray();
        return WeightedMinutes.of(minutes, weights);
    }

    private static ChoiceSummary choice(List<AreaAccess> rows) {
        long[] buckets = new long[CHOICE_BUCKETS];
        double weighted = 0;
        long population = 0;
        for (AreaAccess r : rows) {
            int people = r.area().population();
            buckets[Math.min(r.sitesWithin(), CHOICE_BUCKETS - 1)] += people;
            weighted += (double) people * r.sitesWithin();
            population += people;
        }
        return new ChoiceSummary(population == 0 ? Double.NaN : weighted / population, buckets);
    }

    private static NextNearestSummary nextNearest(List<AreaAccess> rows, double standard, int siteCount) {
        if (siteCount < 2) {
            return new NextNearestSummary(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] weights = rows.stream().mapToDouble(r -> r.area().population()).toArray();
        WeightedMinutes next = WeightedMinutes.of(rows.stream().mapToDouble(AreaAccess::nextMinutes).toArray(), weights);
        WeightedMinutes extra = WeightedMinutes.of(
                rows.stream().mapToDouble(r -> r.nextMinutes() - r.minutes()).toArray(), weights);
        return new NextNearestSummary(next.mean(), extra.mean(), extra.quantile(0.9),
                next.totalWeight() == 0 ? Double.NaN : next.weightAtMost(standard) / next.totalWeight());
    }
}
