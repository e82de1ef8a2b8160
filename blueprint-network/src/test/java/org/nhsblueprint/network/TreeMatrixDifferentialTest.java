package org.nhsblueprint.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nhsblueprint.model.GeoPoint;

/**
 * The fast matrix (one reversed shortest-path tree per destination over one shared query graph) against the slow
 * obvious one (GraphHopper's own router, one call per pair) on random Camden pairs: real area centroids, real GP
 * practices and random points in the extract's extent. The seed is printed in every failure; rerun one with
 * {@code -Dblueprint.seed=N}.
 */
class TreeMatrixDifferentialTest {
    private static final long SEED = Long.getLong("blueprint.seed", new Random().nextLong());
    /** Long enough for a walk across the whole extract, so the tree finds every pair the router does. */
    private static final double LIMIT_MINUTES = 8 * 60;
    /** GraphHopper rounds each edge's time to the millisecond, and virtual edges split differently. */
    private static final double MINUTES_TOLERANCE = 1 / 60.0;
    private static final double METRES_TOLERANCE = 1;
    private static final int REAL_ORIGINS = 25;
    private static final int REAL_DESTINATIONS = 12;

    @ParameterizedTest(name = "{0}")
    @EnumSource(NetworkMode.class)
    void theTreeMatrixEqualsGraphHoppersOwnRoutingPairByPair(NetworkMode mode) {
        RoadNetwork network = CamdenNetwork.get();
        Random random = new Random(SEED + mode.ordinal());
        List<GeoPoint> origins = CamdenPoints.concat(CamdenPoints.sample(CamdenPoints.areas(), random,
                REAL_ORIGINS), CamdenPoints.random(random, 15));
        List<GeoPoint> destinations = CamdenPoints.concat(CamdenPoints.sample(CamdenPoints.practices(), random,
                REAL_DESTINATIONS), CamdenPoints.random(random, 6));

        SiteTimes tree = TreeMatrix.compute(network, mode, origins, destinations, LIMIT_MINUTES);

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (int o = 0; o < origins.size(); o++) {
            for (int d = 0; d < destinations.size(); d++) {
                if (!network.inBounds(origins.get(o)) || !network.inBounds(destinations.get(d))) {
                    // the router refuses a point beyond the graph's bounding box (the tree reaches it): no reference
                    continue;
                }
                Journey routed = routeOrNull(network, origins.get(o), destinations.get(d), mode);
                boolean covered = tree.originCovered[o] && tree.destinationCovered[d];
                int at = find(tree, o, d);
                String pair = String.format(Locale.ROOT, "%s -> %s", origins.get(o), destinations.get(d));
                if (!covered || routed == null) {
                    if (covered || routed != null || at >= 0) {
                        mismatches.add(pair + ": covered by the tree " + covered + ", found by the tree " + (at >= 0)
                                + ", routed " + routed);
                    }
                    continue;
                }
                compared++;
                if (at < 0) {
                    mismatches.add(pair + ": routed " + routed + " but the tree did not reach it");
                } else if (Math.abs(tree.minutes[at] - routed.minutes()) > MINUTES_TOLERANCE
                        || Math.abs(tree.metres[at] - routed.metres()) > METRES_TOLERANCE) {
                    mismatches.add(String.format(Locale.ROOT, "%s: tree %.4f min %.1f m, router %.4f min %.1f m",
                            pair, tree.minutes[at], tree.metres[at], routed.minutes(), routed.metres()));
                }
            }
        }
        int pairs = origins.size() * destinations.size();
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + pairs + " " + mode + " pairs differ (seed "
                + SEED + "):\n" + String.join("\n", mismatches.subList(0, Math.min(20, mismatches.size()))));
        // every real area and practice is inside the network (random points in the extent's corners may not be)
        assertTrue(compared >= REAL_ORIGINS * REAL_DESTINATIONS, "only " + compared + " of " + pairs + " " + mode
                + " pairs were inside the network (seed " + SEED + ")");
    }

    /** GraphHopper's journey, or null if it refuses the pair (an end outside coverage, or no connection). */
    private static Journey routeOrNull(RoadNetwork network, GeoPoint from, GeoPoint to, NetworkMode mode) {
        try {
            return network.route(from, to, mode);
        } catch (NetworkException e) {
            return null;
        }
    }

    /** The index of origin o's journey to destination d in the sparse table, or -1. */
    private static int find(SiteTimes t, int o, int d) {
        for (int i = t.offsets[o]; i < t.offsets[o + 1]; i++) {
            if (t.destination[i] == d) {
                return i;
            }
        }
        return -1;
    }
}
