package org.nhsblueprint.report;

import java.util.List;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * Longer journeys by deprivation: one row per Index of Multiple Deprivation 2019 decile (1 = the most deprived tenth
 * of England) with the people whose journey gets longer and their share of the decile's residents in the region, and a
 * bar of that share drawn from zero to the largest decile share (stated in a note under the table), so that deciles
 * compare honestly. Stateless, so thread-safe.
 */
final class AppraisalDecileTable {
    private AppraisalDecileTable() {
    }

    static void render(Html h, ServiceAppraisal a, String region) {
        long[] residents = new long[10];
        for (AreaAccess area : a.before().areas()) {
            residents[area.area().imdDecile() - 1] += area.area().population();
        }
        List<Long> longer = a.longerByImdDecile();
        double largest = 0;
        for (int d = 0; d < 10; d++) {
            double share = share(longer.get(d), residents[d]);
            largest = Double.isFinite(share) ? Math.max(largest, share) : largest;
        }
        h.raw("<table class=\"figures bars\">\n<caption>Longer journeys by deprivation (IMD 2019 decile)</caption>\n")
                .raw("<thead><tr><th scope=\"col\">Decile</th><th scope=\"col\" class=\"num\">Residents</th>")
                .raw("<th scope=\"col\" class=\"num\">Longer journey</th>")
                .raw("<th scope=\"col\" class=\"num\" colspan=\"2\">Share of the decile</th></tr></thead>\n<tbody>\n");
        for (int d = 0; d < 10; d++) {
            double share = share(longer.get(d), residents[d]);
            h.raw("<tr><th scope=\"row\">").text(label(d + 1)).raw("</th>");
            cell(h, Display.count(residents[d]));
            cell(h, Display.count(longer.get(d)));
            cell(h, Display.percent(share));
            h.raw("<td class=\"barcell\">").bar(largest > 0 ? share / largest : 0).raw("</td></tr>\n");
        }
        long all = a.before().overall().population();
        h.raw("</tbody>\n<tfoot><tr><th scope=\"row\">All</th>");
        cell(h, Display.count(all));
        cell(h, Display.count(a.populationLongerJourney()));
        cell(h, Display.percent(share(a.populationLongerJourney(), all)));
        h.raw("<td></td></tr></tfoot>\n</table>\n")
                .element("p class=\"note\"", "Residents: the decile's residents in " + region + ". Bars run from 0 to"
                        + " the largest decile share, " + Display.percent(largest) + ".")
                .newline();
    }

    static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** A decile as the tables label it: {@code "1 most deprived"}, {@code "2"}, ... {@code "10 least deprived"}. */
    static String label(int decile) {
        return switch (decile) {
            case 1 -> "1 most deprived";
            case 10 -> "10 least deprived";
            default -> Integer.toString(decile);
        };
    }

    private static void cell(Html h, String figure) {
        h.raw("<td class=\"num\">").text(figure).raw("</td>");
    }
}
