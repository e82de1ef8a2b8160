package org.nhsblueprint.report;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.nhsblueprint.model.GeoPoint;

/**
 * Projects WGS84 latitude and longitude to the Ordnance Survey National Grid (EPSG:27700), so that maps of Great
 * Britain are drawn true to shape with north up. Uses proj4j with the standard 7-parameter Helmert shift to OSGB36,
 * which is good to a few metres: ample for maps. Mutable inside (proj4j reuses coordinate buffers) and not
 * thread-safe: make one per report.
 */
final class BritishNationalGrid {
    /** EPSG:27700 as a PROJ string (the definition in the EPSG registry). */
    static final String EPSG_27700 = "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000"
            + " +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";

    /** A point on the National Grid in metres. Immutable. */
    record Point(double eastingMetres, double northingMetres) {
    }

    private final CoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    BritishNationalGrid() {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
        CoordinateReferenceSystem grid = crs.createFromParameters("EPSG:27700", EPSG_27700);
        transform = new CoordinateTransformFactory().createTransform(wgs84, grid);
    }

    Point project(GeoPoint p) {
        in.x = p.lon();
        in.y = p.lat();
        transform.transform(in, out);
        return new Point(out.x, out.y);
    }
}
