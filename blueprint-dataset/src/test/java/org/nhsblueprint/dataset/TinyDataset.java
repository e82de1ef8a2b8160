package org.nhsblueprint.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid dataset written to a folder, whose files a test can then spoil one at a time: three areas in two
 * districts (the City of London and Camden) with a boundary each, three GP practices and two acute sites. Mutable (it
 * writes files); one per test.
 */
final class TinyDataset {
    static final String AREAS = "lsoa21cd,lsoa21nm,msoa21cd,lad22cd,pop_2021,pop_65plus_2021,pwc_lat,pwc_lon,imd2019_decile\n"
            + "E01000001,City 001A,E02000001,E09000001,1477,370,51.519592,-0.096266,9\n"
            + "E01000002,City 001B,E02000001,E09000001,1384,277,51.519187,-0.091676,10\n"
            + "E01000003,Camden 001A,E02000002,E09000007,1500,100,51.55,-0.15,3\n";
    static final String DISTRICTS = "lad22cd,lad22nm,n_lsoa21\nE09000001,City of London,2\nE09000007,Camden,1\n";
    static final String PRACTICES = "practice_code,practice_name,prescribing_setting_2022,lat,lon\n"
            + "F83001,CAMDEN PRACTICE,4,51.54,-0.14\n"
            + "F83002,\"SMITH, JONES AND PARTNERS\",4,51.52,-0.10\n"
            + "F83003,SPECIAL ALLOCATION SCHEME,0,51.53,-0.12\n";
    static final String SITES = "site_code_current,site_name,lat,lon,type1_ae,hasu,major_trauma_centre,urgent_care,"
            + "outpatients\n"
            + "RRV03,University College Hospital,51.524,-0.136,Y,Y,N,Y,Y\n"
            + "RAL01,Royal Free Hospital,51.553,-0.165,Y,N,N,Y,Y\n";
    /** A City of London box holding its two centroids, and a Camden box holding its one and the Royal Free. */
    static final String CITY_POLYGON = "{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[-0.11,51.51],[-0.07,51.51],[-0.07,51.53],[-0.11,51.53],[-0.11,51.51]]]}";
    static final String CAMDEN_POLYGON = "{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[-0.2,51.53],[-0.12,51.53],[-0.12,51.57],[-0.2,51.57],[-0.2,51.53]]]}";
    static final String CITY = feature("E09000001", CITY_POLYGON);
    static final String CAMDEN = feature("E09000007", CAMDEN_POLYGON);
    static final String BOUNDARIES = featureCollection(CITY, CAMDEN);
    static final String MANIFEST = """
            {
              "name": "Tiny",
              "vintage": "test",
              "areas": {"file": "areas.csv", "title": "Areas"},
              "districts": {"file": "districts.csv", "title": "Districts"},
              "boundaries": {"file": "boundaries.geojson", "title": "Boundaries"},
              "site_tables": [
                {"id": "gp_practices", "file": "practices.csv", "title": "Practices", "code_kind": "practice",
                 "code_column": "practice_code", "name_column": "practice_name", "lat_column": "lat", "lon_column": "lon"},
                {"id": "acute_sites", "file": "sites.csv", "title": "Sites", "code_kind": "trust_site",
                 "code_column": "site_code_current", "name_column": "site_name", "lat_column": "lat", "lon_column": "lon"}
              ]
            }
            """;

    private final Path dir;

    private TinyDataset(Path dir) {
        this.dir = dir;
    }

    static TinyDataset in(Path dir) {
        TinyDataset d = new TinyDataset(dir);
        d.write("manifest.json", MANIFEST);
        d.write("areas.csv", AREAS);
        d.write("districts.csv", DISTRICTS);
        d.write("practices.csv", PRACTICES);
        d.write("sites.csv", SITES);
        d.write("boundaries.geojson", BOUNDARIES);
        return d;
    }

    /** A GeoJSON feature for a district with the given geometry (JSON text). */
    static String feature(String district, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"LAD22CD\":\"" + district + "\"},\"geometry\":"
                + geometry + "}";
    }

    static String featureCollection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    TinyDataset write(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds an entry (JSON object text) at the end of the manifest's site_tables. */
    TinyDataset addSiteTable(String entry) {
        return replace("manifest.json", "\n  ]\n}", ",\n    " + entry + "\n  ]\n}");
    }

    TinyDataset delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the first occurrence of {@code from} in a file. */
    TinyDataset replace(String file, String from, String to) {
        try {
            String text = Files.readString(dir.resolve(file));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            return write(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }
}
