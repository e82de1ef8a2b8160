package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * {@code comparison_by_area.csv}: for every service, one row per area with the minutes to the nearest site in the
 * baseline ({@code minutes_baseline}) and under each option ({@code minutes_option_1}, ... numbered as in the report),
 * to 0.01 minute as in the access report's CSV tables; empty where no site offers the service under an option.
 * Stateless, so thread-safe.
 */
final class ComparisonAreaTable {
    private ComparisonAreaTable() {
    }

    static CsvTable of(List<ComparisonService> services, int options) {
        List<String> header = new ArrayList<>(List.of("service", "lsoa21cd", "lad22cd", "population",
                "minutes_baseline"));
        for (int i = 1; i <= options; i++) {
            header.add("minutes_option_" + i);
        }
        CsvTable t = new CsvTable(header.toArray(String[]::new));
        for (ComparisonService s : services) {
            List<AreaAccess> base = s.baseline().areas();
            for (int i = 0; i < base.size(); i++) {
                Area area = base.get(i).area();
                List<Object> row = new ArrayList<>(List.of(s.service().id(), area.code(), area.district(),
                        area.population(), CsvTable.decimal(base.get(i).minutes(), 2)));
                for (Optional<ServiceAppraisal> a : s.byOption()) {
                    int at = i;
                    row.add(a.map(x -> CsvTable.decimal(x.after().areas().get(at).minutes(), 2)).orElse(""));
                }
                t.row(row.toArray());
            }
        }
        return t;
    }
}
