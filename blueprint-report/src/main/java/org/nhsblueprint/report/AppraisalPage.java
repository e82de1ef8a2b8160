package org.nhsblueprint.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * The appraisal report's {@code index.html}: head with the access report's style sheet ({@code report.css}) and the
 * few rules the appraisal adds, the title "<i>scenario</i>: what changes", the scenario's description, the summary
 * table of every service, a section per service whose journeys change, and one line naming the services that do not
 * change. Self-contained: no scripts, no external resources, only inline CSS and SVG. Stateless, so thread-safe: maps
 * are drawn with a projection made per call.
 */
final class AppraisalPage {
    /** Rules added to {@code report.css}: site markers on the change map, flagged volume rows. */
    static final String EXTRA_CSS = """
            .map.change .sites.kept circle, .site-key.kept { fill: #212b32; stroke: #fff; stroke-width: 0.8; }
            .map.change .sites.stopped circle, .site-key.stopped { fill: #fff; stroke: #212b32; stroke-width: 1.6; }
            .map.change .sites.started circle, .site-key.started { fill: #007f3b; stroke: #fff; stroke-width: 0.8; }
            .map.change .boroughs { stroke: #fff; }
            p.legend { margin: 4px 0 0; }
            table.appraisal thead th { vertical-align: bottom; }
            table.appraisal thead th.num { white-space: normal; }
            table.appraisal tbody th { white-space: nowrap; }
            .description { max-width: 60em; font-size: 18px; }
            .headline { max-width: 60em; margin: 0 0 16px; }
            .no-change { margin-top: 28px; }
            table.figures tfoot th, table.figures tfoot td { border-top: 2px solid #425563; font-weight: bold; }
            table.volumes tr.below-minimum td:last-child { color: #d5281b; font-weight: bold; }
            table.volumes tr.over-capacity td:last-child { color: #d5281b; font-weight: bold; }
            .volumes-headline { font-weight: bold; margin: 0 0 4px; }
            """;
    private static final String CSS = ReportPage.css();

    private AppraisalPage() {
    }

    static String render(RegionModel baseline, RegionModel option, String scenarioName, String description,
                         List<ServiceAppraisal> appraisals, Map<ServiceId, AppraisalVolumes> volumes,
                         Optional<org.nhsblueprint.simulation.SimulationResult> simulation) {
        BritishNationalGrid grid = new BritishNationalGrid();
        AppraisalSection section = new AppraisalSection(BoroughShapes.of(baseline.boundaries(), grid)
                .map(shapes -> new AppraisalChangeMap(shapes, grid)));
        Map<SiteCode, Site> sites = new LinkedHashMap<>();
        // a site's name under the option (a converted site may be renamed), else its name before
        option.sites().forEach(s -> sites.put(s.code(), s));
        baseline.sites().forEach(s -> sites.putIfAbsent(s.code(), s));
        String title = scenarioName + ": what changes";
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", title).raw("\n<style>\n").raw(CSS).raw(EXTRA_CSS).raw(SimulationSection.CSS)
                .raw("</style>\n</head>\n<body>\n")
                .raw("<header class=\"masthead\"><div class=\"wrap\"><span class=\"brand\">Blueprint</span>")
                .element("span class=\"region\"", baseline.name()).raw("</div></header>\n<main class=\"wrap\">\n")
                .element("h1", title).newline();
        if (!baseline.vintage().isEmpty()) {
            h.element("p class=\"vintage\"", "Data: " + baseline.vintage()).newline();
        }
        if (!description.isBlank()) {
            h.element("p class=\"description\"", description).newline();
        }
        List<String> applied = org.nhsblueprint.scenario.ScenarioResolver.scenarioNotes(baseline, option);
        if (!applied.isEmpty()) {
            h.raw("<ul class=\"applied\">\n");
            applied.forEach(n -> h.element("li", n).newline());
            h.raw("</ul>\n");
        }
        h.element("p class=\"intro\"", "Journey times from every small area of " + baseline.name() + " ("
                + Display.count(baseline.areas().size()) + " areas, " + Display.count(baseline.population())
                + " residents) to the nearest site offering each service, before the option and after it. A longer"
                + " journey is one to a nearest site further away than before. Journey times are estimates for"
                + " planning at area level, not journey planning.").newline();
        AppraisalSummaryTable.render(h, appraisals);
        List<ServiceAppraisal> changed = appraisals.stream().filter(AppraisalSection::changed).toList();
        List<ServiceAppraisal> unchanged = appraisals.stream().filter(a -> !AppraisalSection.changed(a)).toList();
        for (ServiceAppraisal a : changed) {
            section.render(h, baseline, option, a, Optional.ofNullable(volumes.get(a.before().service().id())),
                    sites);
        }
        if (!unchanged.isEmpty()) {
            h.element("p class=\"no-change\"", "No change: " + AppraisalSection.names(unchanged) + ".").newline();
        }
        simulation.ifPresent(r -> SimulationSection.render(h, r, sites));
        h.raw("</main>\n<footer class=\"wrap\">").text("Blueprint \u00b7 " + title)
                .raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }
}
