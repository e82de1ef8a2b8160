package org.nhsblueprint.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.nhsblueprint.travel.Reach;
import org.nhsblueprint.travel.TravelTimes;

/** Road-network reach on real Camden areas and practices: what falls back to the estimate, and how it is reported. */
class NetworkTravelTimesTest {
    private static final TravelTimes ESTIMATE = new GreatCircleEstimate(EstimateParameters.londonDefaults());
    /** Portland Medical Centre, South Norwood (Croydon): a real practice 15 km outside the Camden extract. */
    private static final GeoPoint CROYDON_PRACTICE = new GeoPoint(51.392418, -0.066761);
    private static final double SECOND = 1 / 60.0;

    @Test
    void areasAndSitesOutsideTheNetworkAreEstimatedAndCountedInTheNotesWhileCoveredAreasKeepRoadTimes(
            @TempDir Path dir) {
        List<GeoPoint> camdenAreas = CamdenPoints.areas();
        List<GeoPoint> origins = new ArrayList<>(camdenAreas);
        origins.add(3, CamdenPoints.CROYDON);
        origins.add(CamdenPoints.HEATHROW);
        List<GeoPoint> destinations = new ArrayList<>(CamdenPoints.practices());
        destinations.add(5, CROYDON_PRACTICE);
        int n = origins.size();
        int m = destinations.size();

        try (RoadNetwork network = CamdenNetwork.copyInto(dir)) {
            Reach reach = new NetworkTravelTimes(network, ESTIMATE).reach(origins, destinations, TravelMode.CAR, 2, 15);

            long estimatedPairs = 2L * m + (long) (n - 2);
            String note = reach.notes().get(0);
            assertTrue(note.contains("2 of " + n + " areas and 1 of " + m + " sites lie outside it"), note);
            assertTrue(note.contains(String.format(Locale.ROOT, "%,d of %,d area-site pairs (%.1f%%) use the"
                    + " estimate", estimatedPairs, (long) n * m, 100.0 * estimatedPairs / ((long) n * m))), note);
            assertEquals(1, reach.notes().size(), reach.notes().toString());

            Reach estimated = ESTIMATE.reach(List.of(CamdenPoints.CROYDON, CamdenPoints.HEATHROW), destinations,
                    TravelMode.CAR, 2, 15);
            int[] outside = {3, n - 1};
            for (int i = 0; i < outside.length; i++) {
                for (int r = 0; r < 2; r++) {
                    assertEquals(estimated.destination(i, r), reach.destination(outside[i], r), "rank " + r);
                    assertEquals(estimated.minutes(i, r), reach.minutes(outside[i], r), "rank " + r);
                }
                assertEquals(estimated.withinCount(i), reach.withinCount(outside[i]));
            }
            assertEquals(5, reach.destination(3, 0), "Croydon's nearest practice is the Croydon one");

            for (int o = 0; o < n; o++) {
                if (o == 3 || o == n - 1) {
                    continue;
                }
                int site = reach.destination(o, 0);
                assertNotEquals(5, site, "a Camden area's nearest practice is not in Croydon");
                Journey road = network.route(origins.get(o), destinations.get(site), NetworkMode.CAR);
                assertEquals(road.minutes(), reach.minutes(o, 0), SECOND, "area " + o + " to practice " + site);
            }
        }
    }

    @Test
    void anAreaWithFewerThanTheRequestedSitesInTheFirstSearchStillGetsRoadTimes(@TempDir Path dir) {
        List<GeoPoint> areas = CamdenPoints.areas();
        List<GeoPoint> practices = CamdenPoints.practices();
        try (RoadNetwork network = CamdenNetwork.copyInto(dir)) {
            Reach reach = new NetworkTravelTimes(network, ESTIMATE).reach(areas, practices, TravelMode.WALK, 5, 5);

            assertFalse(reach.notes().get(0).contains("reached by no site"), reach.notes().get(0));
            // every area's five quickest practices by road (the tree matrix equals GraphHopper's router, see
            // TreeMatrixDifferentialTest), with a limit long enough to reach every practice from every area
            SiteTimes all = TreeMatrix.compute(network, NetworkMode.FOOT, areas, practices, 8 * 60);
            for (int o = 0; o < areas.size(); o++) {
                double[] sorted = Arrays.copyOfRange(all.minutes, all.offsets[o], all.offsets[o + 1]);
                Arrays.sort(sorted);
                for (int r = 0; r < 5; r++) {
                    assertEquals(sorted[r], reach.minutes(o, r), 1e-9, "area " + o + ", rank " + r);
                }
            }
        }
    }

    @Test
    void theReachIsTheSameOnOneThreadAndOnFour(@TempDir Path dir) throws Exception {
        List<GeoPoint> areas = CamdenPoints.areas();
        List<GeoPoint> practices = CamdenPoints.practices();
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try (RoadNetwork a = CamdenNetwork.copyInto(dir.resolve("a"));
             RoadNetwork b = CamdenNetwork.copyInto(dir.resolve("b"))) {
            for (TravelMode mode : List.of(TravelMode.WALK, TravelMode.AMBULANCE)) {
                Reach single = one.submit(() -> new NetworkTravelTimes(a, ESTIMATE)
                        .reach(areas, practices, mode, 3, 20)).get();
                Reach parallel = four.submit(() -> new NetworkTravelTimes(b, ESTIMATE)
                        .reach(areas, practices, mode, 3, 20)).get();
                assertEquals(single, parallel, mode.id());
            }
            // each network computed its own matrices: the equality above is not one cache file read twice
            assertEquals(CamdenNetwork.cachedMatrices(a), CamdenNetwork.cachedMatrices(b));
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }

    @Test
    void aModeWithoutAProfileFallsBackToTheEstimateEntirelyWithANote(@TempDir Path dir) {
        List<GeoPoint> areas = CamdenPoints.areas();
        List<GeoPoint> practices = CamdenPoints.practices();
        try (RoadNetwork network = CamdenNetwork.copyInto(dir)) {
            NetworkTravelTimes times = new NetworkTravelTimes(network, ESTIMATE);
            for (TravelMode mode : List.of(TravelMode.CYCLE, TravelMode.PUBLIC_TRANSPORT)) {
                Reach reach = times.reach(areas, practices, mode, 2, 15);

                Reach estimate = ESTIMATE.reach(areas, practices, mode, 2, 15);
                assertEquals(estimate.withNotes(reach.notes()), reach, mode.id());
                assertEquals(List.of("The road network has no " + mode.id().replace('_', ' ') + " profile: all "
                        + String.format(Locale.ROOT, "%,d", areas.size() * practices.size())
                        + " area-site pairs use the estimate."), reach.notes());
                assertEquals(ESTIMATE.minutes(CamdenNetwork.UCH, CamdenNetwork.ROYAL_FREE, mode),
                        times.minutes(CamdenNetwork.UCH, CamdenNetwork.ROYAL_FREE, mode));
            }
            assertEquals(List.of(), CamdenNetwork.cachedMatrices(network), "nothing was computed, nothing cached");
        }
    }
}
