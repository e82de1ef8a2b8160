package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AppraisalChangeScaleTest {
    @Test
    void theStepIsTheSmallestRoundOneThatCoversTheLargestChangeEitherWayInFourClasses() {
        AppraisalChangeScale s = AppraisalChangeScale.of(new double[] {-3, 0, 7.5, Double.NaN});
        assertEquals(2, s.step());
        assertEquals(4, s.classesASide());
        assertEquals(new AppraisalChangeScale(0.5, 1), AppraisalChangeScale.of(new double[] {0, 0}));
        assertEquals(new AppraisalChangeScale(5, 3), AppraisalChangeScale.of(new double[] {12}));
    }

    @Test
    void onlyExactlyNoChangeIsNeutralAndTheSignPicksRedOrBlue() {
        AppraisalChangeScale s = new AppraisalChangeScale(2, 4);
        assertEquals(0, s.classOf(0));
        assertEquals(1, s.classOf(0.001));
        assertEquals(-1, s.classOf(-0.001));
        assertEquals(2, s.classOf(4));
        assertEquals(4, s.classOf(99), "beyond the last break stays in the last class");
        assertEquals(AppraisalChangeScale.NO_CHANGE, s.colour(0));
        assertEquals("#b2182b", s.colour(8), "darkest red for the longest");
        assertEquals("#2166ac", s.colour(-8), "darkest blue for the shortest");
        assertEquals(ColourScale.NO_DATA, s.colour(Double.NaN));
        assertNotEquals(s.colour(1), s.colour(-1));
    }

    @Test
    void labelsSayHowMuchLongerOrShorter() {
        AppraisalChangeScale s = new AppraisalChangeScale(2.5, 3);
        assertEquals("no change", s.label(0));
        assertEquals("up to 2.5 min longer", s.label(1));
        assertEquals("2.5\u20135 min longer", s.label(2));
        assertEquals("over 5 min longer", s.label(3));
        assertEquals("up to 2.5 min shorter", s.label(-1));
    }

    @Test
    void changesAreSignedWithATrueMinus() {
        assertEquals("+3.2", AppraisalFigures.change(3.24));
        assertEquals("\u22121.0", AppraisalFigures.change(-1));
        assertEquals("0.0", AppraisalFigures.change(-0.01));
        assertEquals(Display.NOT_APPLICABLE, AppraisalFigures.change(Double.NaN));
    }
}
