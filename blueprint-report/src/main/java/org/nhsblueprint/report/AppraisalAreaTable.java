package org.nhsblueprint.report;

import java.util.List;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * {@code appraisal_by_area.csv}: for every service whose journeys change, one row per area with the minutes to the
 * nearest site before and after and the change (after minus before), to 0.01 minute as in the access report's CSV
 * tables (the change is worked from the unrounded minutes). Stateless, so thread-safe.
 */
final class AppraisalAreaTable {
    private AppraisalAreaTable() {
    }

    static CsvTable of(List<ServiceAppraisal> changed) {
        CsvTable t = new CsvTable("service", "lsoa21cd", "lad22cd", "population", "minutes_before", "minutes_after",
                "change_minutes");
        for (ServiceAppraisal a : changed) {
            List<AreaAccess> before = a.before().areas();
            List<AreaAccess> after = a.after().areas();
            for (int i = 0; i < before.size(); i++) {
                Area area = before.get(i).area();
                double b = before.get(i).minutes();
                double f = after.get(i).minutes();
                t.row(a.before().service().id(), area.code(), area.district(), area.population(),
                        CsvTable.decimal(b, 2), CsvTable.decimal(f, 2), change(f - b));
            }
        }
        return t;
    }

    /** The change to 0.01, never {@code -0.00}. */
    private static String change(double minutes) {
        String text = CsvTable.decimal(minutes, 2);
        return text.equals("-0.00") ? "0.00" : text;
    }
}
