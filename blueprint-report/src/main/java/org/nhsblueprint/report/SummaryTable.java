package org.nhsblueprint.report;

import java.util.List;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.Summary;

/**
 * The report's opening table: one row per service with its sites, standard and headline figures. Sites are counted
 * in the region ("Sites in London"); when any service has sites beyond the boundary, a second column counts those
 * separately ("Beyond boundary"). Stateless, so thread-safe.
 */
final class SummaryTable {
    private SummaryTable() {
    }

    static void render(Html h, List<AccessResult> results, String region) {
        boolean beyond = results.stream().anyMatch(r -> r.sitesOutsideRegion() > 0);
        h.raw("<table class=\"figures summary\">\n<caption>All services at a glance</caption>\n<thead><tr>")
                .raw("<th scope=\"col\">Service</th><th scope=\"col\" class=\"num\">").text("Sites in " + region)
                .raw("</th>");
        if (beyond) {
            h.raw("<th scope=\"col\" class=\"num\">Beyond boundary</th>");
        }
        h.raw("<th scope=\"col\">Mode</th><th scope=\"col\" class=\"num\">Standard (min)</th>")
                .raw("<th scope=\"col\" class=\"num\">Within standard</th>")
                .raw("<th scope=\"col\" class=\"num\">Mean min</th>")
                .raw("<th scope=\"col\" class=\"num\">Median min</th><th scope=\"col\" class=\"num\">P90 min</th>")
                .raw("<th scope=\"col\" class=\"num\">Max min</th></tr></thead>\n<tbody>\n");
        for (AccessResult r : results) {
            Summary s = r.overall();
            SiteCounts sites = SiteCounts.of(r);
            h.raw("<tr><th scope=\"row\"><a href=\"#").raw(ServiceSection.anchor(r)).raw("\">")
                    .text(r.service().name()).raw("</a></th>");
            cell(h, Display.count(sites.inRegion()));
            if (beyond) {
                cell(h, Display.count(sites.beyond()));
            }
            h.raw("<td>").text(Display.mode(r.service().mode())).raw("</td>");
            cell(h, Display.plain(r.service().standardMinutes()));
            cell(h, Display.percent(s.shareWithin()));
            cell(h, Display.minutes(s.meanMinutes()));
            cell(h, Display.minutes(s.medianMinutes()));
            cell(h, Display.minutes(s.p90Minutes()));
            cell(h, Display.minutes(s.maxMinutes()));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void cell(Html h, String figure) {
        h.raw("<td class=\"num\">").text(figure).raw("</td>");
    }
}
