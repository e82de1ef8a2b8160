package org.nhsblueprint.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sketch against exact quantiles of the same values, and merging in any order. */
class QuantileSketchTest {

    @Test
    void everyQuantileIsWithinTheRelativeAccuracyOfTheExactValueAtItsRank() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + random.nextInt(20_000);
            double[] values = new double[n];
            QuantileSketch sketch = new QuantileSketch(0.001);
            for (int i = 0; i < n; i++) {
                double x = switch (trial % 4) {
                    case 0 -> random.nextGaussian() * 1e6;              // both signs
                    case 1 -> Math.exp(random.nextGaussian() * 5);      // many magnitudes
                    case 2 -> random.nextInt(3);                        // 0, 1, 2 (indicators and counts)
                    default -> -random.nextDouble();                    // all negative
                };
                values[i] = x;
                sketch.add(x);
            }
            Arrays.sort(values);
            for (double q : new double[] {0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1}) {
                double exact = values[(int) Math.floor(q * (n - 1))];
                double got = sketch.quantile(q);
                double allowed = Math.abs(exact) * 0.001 + QuantileSketch.ZERO;
                assertEquals(exact, got, allowed, "seed " + seed + " trial " + trial + " q " + q);
            }
            assertEquals(n, sketch.count());
        }
    }

    @Test
    void mergingInAnyOrderGivesIdenticalQuantiles() {
        Random random = new Random(7);
        QuantileSketch[] parts = new QuantileSketch[8];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new QuantileSketch(0.01);
            for (int i = 0; i < 1000; i++) {
                parts[p].add(random.nextGaussian() * (p + 1) * 100);
            }
        }
        QuantileSketch forward = new QuantileSketch(0.01);
        QuantileSketch backward = new QuantileSketch(0.01);
        for (int p = 0; p < parts.length; p++) {
            forward.merge(parts[p]);
            backward.merge(parts[parts.length - 1 - p]);
        }
        for (double q = 0; q <= 1; q += 0.01) {
            assertEquals(forward.quantile(q), backward.quantile(q), 0.0, "q " + q);
        }
    }

    @Test
    void memoryFollowsTheRangeOfValuesNotTheirNumber() {
        // a drifting stream keeps setting new extremes; the sketch must not grow with each one
        QuantileSketch s = new QuantileSketch(0.001);
        Random random = new Random(11);
        for (int i = 0; i < 2_000_000; i++) {
            s.add((random.nextGaussian() + i * 1e-6) * 1e6);
        }
        // values between about -6e6 and 8e6: about 2 x ln(8e6 / 1e-9) / 0.002 = 23,000 buckets at most
        assertTrue(s.bucketCount() < 60_000, "buckets " + s.bucketCount());
        assertEquals(2_000_000, s.count());
    }

    @Test
    void theShareAtOrBelowAValueMatchesCounting() {
        QuantileSketch s = new QuantileSketch(0.001);
        for (int i = 1; i <= 1000; i++) {
            s.add(-i / 1000.0);
        }
        assertEquals(0.0, s.shareAtOrBelow(-1.01), 1e-12);
        assertEquals(0.72, s.shareAtOrBelow(-0.2805), 0.002);
        assertEquals(1.0, s.shareAtOrBelow(0), 1e-12);
        assertTrue(s.shareAtOrBelow(-0.5) >= 0.5 && s.shareAtOrBelow(-0.5) <= 0.502);
    }
}
