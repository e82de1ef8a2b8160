package org.nhsblueprint.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.nhsblueprint.model.Boundary;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;

/**
 * District boundaries prepared for fast point-in-polygon tests: one JTS geometry per district built from the
 * {@link Boundary} rings (longitude as x, latitude as y; the first ring of each polygon its outline, the others holes)
 * and indexed as a {@link PreparedGeometry}. A point on an edge counts as inside. Immutable and thread-safe (JTS
 * prepared polygons are).
 */
final class DistrictShapes {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Map<DistrictCode, PreparedGeometry> shapes;

    private DistrictShapes(Map<DistrictCode, PreparedGeometry> shapes) {
        this.shapes = Map.copyOf(shapes);
    }

    /**
     * @param boundaries at most one per district, with closed rings of at least four points (as
     *                   {@link BoundaryGeometry} guarantees)
     * @throws IllegalArgumentException if a district appears twice or a ring is not a closed ring of 4 or more points
     */
    static DistrictShapes of(List<Boundary> boundaries) {
        Map<DistrictCode, PreparedGeometry> shapes = new HashMap<>();
        for (Boundary boundary : boundaries) {
            Polygon[] polygons = boundary.polygons().stream().map(DistrictShapes::polygon).toArray(Polygon[]::new);
            PreparedGeometry shape = PreparedGeometryFactory.prepare(FACTORY.createMultiPolygon(polygons));
            if (shapes.put(boundary.district(), shape) != null) {
                throw new IllegalArgumentException("district " + boundary.district() + " has two boundaries");
            }
        }
        return new DistrictShapes(shapes);
    }

    boolean has(DistrictCode district) {
        return shapes.containsKey(district);
    }

    /**
     * True if the point lies inside the district's boundary or on its edge.
     *
     * @throws IllegalArgumentException if the district has no boundary here
     */
    boolean covers(DistrictCode district, GeoPoint point) {
        PreparedGeometry shape = shapes.get(district);
        if (shape == null) {
            throw new IllegalArgumentException("district " + district + " has no boundary");
        }
        return shape.covers(FACTORY.createPoint(new Coordinate(point.lon(), point.lat())));
    }

    private static Polygon polygon(List<List<GeoPoint>> rings) {
        LinearRing[] holes = rings.subList(1, rings.size()).stream().map(DistrictShapes::ring)
                .toArray(LinearRing[]::new);
        return FACTORY.createPolygon(ring(rings.get(0)), holes);
    }

    private static LinearRing ring(List<GeoPoint> points) {
        return FACTORY.createLinearRing(points.stream().map(p -> new Coordinate(p.lon(), p.lat()))
                .toArray(Coordinate[]::new));
    }
}
