package org.nhsblueprint.report;

import java.util.List;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.access.Summary;
import org.nhsblueprint.model.Area;

/**
 * The CSV tables of a report, one row per service and area, borough or deprivation decile. Minutes are written to 0.01
 * and shares to 0.0001, as in {@link AccessJson}; a figure that does not apply is an empty field. Stateless, so
 * thread-safe.
 */
final class AccessTables {
    private static final String[] FIGURES = {"population", "population_within_standard", "share_within_standard",
            "mean_minutes", "median_minutes", "p90_minutes", "max_minutes"};

    private AccessTables() {
    }

    /** {@code access_by_area.csv}: each area's nearest and next-nearest site. */
    static CsvTable byArea(List<AccessResult> results) {
        CsvTable t = new CsvTable("service", "lsoa21cd", "lsoa_name", "lad22cd", "population", "population_65plus",
                "imd2019_decile", "nearest_site", "minutes", "next_nearest_site", "next_minutes",
                "sites_within_standard");
        for (AccessResult r : results) {
            for (AreaAccess a : r.areas()) {
                Area area = a.area();
                t.row(r.service().id(), area.code(), area.name(), area.district(), area.population(),
                        area.population65Plus(), area.imdDecile(), a.nearest(), CsvTable.decimal(a.minutes(), 2),
                        a.nextNearest(), CsvTable.decimal(a.nextMinutes(), 2), a.sitesWithin());
            }
        }
        return t;
    }

    /** {@code access_by_borough.csv}. */
    static CsvTable byBorough(List<AccessResult> results) {
        CsvTable t = new CsvTable(header("code", "name"));
        for (AccessResult r : results) {
            for (GroupSummary g : r.byDistrict()) {
                t.row(row(r, g.summary(), g.key(), g.name()));
            }
        }
        return t;
    }

    /** {@code access_by_imd_decile.csv}: 1 is the most deprived tenth of England. */
    static CsvTable byImdDecile(List<AccessResult> results) {
        CsvTable t = new CsvTable(header("decile"));
        for (AccessResult r : results) {
            for (GroupSummary g : r.byImdDecile()) {
                t.row(row(r, g.summary(), g.key()));
            }
        }
        return t;
    }

    private static String[] header(String... keys) {
        String[] h = new String[1 + keys.length + FIGURES.length];
        h[0] = "service";
        System.arraycopy(keys, 0, h, 1, keys.length);
        System.arraycopy(FIGURES, 0, h, 1 + keys.length, FIGURES.length);
        return h;
    }

    private static Object[] row(AccessResult r, Summary s, Object... keys) {
        Object[] row = new Object[1 + keys.length + FIGURES.length];
        row[0] = r.service().id();
        System.arraycopy(keys, 0, row, 1, keys.length);
        Object[] figures = {s.population(), s.populationWithin(), CsvTable.decimal(s.shareWithin(), 4),
                CsvTable.decimal(s.meanMinutes(), 2), CsvTable.decimal(s.medianMinutes(), 2),
                CsvTable.decimal(s.p90Minutes(), 2), CsvTable.decimal(s.maxMinutes(), 2)};
        System.arraycopy(figures, 0, row, 1 + keys.length, figures.length);
        return row;
    }
}
