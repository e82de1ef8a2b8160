package org.nhsblueprint.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.LsoaCode;

/**
 * Reads the small-area table: one row per 2021 LSOA with its district, population, population aged 65+,
 * population-weighted centroid and IMD 2019 decile. Column names are those of the ONS-derived files Blueprint ships.
 * When the dataset has boundaries, each centroid must lie inside its own district's boundary. Stateless (static
 * methods only); thread-safe as long as each call has its own {@link Problems}.
 */
final class AreaFile {
    static final List<String> COLUMNS = List.of("lsoa21cd", "lad22cd", "pop_2021", "pop_65plus_2021", "pwc_lat",
            "pwc_lon", "imd2019_decile");
    private static final Pattern MSOA = Pattern.compile("E02\\d{6}");

    private AreaFile() {
    }

    /**
     * @param shapes the district boundaries (empty when the dataset has none); a centroid of a district that has a
     *               shape is checked against it
     */
    static List<Area> read(CsvTable table, Set<DistrictCode> districts, DistrictShapes shapes, Problems problems) {
        if (table == null || !table.requireColumns(problems, COLUMNS) || !table.requireRows(problems)) {
            return List.of();
        }
        RowChecks check = new RowChecks(table, problems);
        boolean hasMsoa = table.has("msoa21cd");
        List<Area> areas = new ArrayList<>();
        Set<LsoaCode> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            LsoaCode code = check.code(row, "lsoa21cd", LsoaCode.PATTERN, "ONS LSOA code", LsoaCode::new);
            if (hasMsoa) {
                check.code(row, "msoa21cd", MSOA, "ONS MSOA code", v -> v);
            }
            DistrictCode district = check.code(row, "lad22cd", DistrictCode.PATTERN, "ONS district code",
                    DistrictCode::new);
            if (district != null && !districts.contains(district)) {
                check.problem(row, "lad22cd", district.value(), "is not in the districts table");
                district = null;
            }
            Integer population = check.count(row, "pop_2021", "population");
            Integer older = check.count(row, "pop_65plus_2021", "population aged 65+");
            if (population != null && older != null && older > population) {
                check.problem(row, "pop_65plus_2021", older.toString(),
                        "is more than the whole population (" + population + ")");
                older = null;
            }
            GeoPoint centroid = check.point(row, "pwc_lat", "pwc_lon");
            if (centroid != null && district != null && shapes.has(district) && !shapes.covers(district, centroid)) {
                check.problem(row, "pwc_lat/pwc_lon", row.get("pwc_lat") + "," + row.get("pwc_lon"),
                        "is outside the boundary of its district " + district
                                + " (check the centroid, the lad22cd and the boundary file)");
                centroid = null;
            }
            Integer decile = check.integerIn(row, "imd2019_decile", 1, 10, "IMD decile");
            if (code != null && !seen.add(code)) {
                check.problem(row, "lsoa21cd", code.value(), "appears more than once (codes must be unique)");
                code = null;
            }
            if (code != null && district != null && population != null && older != null && centroid != null
                    && decile != null) {
                Area area = build(check, row, code, district, centroid, population, older, decile);
                if (area != null) {
                    areas.add(area);
                }
            }
        }
        return areas;
    }

    private static Area build(RowChecks check, CsvTable.Row row, LsoaCode code, DistrictCode district,
                              GeoPoint centroid, int population, int older, int decile) {
        return check.build(row, () -> new Area(code, row.get("lsoa21nm"), district, centroid, population, older,
                decile));
    }
}
