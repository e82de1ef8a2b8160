package org.nhsblueprint.travel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.GeoPoint;

/** Differential test: the k-d tree must answer exactly as the all-pairs scan, on random points, ties included. */
class KdTreeIndexTest {

    @Test
    void nearestAndWithinAgreeWithTheAllPairsScanOnRandomPoints() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int trial = 0; trial < 60; trial++) {
            int n = trial < 5 ? trial : 1 + random.nextInt(1500);
            boolean clustered = trial % 3 == 0;
            List<GeoPoint> sites = randomPoints(random, n, clustered);
            KdTreeIndex tree = new KdTreeIndex(UnitVectors.of(sites));
            AllPairsScan scan = new AllPairsScan(UnitVectors.of(sites));
            List<GeoPoint> queries = randomPoints(random, 200, false);
            queries.addAll(sites.subList(0, Math.min(20, sites.size())));
            for (GeoPoint q : queries) {
                double[] v = new double[3];
                UnitVectors.put(q, v, 0);
                int k = 1 + random.nextInt(5);
                int[] ti = new int[k];
                int[] si = new int[k];
                double[] td = new double[k];
                double[] sd = new double[k];
                int tf = tree.nearest(v[0], v[1], v[2], ti, td);
                int sf = scan.nearest(v[0], v[1], v[2], si, sd);
                String where = "seed " + seed + ", trial " + trial + ", n " + n + ", query " + q;
                assertEquals(sf, tf, where);
                assertArrayEquals(si, ti, where);
                assertArrayEquals(sd, td, where);
                // small radii (a walk) and large ones (a long drive) that swallow whole subtrees
                double r2 = UnitVectors.chordSquared(random.nextDouble() * (random.nextBoolean() ? 3_000 : 60_000));
                assertEquals(scan.countWithin(v[0], v[1], v[2], r2), tree.countWithin(v[0], v[1], v[2], r2), where);
            }
        }
    }

    @Test
    void equallyDistantPointsAreReturnedInIndexOrder() {
        List<GeoPoint> sites = List.of(new GeoPoint(51.5, -0.1), new GeoPoint(51.5, -0.1), new GeoPoint(51.5, -0.1));
        KdTreeIndex tree = new KdTreeIndex(UnitVectors.of(sites));
        double[] v = new double[3];
        UnitVectors.put(new GeoPoint(51.6, -0.1), v, 0);
        int[] idx = new int[2];
        tree.nearest(v[0], v[1], v[2], idx, new double[2]);
        assertArrayEquals(new int[] {0, 1}, idx);
    }

    /** Points over Greater London, or clustered in a few streets (many near-duplicates) to stress ties. */
    static List<GeoPoint> randomPoints(Random random, int n, boolean clustered) {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (clustered) {
                double lat = 51.5 + 0.001 * random.nextInt(5);
                double lon = -0.1 + 0.001 * random.nextInt(5);
                points.add(new GeoPoint(lat, lon));
            } else {
                points.add(new GeoPoint(51.28 + random.nextDouble() * 0.42, -0.52 + random.nextDouble() * 0.86));
            }
        }
        return points;
    }
}
