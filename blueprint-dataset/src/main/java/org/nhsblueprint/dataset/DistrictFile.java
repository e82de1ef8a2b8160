package org.nhsblueprint.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;

/**
 * Reads the districts table: ONS LAD code ({@code lad22cd}) and name ({@code lad22nm}) per row. Stateless (static
 * methods only); thread-safe as long as each call has its own {@link Problems}.
 */
final class DistrictFile {
    static final List<String> COLUMNS = List.of("lad22cd", "lad22nm");

    private DistrictFile() {
    }

    static List<District> read(CsvTable table, Problems problems) {
        if (table == null || !table.requireColumns(problems, COLUMNS) || !table.requireRows(problems)) {
            return List.of();
        }
        RowChecks check = new RowChecks(table, problems);
        List<District> districts = new ArrayList<>();
        Set<DistrictCode> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            DistrictCode code = check.code(row, "lad22cd", DistrictCode.PATTERN, "ONS district code", DistrictCode::new);
            String name = row.get("lad22nm");
            if (name.isEmpty()) {
                check.problem(row, "lad22nm", "", "is empty (expected the district's name)");
            }
            if (code == null || name.isEmpty()) {
                continue;
            }
            if (!seen.add(code)) {
                check.problem(row, "lad22cd", code.value(), "appears more than once (codes must be unique)");
                continue;
            }
            District district = check.build(row, () -> new District(code, name));
            if (district != null) {
                districts.add(district);
            }
        }
        return districts;
    }
}
