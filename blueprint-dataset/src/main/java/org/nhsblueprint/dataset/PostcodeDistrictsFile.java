package org.nhsblueprint.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nhsblueprint.model.DataSource;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.PostcodeDistricts;

/**
 * Reads the optional {@code postcode_districts} section of a dataset's manifest: tables of located postcodes (the
 * dataset's own practices and hospitals), from which each postcode district is placed at the mean position of its
 * postcodes. Every postcode and position is checked; problems name the file, line and column. Stateless.
 */
final class PostcodeDistrictsFile {
    private PostcodeDistrictsFile() {
    }

    /** @throws DatasetException naming every problem found */
    static PostcodeDistricts read(Path dir) {
        Problems problems = new Problems();
        JsonNode section = Manifest.section(dir, "postcode_districts");
        if (section.isMissingNode()) {
            return PostcodeDistricts.NONE;
        }
        ManifestFields f = new ManifestFields(Manifest.FILE_NAME, problems);
        String title = f.text(section, "postcode_districts.", "title");
        JsonNode tables = section.path("tables");
        if (!tables.isArray() || tables.isEmpty()) {
            problems.add(Manifest.FILE_NAME, 0, "postcode_districts.tables", "",
                    "must be a non-empty list of {file, postcode_column, lat_column, lon_column}");
        }
        Map<String, double[]> sums = new TreeMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            String at = "postcode_districts.tables[" + i + "].";
            JsonNode t = tables.get(i);
            int before = problems.count();
            String file = f.text(t, at, "file");
            String postcode = f.text(t, at, "postcode_column");
            String lat = f.text(t, at, "lat_column");
            String lon = f.text(t, at, "lon_column");
            if (problems.count() > before) {
                continue;
            }
            files.add(file);
            CsvTable csv = CsvTable.read(dir.resolve(file), dir.resolve(file).toString(), problems);
            if (!csv.requireColumns(problems, List.of(postcode, lat, lon))) {
                continue;
            }
            for (CsvTable.Row row : csv.rows()) {
                add(csv, row, postcode, lat, lon, sums, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(dir.toString(), problems.all());
        }
        List<PostcodeDistricts.Place> places = new ArrayList<>();
        sums.forEach((district, s) -> places.add(new PostcodeDistricts.Place(district,
                new GeoPoint(s[0] / s[2], s[1] / s[2]), (int) s[2])));
        return new PostcodeDistricts(places, new DataSource(title, String.join(", ", files),
                section.path("publisher").asText(""), section.path("vintage").asText(""),
                section.path("licence").asText("")));
    }

    private static void add(CsvTable csv, CsvTable.Row row, String postcodeColumn, String latColumn,
                            String lonColumn, Map<String, double[]> sums, Problems problems) {
        String postcode = row.get(postcodeColumn).trim();
        if (postcode.isEmpty() || row.get(latColumn).isBlank() || row.get(lonColumn).isBlank()) {
            return; // a site without a postcode or a position places nothing
        }
        if (!postcode.matches("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}")) {
            problems.add(csv.name(), row.line(), postcodeColumn, postcode,
                    "is not a postcode (such as 'NW1 2BU', capitals, one space)");
            return;
        }
        Optional<String> district = PostcodeDistricts.districtOf(postcode);
        try {
            GeoPoint p = new GeoPoint(Double.parseDouble(row.get(latColumn)), Double.parseDouble(row.get(lonColumn)));
            if (!p.isInGreatBritain()) {
                problems.add(csv.name(), row.line(), latColumn, row.get(latColumn), "is not in Great Britain");
                return;
            }
            double[] s = sums.computeIfAbsent(district.orElseThrow(), k -> new double[3]);
            s[0] += p.lat();
            s[1] += p.lon();
            s[2] += 1;
        } catch (IllegalArgumentException e) {
            problems.add(csv.name(), row.line(), latColumn, row.get(latColumn) + "," + row.get(lonColumn),
                    "is not a position (decimal degrees)");
        }
    }
}
