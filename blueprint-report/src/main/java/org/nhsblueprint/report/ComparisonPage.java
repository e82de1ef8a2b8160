package org.nhsblueprint.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;

/**
 * The comparison report's {@code index.html}: the options, numbered, with their descriptions; the summary table of
 * every service under every option; a section per service that some option changes; one line naming the services no
 * option changes; then method and data sources. Built from the access and appraisal reports' parts, with their style
 * sheet. Self-contained: no scripts, no external resources, only inline CSS and SVG. Stateless, so thread-safe: maps
 * are drawn with a projection made per call.
 */
final class ComparisonPage {
    /** Rules added to the appraisal report's: the options list, service rows, small multiples, line keys. */
    static final String EXTRA_CSS = """
            ol.options { max-width: 60em; padding-left: 24px; margin: 8px 0 16px; }
            ol.options li { margin: 0 0 6px; }
            .option-name { font-weight: bold; }
            table.comparison tr.group th { background: #e8edee; font-weight: bold; padding-top: 6px; }
            table.comparison tbody tr:nth-child(even) { background: none; }
            table.comparison td.removed { color: #d5281b; }
            .panels.gains { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
            .panels.gains > .panel:first-child { overflow-x: auto; }
            @media (max-width: 900px) { .panels.gains { grid-template-columns: minmax(0, 1fr); } }
            .multiples { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 16px 28px;
              margin: 0 0 8px; align-items: start; }
            .multiple h4 { color: #003087; font-size: 15px; margin: 0 0 2px; }
            .multiple .map { margin-bottom: 8px; }
            .multiples.volumes { grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); }
            table.deciles thead th.option { text-align: center; font-size: 13px; white-space: normal; }
            table.deciles tbody th { white-space: nowrap; }
            .chart .legend .key { white-space: normal; }
            p.source { margin: 4px 0 24px; }
            """;
    private static final String CSS = ReportPage.css() + AppraisalPage.EXTRA_CSS + EXTRA_CSS;

    private ComparisonPage() {
    }

    /** How an option is named in tables, keys and headings: {@code "2. Close the Royal Free"}. */
    static String label(int index, ComparisonOption option) {
        return (index + 1) + ". " + option.name();
    }

    static String render(RegionModel baseline, List<ComparisonOption> options) {
        BritishNationalGrid grid = new BritishNationalGrid();
        ComparisonSection section = new ComparisonSection(BoroughShapes.of(baseline.boundaries(), grid)
                .map(shapes -> new AppraisalChangeMap(shapes, grid)));
        String title = options.size() + " options for " + baseline.name() + " compared";
        Html h = ReportPage.open(title, baseline, CSS);
        h.raw("<ol class=\"options\">\n");
        for (ComparisonOption o : options) {
            h.raw("<li>").element("span class=\"option-name\"", o.name());
            if (!o.description().isBlank()) {
                h.raw("<br>").text(o.description());
            }
            for (String applied : org.nhsblueprint.scenario.ScenarioResolver.scenarioNotes(baseline, o.model())) {
                h.raw("<br><span class=\"applied\">").text(applied).raw("</span>");
            }
            h.raw("</li>\n");
        }
        h.raw("</ol>\n").element("p class=\"intro\"", "Journey times from every small area of " + baseline.name()
                + " (" + Display.count(baseline.areas().size()) + " areas, " + Display.count(baseline.population())
                + " residents) to the nearest site offering each service, in the " + baseline.name() + " dataset as it"
                + " is (the baseline) and under each option. Every option is applied to the same dataset and compared"
                + " with it, so the options line up. Journey times are estimates for planning at area level, not"
                + " journey planning: see Method.").newline();
        List<ComparisonService> services = ComparisonService.of(baseline, options);
        ComparisonSummaryTable.render(h, services, options);
        Map<SiteCode, Site> sites = new LinkedHashMap<>();
        baseline.sites().forEach(s -> sites.put(s.code(), s));
        options.forEach(o -> o.model().sites().forEach(s -> sites.putIfAbsent(s.code(), s)));
        for (ComparisonService s : services) {
            if (s.changed()) {
                section.render(h, baseline, s, options, sites);
            }
        }
        List<String> unchanged = services.stream().filter(s -> !s.changed()).map(s -> s.service().name()).toList();
        if (!unchanged.isEmpty()) {
            h.element("p class=\"no-change\"", "No change under any option: " + String.join(", ", unchanged) + ".")
                    .newline();
        }
        List<Service> removed = ComparisonService.removedByEvery(baseline, options);
        if (!removed.isEmpty()) {
            h.element("p class=\"no-change\"", "No site offers " + String.join(", ", removed.stream()
                    .map(Service::name).toList()) + " under any option: everyone loses access, which journey times"
                    + " cannot show.").newline();
        }
        ComparisonMethod.render(h, baseline, services.stream().map(ComparisonService::baseline).toList());
        SourcesSection.render(h, baseline);
        h.raw("</main>\n<footer class=\"wrap\">").text("Blueprint \u00b7 " + title)
                .raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }
}
