package org.nhsblueprint.report;

import java.util.List;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/**
 * The limits a reader should know before relying on the figures, at the end of the "Method" section, each said in one
 * place only: how far estimated journey times can be trusted, what including sites beyond the region's boundary does
 * and does not mean, and every note made while loading the data ({@link RegionModel#notes()}). Stateless, so
 * thread-safe.
 */
final class Caveats {
    /** How a travel-times method that is the straight-line estimate begins (road-network methods begin otherwise). */
    static final String ESTIMATED = "Estimated from straight-line";

    private Caveats() {
    }

    static void render(Html h, RegionModel model, List<AccessResult> results) {
        estimatedTimes(h, results);
        travelTimeNotes(h, results);
        sitesBeyond(h, model.name(), results);
        if (!model.notes().isEmpty()) {
            h.element("h3", "Notes on the data").raw("\n<ul class=\"notes\">\n");
            model.notes().forEach(n -> h.element("li", n).newline());
            h.raw("</ul>\n");
        }
    }

    private static void estimatedTimes(Html h, List<AccessResult> results) {
        List<String> estimated = results.stream().filter(r -> r.travelTimesMethod().startsWith(ESTIMATED))
                .map(r -> r.service().name()).toList();
        if (estimated.isEmpty()) {
            return;
        }
        h.element("h3", "Estimated journey times").newline()
                .element("p", "Journey times " + (estimated.size() == results.size() ? ""
                        : "for " + String.join(", ", estimated) + " ") + "are estimated, not routed: the"
                        + " straight-line (great-circle) distance from an area's population-weighted centroid to a"
                        + " site, lengthened by a fixed circuity factor and divided by a typical speed for the mode"
                        + " (each service's figures are above). The estimate knows nothing of the streets, railways"
                        + " or timetables: rivers with few crossings, railways, parks and roads without access make"
                        + " some real journeys longer, and fast roads and direct rail links make some shorter; waiting,"
                        + " changes, congestion and the time of day are left out beyond any fixed allowance, and"
                        + " everyone in an area is placed at its centroid. A single journey may be several minutes"
                        + " out, which matters most for areas near a standard's limit. Use the figures to compare"
                        + " boroughs, deciles and options, not to promise anyone a journey time.")
                .newline();
    }

    /** What each run's travel times could not do, e.g. how many pairs fell back from the road network. */
    private static void travelTimeNotes(Html h, List<AccessResult> results) {
        if (results.stream().allMatch(r -> r.travelTimeNotes().isEmpty())) {
            return;
        }
        h.element("h3", "How the journey times were obtained").raw("\n<ul class=\"notes\">\n");
        for (AccessResult r : results) {
            r.travelTimeNotes().forEach(n -> h.raw("<li>").text(r.service().name() + ": " + n).raw("</li>\n"));
        }
        h.raw("</ul>\n");
    }

    private static void sitesBeyond(Html h, String region, List<AccessResult> results) {
        List<AccessResult> withBeyond = results.stream().filter(r -> r.sitesOutsideRegion() > 0).toList();
        h.element("h3", "Sites beyond the boundary").newline();
        if (withBeyond.isEmpty()) {
            h.element("p", "No sites beyond " + region + "'s boundary are included, so people living near the"
                    + " boundary are taken to use only sites inside " + region + ". Where a site just outside is"
                    + " nearer, their journeys here are longer than they would be in life.").newline();
            return;
        }
        StringBuilder counts = new StringBuilder();
        for (AccessResult r : withBeyond) {
            counts.append(counts.length() == 0 ? "" : "; ").append(r.service().name()).append(", ")
                    .append(Display.count(r.sitesOutsideRegion())).append(" of ")
                    .append(SiteCounts.sites(r.siteCount()));
        }
        h.element("p", "Sites just beyond " + region + "'s boundary are included as destinations, because people"
                + " living near the boundary use them (" + counts + "). People living outside " + region + " are"
                + " not counted: every figure is about " + region + "'s residents, so a site beyond the boundary"
                + " counts only as a place they can reach, and the people it serves on its own side of the boundary"
                + " are not shown. Where the text gives a number of sites, those beyond the boundary are counted"
                + " separately; on the maps they are hollow circles.").newline();
    }
}
