package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.access.Summary;

/**
 * Every borough's figures for one service, in a collapsed {@code <details>} block so the page stays short. Stateless,
 * so thread-safe.
 */
final class BoroughTable {
    private BoroughTable() {
    }

    static void render(Html h, AccessResult r) {
        if (r.byDistrict().isEmpty()) {
            return;
        }
        h.raw("<details class=\"boroughs\">\n<summary>Figures for each of the ")
                .text(Integer.toString(r.byDistrict().size())).raw(" boroughs</summary>\n")
                .raw("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Borough</th>")
                .raw("<th scope=\"col\" class=\"num\">People</th><th scope=\"col\" class=\"num\">Within standard</th>")
                .raw("<th scope=\"col\" class=\"num\">Share within</th><th scope=\"col\" class=\"num\">Mean min</th>")
                .raw("<th scope=\"col\" class=\"num\">Median min</th><th scope=\"col\" class=\"num\">P90 min</th>")
                .raw("<th scope=\"col\" class=\"num\">Max min</th></tr></thead>\n<tbody>\n");
        for (GroupSummary g : r.byDistrict()) {
            Summary s = g.summary();
            h.raw("<tr><th scope=\"row\">").text(g.name()).raw("</th>");
            cell(h, Display.count(s.population()));
            cell(h, Display.count(s.populationWithin()));
            cell(h, Display.percent(s.shareWithin()));
            cell(h, Display.minutes(s.meanMinutes()));
            cell(h, Display.minutes(s.medianMinutes()));
            cell(h, Display.minutes(s.p90Minutes()));
            cell(h, Display.minutes(s.maxMinutes()));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n</details>\n");
    }

    private static void cell(Html h, String figure) {
        h.raw("<td class=\"num\">").text(figure).raw("</td>");
    }
}
