package org.nhsblueprint.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.ServiceId;

class MinimumVolumesTest {
    @Test
    void parsesAStandardWithItsSource() {
        MinimumVolumes mins = MinimumVolumes.parse(List.of("service,min_per_year,source",
                "hasu,600,\"Allen et al., BMJ Open 2017\""), "min.csv");
        MinimumVolume hasu = mins.of(new ServiceId("hasu")).orElseThrow();
        assertEquals(600.0, hasu.minPerYear());
        assertEquals("Allen et al., BMJ Open 2017", hasu.source());
        assertTrue(mins.of(new ServiceId("ae")).isEmpty());
    }

    @Test
    void badValuesAreReportedWithFileLineColumnAndValue() {
        assertEquals("min.csv line 2 column min_per_year: 'many' is not a number",
                assertThrows(IllegalArgumentException.class, () -> MinimumVolumes.parse(
                        List.of("service,min_per_year,source", "hasu,many,src"), "min.csv")).getMessage());
        assertEquals("min.csv line 3 column service: 'hasu' appears twice",
                assertThrows(IllegalArgumentException.class, () -> MinimumVolumes.parse(
                        List.of("service,min_per_year,source", "hasu,500,a", "hasu,600,b"), "min.csv")).getMessage());
    }
}
