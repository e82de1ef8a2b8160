package org.nhsblueprint.model;

/**
 * A point on the WGS84 ellipsoid in decimal degrees. Distances use the great circle on a sphere of the IUGG mean
 * Earth radius (6,371,008.8 m), which is within 0.5% of the ellipsoidal distance everywhere in Great Britain.
 */
public record GeoPoint(double lat, double lon) {
    /** IUGG mean Earth radius in metres (Moritz 2000, Geodetic Reference System 1980). */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude " + lat + " is not between -90 and 90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude " + lon + " is not between -180 and 180");
        }
    }

    /** Great-circle distance in metres (haversine formula). */
    public double metresTo(GeoPoint other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.lon - lon);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** True if the point lies in the bounding box of Great Britain and its islands (49.8-61.0 N, 8.7 W-1.9 E). */
    public boolean isInGreatBritain() {
        return lat >= 49.8 && lat <= 61.0 && lon >= -8.7 && lon <= 1.9;
    }
}
