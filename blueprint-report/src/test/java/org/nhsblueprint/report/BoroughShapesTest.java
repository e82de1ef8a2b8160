package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.Boundary;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;

class BoroughShapesTest {
    private static final BritishNationalGrid GRID = new BritishNationalGrid();

    private static List<GeoPoint> ring(double south, double west, double north, double east) {
        return List.of(new GeoPoint(south, west), new GeoPoint(south, east), new GeoPoint(north, east),
                new GeoPoint(north, west), new GeoPoint(south, west));
    }

    @Test
    void noBoundariesMeanNoMap() {
        assertTrue(BoroughShapes.of(List.of(), GRID).isEmpty());
    }

    @Test
    void aHoleIsItsOwnSubpathAndAnUnseeablyTinyIsletIsDropped() {
        Boundary b = new Boundary(new DistrictCode("E09000001"), List.of(
                List.of(ring(51.5, -0.2, 51.6, -0.1), ring(51.54, -0.16, 51.56, -0.14)),
                List.of(ring(51.5, -0.05, 51.50001, -0.04999))));
        BoroughShapes shapes = BoroughShapes.of(List.of(b), GRID).orElseThrow();
        String d = shapes.shapes().get(0).pathData();
        assertEquals(2, d.split("M", -1).length - 1, d);
        assertEquals(2, d.split("z", -1).length - 1, d);
    }

    @Test
    void theFrameKeepsTheTrueShapeWithTheMapFillingItsWidth() {
        // a "square" of 0.1 degrees at 51.5 N is 6.9 km east-west and 11.1 km north-south; the National Grid is
        // turned about 1.5 degrees from true north here (grid convergence), so its box is about 7.2 km by 11.3 km
        Boundary b = new Boundary(new DistrictCode("E09000001"), List.of(List.of(ring(51.5, -0.2, 51.6, -0.1))));
        BoroughShapes shapes = BoroughShapes.of(List.of(b), GRID).orElseThrow();
        MapFrame f = shapes.frame();
        assertEquals(BoroughShapes.WIDTH, f.width());
        double ratio = (f.height() - 2 * f.margin()) / (f.width() - 2 * f.margin());
        assertEquals(11.3 / 7.2, ratio, 0.02);
    }

    @Test
    void relativeStepsAddUpToAClosedRingInsideTheFrame() {
        Boundary b = new Boundary(new DistrictCode("E09000001"), List.of(List.of(ring(51.5, -0.2, 51.6, -0.1))));
        BoroughShapes shapes = BoroughShapes.of(List.of(b), GRID).orElseThrow();
        Matcher m = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)").matcher(shapes.shapes().get(0).pathData());
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        boolean first = true;
        while (m.find()) {
            double dx = Double.parseDouble(m.group(1));
            double dy = Double.parseDouble(m.group(2));
            x = first ? dx : x + dx;
            y = first ? dy : y + dy;
            if (first) {
                startX = x;
                startY = y;
            }
            first = false;
            assertTrue(x >= 0 && x <= shapes.frame().width() && y >= 0 && y <= shapes.frame().height(), x + "," + y);
        }
        assertEquals(startX, x, 1e-6, "the steps lead back to the first corner");
        assertEquals(startY, y, 1e-6, "the steps lead back to the first corner");
    }
}
