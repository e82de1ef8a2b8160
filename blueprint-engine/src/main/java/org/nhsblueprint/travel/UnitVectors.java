package org.nhsblueprint.travel;

import java.util.List;
import org.nhsblueprint.model.GeoPoint;

/**
 * Points as unit vectors on the sphere, packed {@code x, y, z} per point. The straight (chord) distance between two
 * unit vectors grows strictly with the great-circle distance, so a Euclidean index over them answers great-circle
 * nearest-neighbour and radius queries exactly.
 */
final class UnitVectors {
    private UnitVectors() {
    }

    static double[] of(List<GeoPoint> points) {
        double[] xyz = new double[points.size() * 3];
        for (int i = 0; i < points.size(); i++) {
            put(points.get(i), xyz, i * 3);
        }
        return xyz;
    }

    static void put(GeoPoint p, double[] into, int offset) {
        double lat = Math.toRadians(p.lat());
        double lon = Math.toRadians(p.lon());
        double c = Math.cos(lat);
        into[offset] = c * Math.cos(lon);
        into[offset + 1] = c * Math.sin(lon);
        into[offset + 2] = Math.sin(lat);
    }

    /** Great-circle metres for a squared chord length between unit vectors. */
    static double metres(double chordSquared) {
        double half = Math.sqrt(chordSquared) / 2;
        return 2 * GeoPoint.EARTH_RADIUS_METRES * Math.asin(Math.min(1, half));
    }

    /** Squared chord length for a great-circle distance in metres (metres beyond half the globe clamp to 4). */
    static double chordSquared(double metres) {
        if (metres <= 0) {
            return 0;
        }
        double angle = Math.min(Math.PI, metres / GeoPoint.EARTH_RADIUS_METRES);
        double chord = 2 * Math.sin(angle / 2);
        return chord * chord;
    }
}
