package org.nhsblueprint.report;

import java.util.List;
import java.util.Optional;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * Who gains and who loses under each option, by deprivation: one row per Index of Multiple Deprivation 2019 decile (1
 * = the most deprived tenth of England) with the decile's residents in the region and, for each option, the share of
 * them whose journey to the nearest site gets longer and the share whose journey gets shorter; then the same for
 * everyone, and the numbers of people. Stateless, so thread-safe.
 */
final class ComparisonDecileTable {
    private ComparisonDecileTable() {
    }

    static void render(Html h, ComparisonService s, List<ComparisonOption> options, String region) {
        long[] residents = new long[10];
        for (AreaAccess area : s.baseline().areas()) {
            residents[area.area().imdDecile() - 1] += area.area().population();
        }
        List<long[]> shorter = s.byOption().stream().map(a -> a.map(ComparisonDecileTable::shorter).orElse(null))
                .toList();
        h.raw("<table class=\"figures deciles comparison\">\n<caption>Longer and shorter journeys by deprivation (IMD"
                + " 2019 decile), as a share of the decile's residents</caption>\n<thead><tr>")
                .raw("<th scope=\"col\" rowspan=\"2\">Decile</th><th scope=\"col\" class=\"num\" rowspan=\"2\">")
                .raw("Residents</th>");
        for (int i = 0; i < options.size(); i++) {
            h.raw("<th scope=\"colgroup\" colspan=\"2\" class=\"option\">").text(ComparisonPage.label(i,
                    options.get(i))).raw("</th>");
        }
        h.raw("</tr>\n<tr>");
        options.forEach(o -> h.raw("<th scope=\"col\" class=\"num\">Longer</th>")
                .raw("<th scope=\"col\" class=\"num\">Shorter</th>"));
        h.raw("</tr></thead>\n<tbody>\n");
        for (int d = 0; d < 10; d++) {
            h.raw("<tr><th scope=\"row\">").text(AppraisalDecileTable.label(d + 1)).raw("</th>");
            cell(h, Display.count(residents[d]));
            for (int i = 0; i < options.size(); i++) {
                Optional<ServiceAppraisal> a = s.byOption().get(i);
                if (a.isPresent()) {
                    pair(h, a.get().longerByImdDecile().get(d), shorter.get(i)[d], residents[d]);
                } else {
                    missing(h);
                }
            }
            h.raw("</tr>\n");
        }
        long all = s.baseline().overall().population();
        h.raw("</tbody>\n<tfoot><tr><th scope=\"row\">All</th>");
        cell(h, Display.count(all));
        for (Optional<ServiceAppraisal> a : s.byOption()) {
            if (a.isPresent()) {
                pair(h, a.get().populationLongerJourney(), a.get().populationShorterJourney(), all);
            } else {
                missing(h);
            }
        }
        h.raw("</tr>\n<tr><th scope=\"row\">People</th><td></td>");
        for (Optional<ServiceAppraisal> a : s.byOption()) {
            cell(h, a.map(x -> Display.count(x.populationLongerJourney())).orElse(Display.NOT_APPLICABLE));
            cell(h, a.map(x -> Display.count(x.populationShorterJourney())).orElse(Display.NOT_APPLICABLE));
        }
        h.raw("</tr></tfoot>\n</table>\n")
                .element("p class=\"note\"", "Residents: the decile's residents in " + region + ". "
                        + Display.NOT_APPLICABLE + ": no site offers the service under the option.").newline();
    }

    /** People whose journey gets shorter, by decile (index 0 = decile 1), as {@code Appraisal} counts them. */
    private static long[] shorter(ServiceAppraisal a) {
        long[] byDecile = new long[10];
        List<AreaAccess> before = a.before().areas();
        List<AreaAccess> after = a.after().areas();
        for (int i = 0; i < before.size(); i++) {
            if (after.get(i).minutes() < before.get(i).minutes()) {
                byDecile[before.get(i).area().imdDecile() - 1] += before.get(i).area().population();
            }
        }
        return byDecile;
    }

    private static void pair(Html h, long longer, long shorter, long residents) {
        cell(h, Display.percent(AppraisalDecileTable.share(longer, residents)));
        cell(h, Display.percent(AppraisalDecileTable.share(shorter, residents)));
    }

    private static void missing(Html h) {
        cell(h, Display.NOT_APPLICABLE);
        cell(h, Display.NOT_APPLICABLE);
    }

    private static void cell(Html h, String figure) {
        h.raw("<td class=\"num\">").text(figure).raw("</td>");
    }
}
