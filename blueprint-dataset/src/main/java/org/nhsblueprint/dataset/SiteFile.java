package org.nhsblueprint.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nhsblueprint.model.AreaExtent;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;

/**
 * Reads the files of sites (GP practices or hospital sites) of one load, each with the column names its manifest entry
 * gives, and marks each site with the catalogue services whose rule its row meets. Codes must be unique across all
 * files. A row with both coordinates blank is a problem, unless the file's entry sets {@code allow_unlocated}: the site
 * is then left out and named in a note, never dropped silently. A site more than 30 km outside the box around the
 * region's area centroids ({@link AreaExtent}) is a problem. Mutable (it remembers the codes read so far); used by one
 * load on one thread.
 */
final class SiteFile {
    private final List<ServiceSpec> services;
    private final String catalogueFile;
    private final Optional<AreaExtent> extent;
    private final Problems problems;
    private final Set<SiteCode> seen = new HashSet<>();

    /**
     * @param services      the catalogue services available in this dataset
     * @param catalogueFile the catalogue's name, for problems with its rules
     * @param extent        the box around the region's area centroids; empty to skip the distance check
     */
    SiteFile(List<ServiceSpec> services, String catalogueFile, Optional<AreaExtent> extent, Problems problems) {
        this.services = List.copyOf(services);
        this.catalogueFile = catalogueFile;
        this.extent = extent;
        this.problems = problems;
    }

    /** @param unlocated receives the codes of sites left out for having no coordinates (only with allow_unlocated) */
    List<Site> read(CsvTable table, Manifest.SiteTable spec, List<String> unlocated) {
        if (table == null || !table.requireColumns(problems,
                List.of(spec.codeColumn(), spec.nameColumn(), spec.latColumn(), spec.lonColumn()))
                || !table.requireRows(problems)) {
            return List.of();
        }
        SiteRules rules = SiteRules.of(services, catalogueFile, spec.id());
        if (!rules.columnsPresent(table, problems)) {
            return List.of();
        }
        boolean practices = "practice".equals(spec.codeKind());
        Pattern pattern = practices ? SiteCode.PRACTICE : SiteCode.TRUST_SITE;
        String what = practices ? "ODS practice code" : "ODS site code";
        RowChecks check = new RowChecks(table, problems);
        List<Site> sites = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            SiteCode code = check.code(row, spec.codeColumn(), pattern, what, SiteCode::new);
            if (code != null && !seen.add(code)) {
                check.problem(row, spec.codeColumn(), code.value(), "appears more than once (codes must be unique"
                        + " across all site files)");
                continue;
            }
            rules.checkValues(row, check);
            if (row.get(spec.latColumn()).isEmpty() && row.get(spec.lonColumn()).isEmpty()) {
                if (!spec.allowUnlocated()) {
                    check.problem(row, spec.latColumn() + "/" + spec.lonColumn(), "", "are both empty: the site has no"
                            + " location (to leave such sites out with a note, set \"allow_unlocated\": true on this"
                            + " file's site_tables entry in " + Manifest.FILE_NAME + ")");
                } else if (code != null) {
                    unlocated.add(code.value());
                }
                continue;
            }
            GeoPoint location = near(row, spec, check.point(row, spec.latColumn(), spec.lonColumn()), check);
            if (code == null || location == null) {
                continue;
            }
            Site site = check.build(row, () -> new Site(code, row.get(spec.nameColumn()), location,
                    rules.offeredBy(row), spec.id(), spec.outsideRegion()));
            if (site != null) {
                sites.add(site);
            }
        }
        return sites;
    }

    /** The location if it is near enough the region's areas; null (with a problem) if it is too far. */
    private GeoPoint near(CsvTable.Row row, Manifest.SiteTable spec, GeoPoint location, RowChecks check) {
        if (location == null || extent.isEmpty()) {
            return location;
        }
        double metres = extent.get().metresOutside(location);
        if (metres > AreaExtent.SITE_LIMIT_METRES) {
            check.problem(row, spec.latColumn() + "/" + spec.lonColumn(),
                    row.get(spec.latColumn()) + "," + row.get(spec.lonColumn()), "is " + Math.round(metres / 1000)
                            + " km from the nearest edge of the region's areas; check its coordinates");
            return null;
        }
        return location;
    }
}
