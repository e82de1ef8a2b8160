package org.nhsblueprint.report;

import java.util.List;

/**
 * Where National Grid metres land in an SVG map: a box of {@code width x height} units, north up (SVG's y axis points
 * down, so northings are flipped), keeping the map's true shape, with a margin. Immutable and thread-safe.
 *
 * @param scale SVG units per metre
 */
record MapFrame(double minEasting, double maxNorthing, double scale, double width, double height, double margin) {
    MapFrame {
        if (!(scale > 0) || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("map frame " + width + " x " + height + " at scale " + scale
                    + " is empty");
        }
    }

    /** The frame {@code width} units wide that fits all the points, with {@code margin} units round them. */
    static MapFrame fit(List<BritishNationalGrid.Point> points, double width, double margin) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("cannot fit a map frame round no points");
        }
        double minE = Double.POSITIVE_INFINITY;
        double maxE = Double.NEGATIVE_INFINITY;
        double minN = Double.POSITIVE_INFINITY;
        double maxN = Double.NEGATIVE_INFINITY;
        for (BritishNationalGrid.Point p : points) {
            minE = Math.min(minE, p.eastingMetres());
            maxE = Math.max(maxE, p.eastingMetres());
            minN = Math.min(minN, p.northingMetres());
            maxN = Math.max(maxN, p.northingMetres());
        }
        double spanE = Math.max(maxE - minE, 1);
        double spanN = Math.max(maxN - minN, 1);
        double scale = (width - 2 * margin) / spanE;
        return new MapFrame(minE, maxN, scale, width, Math.ceil(spanN * scale + 2 * margin), margin);
    }

    double x(BritishNationalGrid.Point p) {
        return margin + (p.eastingMetres() - minEasting) * scale;
    }

    double y(BritishNationalGrid.Point p) {
        return margin + (maxNorthing - p.northingMetres()) * scale;
    }

    /** True if the point falls inside the frame (margin included). */
    boolean contains(BritishNationalGrid.Point p) {
        double x = x(p);
        double y = y(p);
        return x >= 0 && x <= width && y >= 0 && y <= height;
    }
}
