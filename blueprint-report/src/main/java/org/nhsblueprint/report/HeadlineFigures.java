package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.NextNearestSummary;
import org.nhsblueprint.access.Summary;

/**
 * The headline cards at the top of a service's section: people within the standard, journey times, people aged 65
 * and over, patients' choice, and what the nearest site closing would mean. Stateless, so thread-safe.
 */
final class HeadlineFigures {
    private HeadlineFigures() {
    }

    static void render(Html h, AccessResult r) {
        Summary all = r.overall();
        Summary old = r.aged65Plus();
        String standard = Display.plain(r.service().standardMinutes());
        h.raw("<div class=\"cards\">\n");
        card(h, "Within the " + standard + "-minute standard", Display.percent(all.shareWithin()),
                Display.count(all.populationWithin()) + " of " + Display.count(all.population()) + " people");
        card(h, "Mean journey to the nearest site", Display.minutes(all.meanMinutes()) + " min",
                "median " + Display.minutes(all.medianMinutes()) + ", 90th percentile "
                        + Display.minutes(all.p90Minutes()) + ", longest " + Display.minutes(all.maxMinutes()));
        card(h, "Aged 65+ within the standard", Display.percent(old.shareWithin()),
                Display.count(old.populationWithin()) + " of " + Display.count(old.population()) + " people aged 65+");
        long[] bySites = r.choice().populationBySites();
        card(h, "Choice: sites within the standard", Display.oneDecimal(r.choice().meanSitesWithin()),
                "on average; " + Display.percent(all.population() == 0 ? Double.NaN
                        : (double) bySites[0] / all.population()) + " of people have none");
        NextNearestSummary next = r.nextNearest();
        if (r.siteCount() < 2) {
            card(h, "If the nearest site closed", Display.NOT_APPLICABLE, "only one site offers this service");
        } else {
            card(h, "If the nearest site closed", "+" + Display.minutes(next.meanExtraMinutes()) + " min",
                    "mean extra journey to the next-nearest; " + Display.percent(next.shareWithinStandard())
                            + " would still be within the standard");
        }
        h.raw("</div>\n");
    }

    private static void card(Html h, String label, String figure, String detail) {
        h.raw("<div class=\"card\">").element("p class=\"card-label\"", label)
                .element("p class=\"card-figure\"", figure).element("p class=\"card-detail\"", detail)
                .raw("</div>\n");
    }
}
