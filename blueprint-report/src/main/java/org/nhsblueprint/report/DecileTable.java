package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.access.Summary;

/**
 * Access by deprivation: a table with one row per Index of Multiple Deprivation decile (1 = the most deprived tenth
 * of England), with bars for the share within the standard and the mean minutes, so that an equity gap shows at a
 * glance. Stateless.
 */
final class DecileTable {
    private DecileTable() {
    }

    static void render(Html h, AccessResult r) {
        if (r.byImdDecile().isEmpty()) {
            return;
        }
        double longest = r.byImdDecile().stream().mapToDouble(g -> g.summary().meanMinutes())
                .filter(Double::isFinite).max().orElse(0);
        h.raw("<table class=\"figures bars\">\n<caption>By deprivation (IMD 2019 decile)</caption>\n")
                .raw("<thead><tr><th scope=\"col\">Decile</th><th scope=\"col\" class=\"num\">People</th>")
                .raw("<th scope=\"col\" colspan=\"2\">Within ").text(Display.plain(r.service().standardMinutes()))
                .raw(" min</th><th scope=\"col\" colspan=\"2\">Mean minutes</th></tr></thead>\n<tbody>\n");
        for (GroupSummary g : r.byImdDecile()) {
            Summary s = g.summary();
            h.raw("<tr><th scope=\"row\">").text(label(g.key())).raw("</th><td class=\"num\">")
                    .text(Display.count(s.population())).raw("</td><td class=\"num\">")
                    .text(Display.percent(s.shareWithin())).raw("</td><td class=\"barcell\">").bar(s.shareWithin())
                    .raw("</td><td class=\"num\">").text(Display.minutes(s.meanMinutes()))
                    .raw("</td><td class=\"barcell\">").bar(longest > 0 ? s.meanMinutes() / longest : 0)
                    .raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static String label(String decile) {
        return switch (decile) {
            case "1" -> "1 most deprived";
            case "10" -> "10 least deprived";
            default -> decile;
        };
    }
}
