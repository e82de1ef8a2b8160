package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.ChoiceSummary;

/**
 * Patients' choice: how many people can reach 0, 1, 2 ... sites within the standard, as a table with bars. Sites
 * beyond the region's boundary count like any other, and the caption says so when there are any. Stateless, so
 * thread-safe.
 */
final class ChoiceTable {
    private ChoiceTable() {
    }

    static void render(Html h, AccessResult r) {
        ChoiceSummary c = r.choice();
        long[] people = c.populationBySites();
        long total = 0;
        for (long p : people) {
            total += p;
        }
        if (total == 0) {
            return;
        }
        h.raw("<table class=\"figures bars\">\n<caption>Choice: sites within ")
                .text(Display.plain(r.service().standardMinutes()))
                .raw(" min").text(r.sitesOutsideRegion() > 0 ? ", counting those beyond the boundary" : "")
                .raw("</caption>\n<thead><tr><th scope=\"col\">Sites</th><th scope=\"col\" class=\"num\">People"
                        + "</th><th scope=\"col\" colspan=\"2\">Share</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < people.length; i++) {
            double share = (double) people[i] / total;
            h.raw("<tr><th scope=\"row\">").text(i == people.length - 1 ? i + " or more" : Integer.toString(i))
                    .raw("</th><td class=\"num\">").text(Display.count(people[i])).raw("</td><td class=\"num\">")
                    .text(Display.percent(share)).raw("</td><td class=\"barcell\">").bar(share).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }
}
