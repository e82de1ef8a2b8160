package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;
import org.nhsblueprint.model.Site;

/**
 * Draws sites as circles on a borough map, inside the map's frame; sites outside the frame are returned, not drawn.
 * Shared by the access and appraisal maps. Immutable and thread-safe.
 */
record SiteDots(BoroughShapes shapes, BritishNationalGrid grid) {

    /** Draws a group of sites as one SVG group; returns the sites that fell outside the frame. */
    List<Site> draw(Html h, List<Site> sites, String cssClass, double radius, String titleSuffix) {
        if (sites.isEmpty()) {
            return List.of();
        }
        MapFrame f = shapes.frame();
        h.raw("<g class=\"").raw(cssClass).raw("\">\n");
        List<Site> notDrawn = new ArrayList<>();
        for (Site site : sites) {
            BritishNationalGrid.Point p = grid.project(site.location());
            if (!f.contains(p)) {
                notDrawn.add(site);
                continue;
            }
            h.raw("<circle cx=\"").raw(Html.number(f.x(p))).raw("\" cy=\"").raw(Html.number(f.y(p)))
                    .raw("\" r=\"").raw(Html.number(radius)).raw("\"><title>")
                    .text(site.name() + " (" + site.code() + ")" + titleSuffix).raw("</title></circle>\n");
        }
        h.raw("</g>\n");
        return notDrawn;
    }
}
