package org.nhsblueprint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/**
 * The whole {@code index.html} document: head with the inline style sheet ({@code report.css}), title and dataset
 * vintage, the summary table, a section per service, then method and data sources. The page is self-contained: no
 * scripts, no external resources, only inline CSS and SVG. Stateless, so thread-safe: maps are drawn with a
 * projection made per call.
 */
final class ReportPage {
    private static final String CSS = css();

    private ReportPage() {
    }

    static String render(RegionModel model, List<AccessResult> results, ReportInfo info) {
        BritishNationalGrid grid = new BritishNationalGrid();
        Optional<ChoroplethMap> map = BoroughShapes.of(model.boundaries(), grid)
                .map(shapes -> new ChoroplethMap(shapes, grid));
        ServiceSection section = new ServiceSection(map);
        Html h = open(info.title(), model, CSS);
        h.element("p class=\"intro\"", "Journey times from every small area of " + model.name() + " ("
                + Display.count(model.areas().size()) + " areas, " + Display.count(model.population())
                + " residents) to the nearest site offering each service, judged against each service's travel-time"
                + " standard. Journey times are estimates for planning at area level, not journey planning: see"
                + " Method.").newline();
        SummaryTable.render(h, results, model.name());
        for (AccessResult r : results) {
            section.render(h, model, r);
        }
        MethodSection.render(h, model, results, info);
        SourcesSection.render(h, model);
        h.raw("</main>\n<footer class=\"wrap\">").text("Blueprint"
                + (info.blueprintVersion().isEmpty() ? "" : " " + info.blueprintVersion()) + " \u00b7 " + info.title())
                .raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * Starts a page titled {@code title}: the head with the style sheet {@code css}, the masthead naming the model's
     * region, the heading and the data's vintage. The caller writes the rest and closes {@code main}, {@code body} and
     * {@code html}.
     */
    static Html open(String title, RegionModel model, String css) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", title).raw("\n<style>\n").raw(css).raw("</style>\n</head>\n<body>\n")
                .raw("<header class=\"masthead\"><div class=\"wrap\"><span class=\"brand\">Blueprint</span>")
                .element("span class=\"region\"", model.name()).raw("</div></header>\n<main class=\"wrap\">\n")
                .element("h1", title).newline();
        if (!model.vintage().isEmpty()) {
            h.element("p class=\"vintage\"", "Data: " + model.vintage()).newline();
        }
        return h;
    }

    /** The report's stylesheet, shared by every page Blueprint renders. */
    static String css() {
        try (InputStream in = ReportPage.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the blueprint-report jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read report.css", e);
        }
    }
}
