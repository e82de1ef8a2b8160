package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.TravelMode;

class DisplayTest {
    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("8,796,628", Display.count(8_796_628));
        assertEquals("0", Display.count(0));
    }

    @Test
    void minutesAndSharesHaveOneDecimalPlaceAndNotApplicableIsADash() {
        assertEquals("12.3", Display.minutes(12.34));
        assertEquals("1,234.5", Display.minutes(1234.5));
        assertEquals("95.2%", Display.percent(0.9523));
        assertEquals("100.0%", Display.percent(1));
        assertEquals("\u2013", Display.minutes(Double.NaN));
        assertEquals("\u2013", Display.percent(Double.NaN));
    }

    @Test
    void aShareThatIsNotQuiteAllOrNoneNeverReadsAsAllOrNone() {
        assertEquals(">99.9%", Display.percent(8_798_243.0 / 8_799_687));
        assertEquals("<0.1%", Display.percent(0.0004));
        assertEquals("100.0%", Display.percent(1.0));
        assertEquals("0.0%", Display.percent(0.0));
    }

    @Test
    void plainNumbersDropNeedlessDecimals() {
        assertEquals("20", Display.plain(20));
        assertEquals("7.5", Display.plain(7.5));
        assertEquals("2.25", Display.plain(2.25));
    }

    @Test
    void modesReadAsWords() {
        assertEquals("Public transport", Display.mode(TravelMode.PUBLIC_TRANSPORT));
        assertEquals("Walking", Display.mode(TravelMode.WALK));
    }

    @Test
    void differencesOfSharesArePercentagePointsWithASignAndATrueMinus() {
        assertEquals("+1.1", Display.points(0.011));
        assertEquals("\u22122.7", Display.points(0.948 - 0.975));
        assertEquals("0.0", Display.points(-0.0004), "a difference that rounds to nothing has no sign");
        assertEquals("\u2013", Display.points(Double.NaN));
    }
}
