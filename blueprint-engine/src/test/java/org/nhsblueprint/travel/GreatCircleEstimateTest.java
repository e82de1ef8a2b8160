package org.nhsblueprint.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.TravelMode;

class GreatCircleEstimateTest {

    @Test
    void oneDegreeOfLatitudeIsAboutOneHundredAndElevenKilometres() {
        double minutes = new GreatCircleEstimate(TestSpeeds.kilometrePerMinute())
                .minutes(new GeoPoint(51, 0), new GeoPoint(52, 0), TravelMode.CAR);
        assertEquals(GeoPoint.EARTH_RADIUS_METRES * Math.PI / 180 / 1000, minutes, 1e-9);
        assertEquals(111.195, minutes, 0.001);
    }

    @Test
    void walkingTimeFollowsTheCitedSpeedAndCircuity() {
        GeoPoint a = new GeoPoint(51.5, -0.1);
        GeoPoint b = new GeoPoint(51.51, -0.1);
        double metres = a.metresTo(b);
        double minutes = new GreatCircleEstimate(EstimateParameters.londonDefaults()).minutes(a, b, TravelMode.WALK);
        assertEquals(metres * 1.2 / 80.0, minutes, 1e-6);
    }

    @Test
    void publicTransportAddsItsFixedTime() {
        GeoPoint a = new GeoPoint(51.5, -0.1);
        assertEquals(10.0, new GreatCircleEstimate(EstimateParameters.londonDefaults())
                .minutes(a, a, TravelMode.PUBLIC_TRANSPORT), 1e-9);
    }

    @Test
    void reachMatchesPairByPairMinutesAndCounts() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<GeoPoint> origins = KdTreeIndexTest.randomPoints(random, 300, false);
        List<GeoPoint> sites = KdTreeIndexTest.randomPoints(random, 40, false);
        GreatCircleEstimate estimate = new GreatCircleEstimate(EstimateParameters.londonDefaults());
        Reach reach = estimate.reach(origins, sites, TravelMode.AMBULANCE, 3, 12);
        for (int o = 0; o < origins.size(); o++) {
            GeoPoint from = origins.get(o);
            double[] all = sites.stream().mapToDouble(s -> estimate.minutes(from, s, TravelMode.AMBULANCE)).sorted().toArray();
            for (int r = 0; r < 3; r++) {
                assertEquals(all[r], reach.minutes(o, r), 1e-9, "seed " + seed);
                assertEquals(all[r], estimate.minutes(from, sites.get(reach.destination(o, r)), TravelMode.AMBULANCE),
                        1e-9, "seed " + seed);
            }
            long within = java.util.Arrays.stream(all).filter(m -> m <= 12).count();
            assertEquals(within, reach.withinCount(o), "seed " + seed + " origin " + o);
        }
    }

    @Test
    void theSameInputsGiveIdenticalReachWhateverTheThreads() throws Exception {
        Random random = new Random(7);
        List<GeoPoint> origins = KdTreeIndexTest.randomPoints(random, 5000, false);
        List<GeoPoint> sites = KdTreeIndexTest.randomPoints(random, 100, false);
        GreatCircleEstimate estimate = new GreatCircleEstimate(EstimateParameters.londonDefaults());
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        java.util.concurrent.ForkJoinPool eight = new java.util.concurrent.ForkJoinPool(8);
        try {
            Reach single = one.submit(() -> estimate.reach(origins, sites, TravelMode.CAR, 2, 15)).get();
            Reach many = eight.submit(() -> estimate.reach(origins, sites, TravelMode.CAR, 2, 15)).get();
            assertEquals(single, many);
        } finally {
            one.shutdown();
            eight.shutdown();
        }
    }

    @Test
    void theTreeAndTheAllPairsScanGiveIdenticalReach() {
        Random random = new Random(11);
        List<GeoPoint> origins = KdTreeIndexTest.randomPoints(random, 2000, false);
        List<GeoPoint> sites = KdTreeIndexTest.randomPoints(random, 100, false);
        GreatCircleEstimate estimate = new GreatCircleEstimate(EstimateParameters.londonDefaults());
        assertEquals(estimate.reach(origins, AllPairsScan.of(sites), TravelMode.AMBULANCE, 3, 30),
                estimate.reach(origins, KdTreeIndex.of(sites), TravelMode.AMBULANCE, 3, 30));
    }

    @Test
    void fewerSitesThanRequestedLeavesTheRestEmpty() {
        GreatCircleEstimate estimate = new GreatCircleEstimate(EstimateParameters.londonDefaults());
        Reach reach = estimate.reach(List.of(new GeoPoint(51.5, 0)), List.of(new GeoPoint(51.6, 0)), TravelMode.CAR, 2, 60);
        assertEquals(0, reach.destination(0, 0));
        assertEquals(-1, reach.destination(0, 1));
        assertTrue(Double.isNaN(reach.minutes(0, 1)));
        assertEquals(1, reach.withinCount(0));
    }
}
