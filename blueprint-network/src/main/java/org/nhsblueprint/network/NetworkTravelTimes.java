package org.nhsblueprint.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.Reach;
import org.nhsblueprint.travel.TravelTimes;

/**
 * Road-network travel times: matrices from {@link TreeMatrix} (cached in the network folder), with a fallback
 * {@link TravelTimes} (the estimate) for every pair the network cannot answer: a mode it has no profile for (cycling,
 * public transport), an area or site outside its coverage, or an area no tree reached. Each {@link Reach} says how
 * many pairs fell back. Thread-safe if the network is.
 */
public final class NetworkTravelTimes implements TravelTimes {
    /** The search starts at twice the time standard (at least 30 minutes) and doubles up to this limit. */
    static final double MAX_SEARCH_MINUTES = 8 * 60;

    private final RoadNetwork network;
    private final TravelTimes fallback;
    private final MatrixCache cache;

    public NetworkTravelTimes(RoadNetwork network, TravelTimes fallback) {
        this.network = network;
        this.fallback = fallback;
        this.cache = new MatrixCache(network.dir(), network.stamp());
    }

    @Override
    public double minutes(GeoPoint from, GeoPoint to, TravelMode mode) {
        Optional<NetworkMode> road = NetworkMode.of(mode);
        if (road.isEmpty()) {
            return fallback.minutes(from, to, mode);
        }
        try {
            return network.route(from, to, road.get()).minutes();
        } catch (NetworkException e) {
            return fallback.minutes(from, to, mode);
        }
    }

    @Override
    public Reach reach(List<GeoPoint> origins, List<GeoPoint> destinations, TravelMode mode, int nearest,
                       double withinMinutes) {
        Optional<NetworkMode> road = NetworkMode.of(mode);
        if (road.isEmpty()) {
            Reach estimated = fallback.reach(origins, destinations, mode, nearest, withinMinutes);
            return withNotes(estimated, List.of("The road network has no " + mode.id().replace('_', ' ')
                    + " profile: all " + count((long) origins.size() * destinations.size())
                    + " area-site pairs use the estimate."));
        }
        SiteTimes times = search(road.get(), origins, destinations, withinMinutes, nearest);
        return new ReachAssembly(origins, destinations, mode, nearest, withinMinutes, times, fallback).reach(
                network.stamp(), road.get());
    }

    /** Searches with a growing limit until every covered origin has its nearest sites (or the limit is reached). */
    private SiteTimes search(NetworkMode mode, List<GeoPoint> origins, List<GeoPoint> destinations, double within,
                             int nearest) {
        double limit = Math.max(30, 2 * within);
        while (true) {
            double l = limit;
            SiteTimes times = cache.get(mode, origins, destinations, l,
                    () -> TreeMatrix.compute(network, mode, origins, destinations, l));
            if (limit >= MAX_SEARCH_MINUTES || everyCoveredOriginHas(times, nearest)) {
                return times;
            }
            limit = Math.min(MAX_SEARCH_MINUTES, limit * 2);
        }
    }

    private static boolean everyCoveredOriginHas(SiteTimes t, int nearest) {
        long coveredDestinations = 0;
        for (boolean c : t.destinationCovered) {
            coveredDestinations += c ? 1 : 0;
        }
        int wanted = (int) Math.min(nearest, coveredDestinations);
        for (int o = 0; o < t.origins(); o++) {
            if (t.originCovered[o] && t.offsets[o + 1] - t.offsets[o] < wanted) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String describe(TravelMode mode) {
        Optional<NetworkMode> road = NetworkMode.of(mode);
        NetworkStamp s = network.stamp();
        if (road.isEmpty()) {
            return "The road network has no " + mode.id().replace('_', ' ') + " profile, so: "
                    + fallback.describe(mode);
        }
        return String.format(Locale.ROOT, "Road-network times from OpenStreetMap (%s, © OpenStreetMap contributors,"
                        + " ODbL) with GraphHopper, %s profile, shortest-path trees from each site; points more than"
                        + " %.0f m from a usable road are outside the network and use the estimate instead: %s",
                s.osmFile(), road.get().profileName(), RoadNetwork.MAX_SNAP_METRES, fallback.describe(mode));
    }

    static Reach withNotes(Reach r, List<String> notes) {
        List<String> all = new ArrayList<>(r.notes());
        all.addAll(notes);
        return r.withNotes(all);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
