package org.nhsblueprint.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightedMinutesTest {
    private final WeightedMinutes times = WeightedMinutes.of(new double[] {10, 2, 5, 99}, new double[] {1, 1, 2, 0});

    @Test
    void meanIsWeightedAndIgnoresZeroWeights() {
        assertEquals((10 + 2 + 2 * 5) / 4.0, times.mean(), 1e-12);
        assertEquals(10, times.max());
    }

    @Test
    void quantilesAreTheLowestTimeReachingTheShareOfPeople() {
        // sorted: 2 (w1, cum 1), 5 (w2, cum 3), 10 (w1, cum 4)
        assertEquals(2, times.quantile(0));
        assertEquals(2, times.quantile(0.25));
        assertEquals(5, times.quantile(0.26));
        assertEquals(5, times.quantile(0.5));
        assertEquals(5, times.quantile(0.75));
        assertEquals(10, times.quantile(0.9));
        assertEquals(10, times.quantile(1));
    }

    @Test
    void cumulativeSharesCountJourneysAtMostEachMinute() {
        double[] shares = times.cumulativeShares(10);
        assertEquals(0, shares[1]);
        assertEquals(0.25, shares[2]);
        assertEquals(0.75, shares[5]);
        assertEquals(0.75, shares[9]);
        assertEquals(1, shares[10]);
    }

    @Test
    void emptyDistributionsGiveNotANumber() {
        WeightedMinutes none = WeightedMinutes.of(new double[] {1}, new double[] {0});
        assertTrue(Double.isNaN(none.mean()));
        assertTrue(Double.isNaN(none.quantile(0.5)));
        assertArrayEquals(new double[] {Double.NaN}, none.cumulativeShares(0));
    }

    @Test
    void negativeWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WeightedMinutes.of(new double[] {1}, new double[] {-1}));
    }
}
