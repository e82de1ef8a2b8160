package org.nhsblueprint.report;

import java.util.List;
import org.nhsblueprint.access.Summary;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * The appraisal report's opening table: one row per service, the figures before and after the option and who gains
 * and who loses. A service whose journeys change links to its section. Stateless, so thread-safe.
 */
final class AppraisalSummaryTable {
    private AppraisalSummaryTable() {
    }

    static void render(Html h, List<ServiceAppraisal> appraisals) {
        h.raw("<table class=\"figures summary appraisal\">\n<caption>Every service, before \u2192 after</caption>\n")
                .raw("<thead><tr>")
                .raw("<th scope=\"col\">Service</th><th scope=\"col\" class=\"num\">Sites</th>")
                .raw("<th scope=\"col\" class=\"num\">Within standard</th>")
                .raw("<th scope=\"col\" class=\"num\">Mean minutes</th>")
                .raw("<th scope=\"col\" class=\"num\">People with a longer journey</th>")
                .raw("<th scope=\"col\" class=\"num\">Their mean extra minutes</th>")
                .raw("<th scope=\"col\" class=\"num\">Aged 65+ with a longer journey</th>")
                .raw("<th scope=\"col\" class=\"num\">People with a shorter journey</th></tr></thead>\n<tbody>\n");
        for (ServiceAppraisal a : appraisals) {
            h.raw("<tr><th scope=\"row\">");
            if (AppraisalSection.changed(a)) {
                h.raw("<a href=\"#").raw(AppraisalSection.anchor(a)).raw("\">").text(a.before().service().name())
                        .raw("</a>");
            } else {
                h.text(a.before().service().name());
            }
            h.raw("</th>");
            cells(h, a);
            cell(h, Display.count(a.aged65PlusLongerJourney()));
            cell(h, Display.count(a.populationShorterJourney()));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    /**
     * The cells every before-and-after table starts with: sites, the share within the standard and the mean minutes
     * (each before &rarr; after), the people with a longer journey and their mean extra minutes.
     */
    static void cells(Html h, ServiceAppraisal a) {
        Summary before = a.before().overall();
        Summary after = a.after().overall();
        cell(h, AppraisalFigures.beforeAfter(Display.count(a.before().siteCount()),
                Display.count(a.after().siteCount())));
        cell(h, AppraisalFigures.beforeAfter(Display.percent(before.shareWithin()),
                Display.percent(after.shareWithin())));
        cell(h, AppraisalFigures.beforeAfter(Display.minutes(before.meanMinutes()),
                Display.minutes(after.meanMinutes())));
        cell(h, Display.count(a.populationLongerJourney()));
        cell(h, AppraisalFigures.change(a.meanExtraMinutesAffected()));
    }

    private static void cell(Html h, String figure) {
        h.raw("<td class=\"num\">").text(figure).raw("</td>");
    }
}
