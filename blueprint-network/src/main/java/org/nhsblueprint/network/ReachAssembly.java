package org.nhsblueprint.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.Reach;
import org.nhsblueprint.travel.TravelTimes;

/**
 * Turns a network matrix into a {@link Reach}, filling every pair the network cannot answer from the fallback: a
 * covered area's journeys to sites outside the network are estimated and ranked with its road journeys; an area
 * outside the network, or one no tree reached, is estimated entirely. Counts what fell back, in the notes. One use.
 */
final class ReachAssembly {
    private final List<GeoPoint> origins;
    private final List<GeoPoint> destinations;
    private final TravelMode mode;
    private final int nearest;
    private final double withinMinutes;
    private final SiteTimes times;
    private final TravelTimes fallback;

    ReachAssembly(List<GeoPoint> origins, List<GeoPoint> destinations, TravelMode mode, int nearest,
                  double withinMinutes, SiteTimes times, TravelTimes fallback) {
        this.origins = origins;
        this.destinations = destinations;
        this.mode = mode;
        this.nearest = nearest;
        this.withinMinutes = withinMinutes;
        this.times = times;
        this.fallback = fallback;
    }

    Reach reach(NetworkStamp stamp, NetworkMode road) {
        int n = origins.size();
        int m = destinations.size();
        List<Integer> outside = new ArrayList<>();
        for (int d = 0; d < m; d++) {
            if (!times.destinationCovered[d]) {
                outside.add(d);
            }
        }
        int[] dest = new int[n * nearest];
        double[] minutes = new double[n * nearest];
        int[] within = new int[n];
        List<Integer> estimateAll = new ArrayList<>();
        int uncovered = 0;
        int unreached = 0;
        for (int o = 0; o < n; o++) {
            if (!times.originCovered[o]) {
                uncovered++;
                estimateAll.add(o);
                continue;
            }
            int roads = times.offsets[o + 1] - times.offsets[o];
            int size = roads + outside.size();
            if (size < Math.min(nearest, m) || (roads == 0 && outside.size() < m)) {
                unreached++;
                estimateAll.add(o);
                continue;
            }
            double[] candMinutes = new double[size];
            int[] candDest = new int[size];
            for (int i = 0; i < roads; i++) {
                candMinutes[i] = times.minutes[times.offsets[o] + i];
                candDest[i] = times.destination[times.offsets[o] + i];
            }
            for (int j = 0; j < outside.size(); j++) {
                candDest[roads + j] = outside.get(j);
                candMinutes[roads + j] = fallback.minutes(origins.get(o), destinations.get(outside.get(j)), mode);
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(candMinutes[a], candMinutes[b]);
                return c != 0 ? c : Integer.compare(candDest[a], candDest[b]);
            });
            for (int r = 0; r < nearest; r++) {
                dest[o * nearest + r] = r < size ? candDest[order[r]] : -1;
                minutes[o * nearest + r] = r < size ? candMinutes[order[r]] : Double.NaN;
            }
            int count = 0;
            for (int i = 0; i < size; i++) {
                count += candMinutes[i] <= withinMinutes ? 1 : 0;
            }
            within[o] = count;
        }
        if (!estimateAll.isEmpty()) {
            List<GeoPoint> subset = estimateAll.stream().map(origins::get).toList();
            Reach estimated = fallback.reach(subset, destinations, mode, nearest, withinMinutes);
            for (int i = 0; i < estimateAll.size(); i++) {
                int o = estimateAll.get(i);
                for (int r = 0; r < nearest; r++) {
                    dest[o * nearest + r] = estimated.destination(i, r);
                    minutes[o * nearest + r] = estimated.minutes(i, r);
                }
                within[o] = estimated.withinCount(i);
            }
        }
        long estimatedPairs = (long) estimateAll.size() * m + (long) (n - estimateAll.size()) * outside.size();
        String snaps = snapSummary();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "Road network %s (%s): %s of %s areas and %s of %s sites lie outside it"
                        + " (more than %.0f m from a usable road)%s; %s of %s area-site pairs (%.1f%%) use the estimate"
                        + " instead.%s", stamp.osmFile(), road.profileName(), NetworkTravelTimes.count(uncovered),
                NetworkTravelTimes.count(n), NetworkTravelTimes.count(outside.size()), NetworkTravelTimes.count(m),
                RoadNetwork.MAX_SNAP_METRES,
                unreached == 0 ? "" : ", and " + NetworkTravelTimes.count(unreached) + " areas reached fewer than "
                        + nearest + " sites by road within " + (int) times.limitMinutes + " minutes, so their"
                        + " journeys were estimated",
                NetworkTravelTimes.count(estimatedPairs), NetworkTravelTimes.count((long) n * m),
                n * (long) m == 0 ? 0 : 100.0 * estimatedPairs / ((long) n * m), snaps));
        int[] estimatedOrigins = estimateAll.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] estimatedDestinations = outside.stream().mapToInt(Integer::intValue).toArray();
        return new Reach(n, nearest, withinMinutes, dest, minutes, within, notes, estimatedOrigins,
                estimatedDestinations);
    }

    /**
     * How far the routed points lay from their roads: road times run from the snapped points, so this walk is not
     * in them.
     */
    private String snapSummary() {
        double[] a = covered(times.originSnapMetres, times.originCovered);
        double[] s = covered(times.destinationSnapMetres, times.destinationCovered);
        if (a.length == 0 || s.length == 0) {
            return "";
        }
        return String.format(Locale.ROOT, " Routed areas lie a median of %.0f m (at most %.0f m) and routed sites a"
                + " median of %.0f m (at most %.0f m) from the road they were joined to; that distance is not in"
                + " the road times.", a[a.length / 2], a[a.length - 1], s[s.length / 2], s[s.length - 1]);
    }

    private static double[] covered(double[] metres, boolean[] covered) {
        return java.util.stream.IntStream.range(0, metres.length).filter(i -> covered[i])
                .mapToDouble(i -> metres[i]).sorted().toArray();
    }
}
