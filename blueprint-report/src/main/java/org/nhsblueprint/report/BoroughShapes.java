package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nhsblueprint.model.Boundary;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;

/**
 * District boundaries projected once and written as SVG path data, ready to be shaded for each service. Each ring is
 * a closed subpath (an absolute move, then relative lines); holes are separate subpaths, so paths must be filled with
 * {@code fill-rule="evenodd"}. Points closer than {@link #MIN_STEP} units to the last one kept are dropped (they
 * cannot be seen), and rings left with fewer than three points (islets) are left out. Immutable and thread-safe.
 */
record BoroughShapes(MapFrame frame, List<Shape> shapes) {
    /** Map width in SVG units (about pixels at normal size). */
    static final double WIDTH = 640;
    static final double MARGIN = 8;
    /** Smallest distance between consecutive points kept, in SVG units. */
    static final double MIN_STEP = 0.8;

    /** One district's outline: SVG path data in frame units. Immutable. */
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
        List<List<List<BritishNationalGrid.Point>>> rings = new ArrayList<>();
        List<BritishNationalGrid.Point> all = new ArrayList<>();
        for (Boundary b : boundaries) {
            List<List<BritishNationalGrid.Point>> projected = new ArrayList<>();
            for (List<List<GeoPoint>> polygon : b.polygons()) {
                for (List<GeoPoint> ring : polygon) {
                    List<BritishNationalGrid.Point> points = ring.stream().map(grid::project).toList();
                    all.addAll(points);
                    projected.add(points);
                }
            }
            rings.add(projected);
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        MapFrame frame = MapFrame.fit(all, WIDTH, MARGIN);
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < boundaries.size(); i++) {
            StringBuilder d = new StringBuilder();
            rings.get(i).forEach(ring -> appendRing(d, frame, ring));
            shapes.add(new Shape(boundaries.get(i).district(), d.toString()));
        }
        return Optional.of(new BoroughShapes(frame, shapes));
    }

    /** Appends a ring as an absolute move then relative lines, in tenths of a unit so the steps add up exactly. */
    private static void appendRing(StringBuilder d, MapFrame frame, List<BritishNationalGrid.Point> ring) {
        List<long[]> kept = new ArrayList<>();
        long minStep = Math.round(MIN_STEP * 10);
        for (BritishNationalGrid.Point p : ring) {
            long[] xy = {Math.round(frame.x(p) * 10), Math.round(frame.y(p) * 10)};
            long[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || Math.hypot(xy[0] - last[0], xy[1] - last[1]) >= minStep) {
                kept.add(xy);
            }
        }
        if (kept.size() < 3) {
            return;
        }
        d.append(d.length() == 0 ? "M" : " M").append(Html.tenths(kept.get(0)[0])).append(',')
                .append(Html.tenths(kept.get(0)[1])).append(" l");
        for (int i = 1; i < kept.size(); i++) {
            d.append(i == 1 ? "" : " ").append(Html.tenths(kept.get(i)[0] - kept.get(i - 1)[0])).append(',')
                    .append(Html.tenths(kept.get(i)[1] - kept.get(i - 1)[1]));
        }
        d.append(" z");
    }
}
