package org.nhsblueprint.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nhsblueprint.model.GeoPoint;

/**
 * Reads the geometry of one boundary feature: a GeoJSON Polygon or MultiPolygon (RFC 7946 sections 3.1.6 and 3.1.7)
 * whose rings are closed lists of at least four {@code [longitude, latitude]} positions inside the bounding box of
 * Great Britain. The first thing wrong in a feature is recorded as a problem naming its JSON path (for example
 * {@code features[3].geometry.coordinates[0][2]}) and the feature is then skipped. Holds no state of its own; mutable
 * only through the shared {@link Problems}, so used by one load on one thread.
 */
record BoundaryGeometry(String file, Problems problems) {
    BoundaryGeometry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
    }

    /** The feature's polygons, each a list of rings (outline first, then holes); null (with a problem) if malformed. */
    List<List<List<GeoPoint>>> read(JsonNode geometry, String at) {
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        String path = at + ".geometry.coordinates";
        if (type.equals("Polygon")) {
            List<List<GeoPoint>> polygon = polygon(coordinates, path);
            return polygon == null ? null : List.of(polygon);
        }
        if (!type.equals("MultiPolygon")) {
            problems.add(file, 0, at + ".geometry.type", type, "must be Polygon or MultiPolygon");
            return null;
        }
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            problems.add(file, 0, path, coordinates.toString(),
                    "has no polygons (a MultiPolygon's coordinates are a non-empty array of polygons)");
            return null;
        }
        List<List<List<GeoPoint>>> polygons = new ArrayList<>();
        for (int p = 0; p < coordinates.size(); p++) {
            List<List<GeoPoint>> polygon = polygon(coordinates.get(p), path + "[" + p + "]");
            if (polygon == null) {
                return null;
            }
            polygons.add(polygon);
        }
        return polygons;
    }

    private List<List<GeoPoint>> polygon(JsonNode rings, String path) {
        if (!rings.isArray() || rings.isEmpty()) {
            problems.add(file, 0, path, rings.toString(),
                    "has no rings (a polygon is a non-empty array of rings, its outline first)");
            return null;
        }
        List<List<GeoPoint>> polygon = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            List<GeoPoint> ring = ring(rings.get(r), path + "[" + r + "]");
            if (ring == null) {
                return null;
            }
            polygon.add(ring);
        }
        return polygon;
    }

    private List<GeoPoint> ring(JsonNode ring, String path) {
        if (!ring.isArray()) {
            problems.add(file, 0, path, ring.toString(), "is not an array of positions (a ring)");
            return null;
        }
        if (ring.size() < 4) {
            problems.add(file, 0, path, ring.toString(),
                    "has fewer than 4 positions (a ring needs three corners and its first position again)");
            return null;
        }
        List<GeoPoint> points = new ArrayList<>();
        for (int k = 0; k < ring.size(); k++) {
            GeoPoint point = position(ring.get(k), path + "[" + k + "]");
            if (point == null) {
                return null;
            }
            points.add(point);
        }
        if (!points.get(0).equals(points.get(points.size() - 1))) {
            problems.add(file, 0, path, ring.get(0) + " ... " + ring.get(ring.size() - 1),
                    "is not closed (its last position must repeat its first)");
            return null;
        }
        return points;
    }

    private GeoPoint position(JsonNode position, String path) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            problems.add(file, 0, path, position.toString(), "is not a [longitude, latitude] position");
            return null;
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) || !new GeoPoint(lat, lon).isInGreatBritain()) {
            problems.add(file, 0, path, position.toString(), "is outside " + RowChecks.GB_BOX
                    + " (positions are [longitude, latitude])");
            return null;
        }
        return new GeoPoint(lat, lon);
    }
}
