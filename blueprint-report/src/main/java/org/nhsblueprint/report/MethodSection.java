package org.nhsblueprint.report;

import java.util.List;
import java.util.Locale;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/**
 * The "Method" section: how the figures are weighted and how quantiles are computed, how the maps are drawn, how
 * journeys were obtained for each service and where its standard comes from, then the {@link Caveats} (estimated
 * journey times, sites beyond the boundary, notes on the data), and how to reproduce the report. Stateless, so
 * thread-safe.
 */
final class MethodSection {
    private MethodSection() {
    }

    static void render(Html h, RegionModel model, List<AccessResult> results, ReportInfo info) {
        h.raw("<section class=\"method\" id=\"method\">\n<h2>Method</h2>\n")
                .element("p", "Each small area (a 2021 lower layer super output area, about 1,500 residents) is"
                        + " represented by its population-weighted centroid. For each service Blueprint finds the"
                        + " journey from every centroid to the nearest and next-nearest site offering the service, and"
                        + " counts the sites within the time standard. Every figure is weighted by the areas' resident"
                        + " populations: a share is the share of people, a mean is the mean over people.")
                .newline()
                .element("p", "The median and 90th percentile (P90) are population-weighted lower quantiles: the"
                        + " smallest journey time t such that the people whose journey is at most t make up at least"
                        + " half (or 90%) of the population (Hyndman and Fan's definition 1). Each is therefore a"
                        + " journey time some area actually has, not an interpolation.")
                .newline()
                .element("p", "Maps shade each borough by its residents' mean minutes to the nearest site, in equal"
                        + " classes with round limits (light: short, dark: long); hover over a borough for its figures."
                        + " Boundaries are projected to the British National Grid (EPSG:27700), north up. Filled dots"
                        + " are sites in " + model.name() + ", hollow circles sites beyond its boundary; the map's"
                        + " frame is set by the boundaries alone, and sites outside it are counted under the map,"
                        + " not drawn.")
                .newline();
        services(h, results);
        Caveats.render(h, model, results);
        h.raw("<p class=\"provenance\">").text("Produced by Blueprint"
                + (info.blueprintVersion().isEmpty() ? "" : " " + info.blueprintVersion())
                + (info.datasetFolder().isEmpty() ? "" : " from the dataset folder " + info.datasetFolder())
                + (info.commandLine().isEmpty() ? "." : ", with the command:"));
        if (!info.commandLine().isEmpty()) {
            h.raw("<br><code>").text(info.commandLine()).raw("</code>");
        }
        h.raw("</p>\n</section>\n");
    }

    /** "Each service": how each service's journey times were obtained, and its standard with the standard's source. */
    static void services(Html h, List<AccessResult> results) {
        h.element("h3", "Each service").raw("\n<dl class=\"services\">\n");
        for (AccessResult r : results) {
            h.element("dt", r.service().name())
                    .raw("<dd><p>").text("Travel times: " + r.travelTimesMethod()).raw("</p><p>")
                    .text("Standard: " + Display.plain(r.service().standardMinutes()) + " minutes by "
                            + Display.mode(r.service().mode()).toLowerCase(Locale.ROOT) + ". Source: "
                            + r.service().standardSource())
                    .raw("</p></dd>\n");
        }
        h.raw("</dl>\n");
    }
}
