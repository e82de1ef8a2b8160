package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColourScaleTest {
    @Test
    void breaksAreRoundAndCoverEveryValueInAtMostSevenClasses() {
        ColourScale s = ColourScale.of(new double[] {4.2, 7.9, 11.7, Double.NaN});
        assertEquals(List.of(4.0, 6.0, 8.0, 10.0, 12.0), s.breaks());
        assertEquals(4, s.colours().size());
        assertEquals("4\u20136", s.label(0));
    }

    @Test
    void shortTimesAreLightAndLongTimesDark() {
        ColourScale s = ColourScale.of(new double[] {3, 40});
        assertTrue(s.colours().size() >= 3 && s.colours().size() <= ColourScale.MAX_CLASSES, s.toString());
        assertEquals("#ffffcc", s.colour(3).toLowerCase());
        assertEquals(s.colours().get(s.colours().size() - 1), s.colour(40));
        assertEquals(ColourScale.NO_DATA, s.colour(Double.NaN));
    }

    @Test
    void theUpperLimitBelongsToTheLastClass() {
        ColourScale s = ColourScale.of(new double[] {4, 12});
        assertEquals(12.0, s.breaks().get(s.breaks().size() - 1));
        assertEquals(s.colours().get(s.colours().size() - 1), s.colour(12));
    }

    @Test
    void equalValuesMakeOneClass() {
        ColourScale s = ColourScale.of(new double[] {5, 5});
        assertEquals(1, s.colours().size());
        assertTrue(s.breaks().get(0) <= 5 && s.breaks().get(1) >= 5, s.toString());
    }

    @Test
    void negativeTimesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ColourScale.of(new double[] {-1, 3}));
    }
}
