package org.nhsblueprint.network;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nhsblueprint.model.GeoPoint;

/**
 * The benchmark's Camden points, read from the bundled London CSV files: every small area's population-weighted
 * centroid (LSOA 2021, {@code lad22cd} E09000007) and every GP practice ({@code lad_code} E09000007), in file order;
 * and a seeded random sample of area-practice pairs. Immutable.
 */
record CamdenPairs(List<GeoPoint> areas, List<GeoPoint> practices) {
    static final String CAMDEN = "E09000007";

    /** One journey to route. */
    record Pair(GeoPoint from, GeoPoint to) {
    }

    CamdenPairs {
        areas = List.copyOf(areas);
        practices = List.copyOf(practices);
    }

    static CamdenPairs load(Path london) {
        return new CamdenPairs(
                read(london.resolve("lsoa").resolve("london_lsoa21.csv"), "lad22cd", "pwc_lat", "pwc_lon"),
                read(london.resolve("gp_practices").resolve("london_gp_practices_2022.csv"), "lad_code", "lat", "lon"));
    }

    int pairs() {
        return areas.size() * practices.size();
    }

    /** {@code count} area-practice pairs drawn uniformly (with replacement) from the full matrix. */
    List<Pair> sample(long seed, int count) {
        Random random = new Random(seed);
        List<Pair> sample = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sample.add(new Pair(areas.get(random.nextInt(areas.size())),
                    practices.get(random.nextInt(practices.size()))));
        }
        return List.copyOf(sample);
    }

    private static List<GeoPoint> read(Path csv, String district, String lat, String lon) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<GeoPoint> points = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (row.get(district).equals(CAMDEN)) {
                    points.add(new GeoPoint(Double.parseDouble(row.get(lat)), Double.parseDouble(row.get(lon))));
                }
            }
            return points;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }
}
