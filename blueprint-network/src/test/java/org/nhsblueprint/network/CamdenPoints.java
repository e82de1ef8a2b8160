package org.nhsblueprint.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nhsblueprint.model.GeoPoint;

/**
 * Real Camden points from the bundled London dataset: the population-weighted centroids of Camden's small areas
 * (LSOA 2021) and the locations of Camden's GP practices, read straight from the CSV files (the network module does
 * not depend on the dataset loader), and random points inside the extent of the Camden extract's roads. Immutable.
 */
final class CamdenPoints {
    static final String CAMDEN = "E09000007";
    static final Path LONDON = Path.of("..", "datasets", "london");
    /** The extent of the {@code highway} ways in camden.osm.pbf (datasets/osm/SOURCE.md). */
    static final double MIN_LON = -0.2132;
    static final double MAX_LON = -0.1049;
    static final double MIN_LAT = 51.5125;
    static final double MAX_LAT = 51.5836;
    static final GeoPoint CROYDON = new GeoPoint(51.3762, -0.0982);
    static final GeoPoint HEATHROW = new GeoPoint(51.4700, -0.4543);

    private CamdenPoints() {
    }

    /** The population-weighted centroids of Camden's 2021 small areas, in file order. */
    static List<GeoPoint> areas() {
        return points(LONDON.resolve("lsoa").resolve("london_lsoa21.csv"), "lad22cd", "pwc_lat", "pwc_lon");
    }

    /** Camden's GP practices (2022 list, open or since closed), in file order. */
    static List<GeoPoint> practices() {
        return points(LONDON.resolve("gp_practices").resolve("london_gp_practices_2022.csv"), "lad_code", "lat", "lon");
    }

    /** Uniformly random points in the extent of the extract's roads. */
    static List<GeoPoint> random(Random random, int count) {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new GeoPoint(MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT),
                    MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON)));
        }
        return points;
    }

    /** {@code count} of the points, drawn without replacement, in the order drawn. */
    static List<GeoPoint> sample(List<GeoPoint> points, Random random, int count) {
        List<GeoPoint> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private static List<GeoPoint> points(Path csv, String districtColumn, String latColumn, String lonColumn) {
        try {
            List<String> lines = Files.readAllLines(csv);
            List<String> header = fields(lines.get(0));
            int district = column(header, districtColumn, csv);
            int lat = column(header, latColumn, csv);
            int lon = column(header, lonColumn, csv);
            List<GeoPoint> points = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> f = fields(line);
                if (f.size() == header.size() && f.get(district).equals(CAMDEN)) {
                    points.add(new GeoPoint(Double.parseDouble(f.get(lat)), Double.parseDouble(f.get(lon))));
                }
            }
            return List.copyOf(points);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int column(List<String> header, String name, Path csv) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name + " in " + csv + " (columns " + header + ")");
        }
        return i;
    }

    /** The fields of one CSV line, with double-quoted fields (which may hold commas) unquoted. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The points of {@code a} followed by those of {@code b}. */
    static List<GeoPoint> concat(List<GeoPoint> a, List<GeoPoint> b) {
        List<GeoPoint> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
