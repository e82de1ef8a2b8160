package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.GeoPoint;

class BritishNationalGridTest {
    private final BritishNationalGrid grid = new BritishNationalGrid();

    /** The 100 m grid square (six-figure reference, in metres from the false origin) the point falls in. */
    private String square(double lat, double lon) {
        BritishNationalGrid.Point p = grid.project(new GeoPoint(lat, lon));
        return (long) Math.floor(p.eastingMetres() / 100) + " " + (long) Math.floor(p.northingMetres() / 100);
    }

    @Test
    void theAiryTransitCircleAtGreenwichIsInGridSquareTq388773() {
        // WGS84 position of the Airy Transit Circle: 51 deg 28' 40.12" N, 0 deg 0' 5.31" W
        assertEquals("5388 1773", square(51.477811, -0.001475));
    }

    @Test
    void bigBenIsInGridSquareTq302796() {
        assertEquals("5302 1796", square(51.500729, -0.124625));
    }
}
