package org.nhsblueprint.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;

/**
 * Reads one table of sites (GP practices or hospital sites) using the column names its manifest entry gives, and
 * marks each site with the catalogue services whose rule its row meets. A row with both coordinates blank is a site
 * without a known location: it is left out and named in a note, never dropped silently.
 */
final class SiteFile {
    private SiteFile() {
    }

    /**
     * @param seen       site codes already read from earlier tables (codes must be unique across tables); updated
     * @param unlocated  receives the codes of sites without coordinates
     */
    static List<Site> read(CsvTable table, Manifest.SiteTable spec, List<ServiceSpec> services, Set<SiteCode> seen,
                           List<String> unlocated, String catalogueFile, Problems problems) {
        if (table == null || !table.requireColumns(problems,
                List.of(spec.codeColumn(), spec.nameColumn(), spec.latColumn(), spec.lonColumn()))) {
            return List.of();
        }
        boolean rulesOk = true;
        for (ServiceSpec service : services) {
            if (!service.table().equals(spec.id())) {
                continue;
            }
            for (Map.Entry<String, String> rule : service.where().entrySet()) {
                if (!table.has(rule.getKey())) {
                    problems.add(catalogueFile, 0, "offered_by.where", rule.getKey(), "for service '"
                            + service.service().id() + "' names a column that " + table.name() + " does not have");
                    rulesOk = false;
                }
            }
        }
        if (!rulesOk) {
            return List.of();
        }
        Pattern pattern = "practice".equals(spec.codeKind()) ? SiteCode.PRACTICE : SiteCode.TRUST_SITE;
        String what = "practice".equals(spec.codeKind()) ? "ODS practice code" : "ODS site code";
        RowChecks check = new RowChecks(table, problems);
        List<Site> sites = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            SiteCode code = check.code(row, spec.codeColumn(), pattern, what, SiteCode::new);
            if (code != null && !seen.add(code)) {
                check.problem(row, spec.codeColumn(), code.value(), "appears more than once (codes must be unique)");
                continue;
            }
            if (row.get(spec.latColumn()).isEmpty() && row.get(spec.lonColumn()).isEmpty()) {
                if (code != null) {
                    unlocated.add(code.value());
                }
                continue;
            }
            GeoPoint location = check.point(row, spec.latColumn(), spec.lonColumn());
            if (code == null || location == null) {
                continue;
            }
            Set<ServiceId> offered = new LinkedHashSet<>();
            for (ServiceSpec service : services) {
                if (service.offeredBy(spec.id(), row)) {
                    offered.add(service.service().id());
                }
            }
            sites.add(new Site(code, row.get(spec.nameColumn()), location, offered, spec.id()));
        }
        return sites;
    }
}
