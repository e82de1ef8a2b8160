package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nhsblueprint.model.Boundary;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;

/**
 * District boundaries projected once and written as SVG path data, ready to be shaded for each service. Each ring is
 * a closed subpath; holes are separate subpaths, so paths must be filled with {@code fill-rule="evenodd"}. Points
 * closer than {@link #MIN_STEP} units to the last one kept are dropped (they cannot be seen), and rings left with
 * fewer than three points (islets) are left out. Immutable.
 */
record BoroughShapes(MapFrame frame, List<Shape> shapes) {
    /** Map width in SVG units (about pixels at normal size). */
    static final double WIDTH = 640;
    static final double MARGIN = 8;
    /** Smallest distance between consecutive points kept, in SVG units. */
    static final double MIN_STEP = 0.5;

    /** One district's outline: SVG path data in frame units. */
    record Shape(DistrictCode district, String pathData) {
    }

    BoroughShapes {
        shapes = List.copyOf(shapes);
    }

    /** The shapes of the boundaries, or empty if there are none to draw. */
    static Optional<BoroughShapes> of(List<Boundary> boundaries, BritishNationalGrid grid) {
        if (boundaries.isEmpty()) {
            return Optional.empty();
        }
        List<List<List<List<BritishNationalGrid.Point>>>> projected = new ArrayList<>();
        List<BritishNationalGrid.Point> all = new ArrayList<>();
        for (Boundary b : boundaries) {
            List<List<List<BritishNationalGrid.Point>>> polygons = new ArrayList<>();
            for (List<List<GeoPoint>> polygon : b.polygons()) {
                List<List<BritishNationalGrid.Point>> rings = new ArrayList<>();
                for (List<GeoPoint> ring : polygon) {
                    List<BritishNationalGrid.Point> points = ring.stream().map(grid::project).toList();
                    all.addAll(points);
                    rings.add(points);
                }
                polygons.add(rings);
            }
            projected.add(polygons);
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        MapFrame frame = MapFrame.fit(all, WIDTH, MARGIN);
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < boundaries.size(); i++) {
            StringBuilder d = new StringBuilder();
            for (List<List<BritishNationalGrid.Point>> polygon : projected.get(i)) {
                for (List<BritishNationalGrid.Point> ring : polygon) {
                    appendRing(d, frame, ring);
                }
            }
            shapes.add(new Shape(boundaries.get(i).district(), d.toString()));
        }
        return Optional.of(new BoroughShapes(frame, shapes));
    }

    private static void appendRing(StringBuilder d, MapFrame frame, List<BritishNationalGrid.Point> ring) {
        List<double[]> kept = new ArrayList<>();
        for (BritishNationalGrid.Point p : ring) {
            double x = frame.x(p);
            double y = frame.y(p);
            double[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP) {
                kept.add(new double[] {x, y});
            }
        }
        if (kept.size() < 3) {
            return;
        }
        for (int i = 0; i < kept.size(); i++) {
            d.append(i == 0 ? (d.length() == 0 ? "M" : " M") : " ")
                    .append(Html.number(kept.get(i)[0])).append(',').append(Html.number(kept.get(i)[1]));
        }
        d.append(" Z");
    }
}
