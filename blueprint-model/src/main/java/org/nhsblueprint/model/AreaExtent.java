package org.nhsblueprint.model;

import java.util.List;
import java.util.Optional;

/**
 * The latitude-longitude box around a region's area centroids, and how far a point lies outside it: the loader and
 * the scenario resolver use it to catch a site whose coordinates put it far from the region (a London hospital typed
 * in at Calais, which the bounding box of Great Britain lets through). Immutable and thread-safe.
 */
public record AreaExtent(double minLat, double maxLat, double minLon, double maxLon) {
    /** How far outside the box a site may lie before it is a problem: sites just beyond a boundary are normal. */
    public static final double SITE_LIMIT_METRES = 30_000;

    public AreaExtent {
        if (!(minLat <= maxLat && minLon <= maxLon && minLat >= -90 && maxLat <= 90 && minLon >= -180
                && maxLon <= 180)) {
            throw new IllegalArgumentException("extent latitude " + minLat + " to " + maxLat + ", longitude " + minLon
                    + " to " + maxLon + " is empty, not a number or off the globe");
        }
    }

    /** The box around the areas' centroids; empty when there are no areas. */
    public static Optional<AreaExtent> of(List<Area> areas) {
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        for (Area area : areas) {
            GeoPoint c = area.centroid();
            minLat = Math.min(minLat, c.lat());
            maxLat = Math.max(maxLat, c.lat());
            minLon = Math.min(minLon, c.lon());
            maxLon = Math.max(maxLon, c.lon());
        }
        return Optional.of(new AreaExtent(minLat, maxLat, minLon, maxLon));
    }

    /** Great-circle metres from the point to the nearest point of the box (its nearest edge or corner); 0 inside. */
    public double metresOutside(GeoPoint point) {
        GeoPoint nearest = new GeoPoint(Math.max(minLat, Math.min(maxLat, point.lat())),
                Math.max(minLon, Math.min(maxLon, point.lon())));
        return point.metresTo(nearest);
    }
}
