package org.nhsblueprint.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.LsoaCode;
import org.nhsblueprint.model.ServiceId;

class DemandRatesTest {
    static final String HEADER = "service,per_1000_under_65,per_1000_65_plus,source";

    @Test
    void parsesQuotedSourcesWithCommasAndQuotes() {
        DemandRates rates = DemandRates.parse(List.of(HEADER, "hasu,0.5,6,\"audit, \"\"2021/22\"\"\"", "",
                "ae,300,500,NHS England"), "rates.csv");
        DemandRate hasu = rates.of(new ServiceId("hasu")).orElseThrow();
        assertEquals(0.5, hasu.perThousandUnder65());
        assertEquals(6.0, hasu.perThousand65Plus());
        assertEquals("audit, \"2021/22\"", hasu.source());
        assertEquals(500.0, rates.of(new ServiceId("ae")).orElseThrow().perThousand65Plus());
        assertTrue(rates.of(new ServiceId("gp")).isEmpty());
    }

    @Test
    void yearlyEventsWeightEachAgeBandByItsOwnRate() {
        Area area = new Area(new LsoaCode("E01000001"), "A", new DistrictCode("E09000001"), new GeoPoint(51, 0),
                1500, 300, 5);
        DemandRate rate = new DemandRate(new ServiceId("hasu"), 2, 10, "test");
        assertEquals(2 * 1200 / 1000.0 + 10 * 300 / 1000.0, rate.yearlyEvents(area), 1e-12); // 2.4 + 3.0
    }

    @Test
    void aBadNumberIsReportedWithFileLineColumnAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemandRates.parse(List.of(HEADER, "hasu,0.5,six,src"), "rates.csv"));
        assertEquals("rates.csv line 2 column per_1000_65_plus: 'six' is not a number", e.getMessage());
    }

    @Test
    void negativeRatesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemandRates.parse(List.of(HEADER, "", "hasu,-1,6,src"), "rates.csv"));
        assertEquals("rates.csv line 3 column per_1000_under_65: -1 is not a finite non-negative number",
                e.getMessage());
    }

    @Test
    void aWrongHeaderIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemandRates.parse(List.of("service,rate,source"), "rates.csv"));
        assertTrue(e.getMessage().startsWith("rates.csv line 1: header [service, rate, source]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DemandRates.parse(List.of(), "rates.csv"));
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemandRates.parse(List.of(HEADER, "hasu,0.5,6,a,b"), "rates.csv"));
        assertEquals("rates.csv line 2: 5 fields, expected 4: hasu,0.5,6,a,b", e.getMessage());
    }

    @Test
    void badServiceIdsDuplicatesEmptySourcesAndOpenQuotesAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DemandRates.parse(List.of(HEADER, "HASU,0.5,6,src"), "r.csv")).getMessage()
                .startsWith("r.csv line 2 column service: 'HASU' is not a service id"));
        assertEquals("r.csv line 3 column service: 'hasu' appears twice", assertThrows(IllegalArgumentException.class,
                () -> DemandRates.parse(List.of(HEADER, "hasu,0.5,6,src", "hasu,1,2,src"), "r.csv")).getMessage());
        assertEquals("r.csv line 2 column source: empty for hasu", assertThrows(IllegalArgumentException.class,
                () -> DemandRates.parse(List.of(HEADER, "hasu,0.5,6, "), "r.csv")).getMessage());
        assertEquals("r.csv line 2: unclosed quote: hasu,0.5,6,\"src", assertThrows(IllegalArgumentException.class,
                () -> DemandRates.parse(List.of(HEADER, "hasu,0.5,6,\"src"), "r.csv")).getMessage());
    }
}
