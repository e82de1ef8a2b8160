package org.nhsblueprint.report;

import java.util.List;
import java.util.Optional;
import org.nhsblueprint.access.Summary;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * The comparison report's opening table. For every service some option changes, a row per option with its figures
 * against the baseline: sites, the share within the standard and the mean journey (baseline &rarr; option), the people
 * with a longer journey and their mean extra minutes, and the sites below the minimum volume and over their stated
 * capacity (baseline &rarr; option) where the dataset has them; the service's name links to its section. Then one row
 * for each service no option changes, with its figures in the baseline. Stateless, so thread-safe.
 */
final class ComparisonSummaryTable {
    private static final int COLUMNS = 8;

    private ComparisonSummaryTable() {
    }

    static void render(Html h, List<ComparisonService> services, List<ComparisonOption> options) {
        h.raw("<table class=\"figures summary appraisal comparison\">\n<caption>Every service under each option,"
                        + " baseline \u2192 option</caption>\n<thead><tr>")
                .raw("<th scope=\"col\">Option</th><th scope=\"col\" class=\"num\">Sites</th>")
                .raw("<th scope=\"col\" class=\"num\">Within standard</th>")
                .raw("<th scope=\"col\" class=\"num\">Mean minutes</th>")
                .raw("<th scope=\"col\" class=\"num\">People with a longer journey</th>")
                .raw("<th scope=\"col\" class=\"num\">Their mean extra minutes</th>")
                .raw("<th scope=\"col\" class=\"num\">Sites below the minimum volume</th>")
                .raw("<th scope=\"col\" class=\"num\">Sites over capacity</th></tr></thead>\n");
        for (ComparisonService s : services.stream().filter(ComparisonService::changed).toList()) {
            h.raw("<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"" + COLUMNS + "\"><a href=\"#")
                    .raw(s.anchor()).raw("\">").text(s.service().name()).raw("</a></th></tr>\n");
            for (int i = 0; i < options.size(); i++) {
                h.raw("<tr><th scope=\"row\">").text(ComparisonPage.label(i, options.get(i))).raw("</th>");
                Optional<ServiceAppraisal> a = s.byOption().get(i);
                if (a.isPresent()) {
                    row(h, a.get(), s.volumes().get(i));
                } else {
                    h.raw("<td colspan=\"" + (COLUMNS - 1) + "\" class=\"removed\">").text("No site offers it under"
                            + " this option: everyone loses access, which journey times cannot show.").raw("</td>");
                }
                h.raw("</tr>\n");
            }
            h.raw("</tbody>\n");
        }
        List<ComparisonService> unchanged = services.stream().filter(s -> !s.changed()).toList();
        if (!unchanged.isEmpty()) {
            h.raw("<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"" + COLUMNS + "\">No change under any"
                    + " option (figures as in the baseline)</th></tr>\n");
            for (ComparisonService s : unchanged) {
                h.raw("<tr><th scope=\"row\">").text(s.service().name()).raw("</th>");
                Summary base = s.baseline().overall();
                Optional<AppraisalVolumes> v = s.volumes().stream().flatMap(Optional::stream).findFirst();
                cell(h, Display.count(s.baseline().siteCount()));
                cell(h, Display.percent(base.shareWithin()));
                cell(h, Display.minutes(base.meanMinutes()));
                cell(h, "0");
                cell(h, Display.NOT_APPLICABLE);
                cell(h, v.flatMap(AppraisalVolumes::belowBefore).map(b -> Display.count(b.below().size()))
                        .orElse(Display.NOT_APPLICABLE));
                cell(h, v.filter(AppraisalVolumes::hasCapacities).map(x -> Display.count(x.overBefore().over().size()))
                        .orElse(Display.NOT_APPLICABLE));
                h.raw("</tr>\n");
            }
            h.raw("</tbody>\n");
        }
        h.raw("</table>\n").element("p class=\"note\"", "Sites below the minimum volume: the region's own sites whose"
                + " modelled yearly volume is under the service's minimum; sites over capacity: those whose modelled"
                + " volume exceeds the capacity they state. Both are " + Display.NOT_APPLICABLE + " where the dataset"
                + " has no demand rate, minimum or capacity for the service.").newline();
    }

    private static void row(Html h, ServiceAppraisal a, Optional<AppraisalVolumes> volumes) {
        AppraisalSummaryTable.cells(h, a);
        cell(h, volumes.flatMap(v -> v.belowBefore().flatMap(b -> v.belowAfter().map(f -> AppraisalFigures
                .beforeAfter(Display.count(b.below().size()), Display.count(f.below().size())))))
                .orElse(Display.NOT_APPLICABLE));
        cell(h, volumes.filter(AppraisalVolumes::hasCapacities).map(v -> AppraisalFigures.beforeAfter(
                Display.count(v.overBefore().over().size()), Display.count(v.overAfter().over().size())))
                .orElse(Display.NOT_APPLICABLE));
    }

    private static void cell(Html h, String figure) {
        h.raw("<td class=\"num\">").text(figure).raw("</td>");
    }
}
