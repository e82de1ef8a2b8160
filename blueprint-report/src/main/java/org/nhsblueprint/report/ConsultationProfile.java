package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nhsblueprint.consultation.ConsultationAnalysis;
import org.nhsblueprint.consultation.PersonalData;
import org.nhsblueprint.consultation.Representativeness;
import org.nhsblueprint.consultation.Respondents;

/**
 * The consultation report's sections on who responded (respondents' shares by age, deprivation quintile and borough
 * beside the population's, over- and under-represented boroughs flagged) and on the personal data removed.
 * Stateless.
 */
final class ConsultationProfile {
    static final String CSS = """
            tr.over th, tr.over td { background: #e8f1fa; } tr.under th, tr.under td { background: #fdeceb; }
            table.profile td.flag { white-space: nowrap; }
            """;
    /** Respondent share over population share above which a group is flagged as over-represented. */
    static final double OVER = 1.25;
    /** Respondent share over population share below which a group is flagged as under-represented. */
    static final double UNDER = 0.8;

    private ConsultationProfile() {
    }

    static void render(Html h, ConsultationAnalysis.Result r, String populationSource) {
        h.raw("<section id=\"who\">\n");
        h.element("h2", "Who responded").newline();
        h.element("p class=\"intro\"", "Respondents' shares by age, deprivation quintile and borough beside the"
                + " population's" + (populationSource.isBlank() ? "" : " (" + populationSource + ")") + ". Shares are"
                + " of respondents whose group is known: age from the age band given, deprivation quintile from the"
                + " small area (LSOA) given, borough from the area given. A consultation hears from those who choose"
                + " to respond; groups that are under-represented here may need to be sought out.").newline();
        if (r.profile().isEmpty()) {
            h.element("p", "No respondent gave an age or an area.").newline();
            h.raw("</section>\n");
            return;
        }
        h.raw("<div class=\"panels\">\n");
        for (String d : List.of(Respondents.AGE, Respondents.DEPRIVATION)) {
            List<Representativeness.Row> rows = rows(r, d);
            if (rows.isEmpty()) {
                continue;
            }
            h.raw("<div>");
            String title = d.equals(Respondents.AGE) ? "Age" : "Deprivation quintile (IMD 2019)";
            h.element("h3", title + " \u00b7 " + Display.count(known(rows)) + " respondents known").newline();
            List<ConsultationBars.Row> bars = new ArrayList<>();
            for (Representativeness.Row row : rows) {
                bars.add(new ConsultationBars.Row(row.category(), List.of(
                        new ConsultationBars.Bar(0, row.respondentShare(), Double.NaN, Double.NaN,
                                Display.percent(row.respondentShare()) + " \u00b7 " + Display.count(row.respondents())),
                        new ConsultationBars.Bar(2, row.populationShare(), Double.NaN, Double.NaN,
                                Display.percent(row.populationShare())))));
            }
            ConsultationBars.render(h, title + ": respondents and population", List.of("respondents", "",
                    "population"), bars, 0, ConsultationBars.NARROW);
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
        List<Representativeness.Row> boroughs = rows(r, Respondents.BOROUGH);
        if (!boroughs.isEmpty()) {
            boroughs(h, boroughs);
        }
        h.raw("</section>\n");
    }

    private static void boroughs(Html h, List<Representativeness.Row> rows) {
        List<String> over = rows.stream().filter(x -> x.ratio() > OVER).map(Representativeness.Row::category)
                .toList();
        List<String> under = rows.stream().filter(x -> x.ratio() < UNDER).map(Representativeness.Row::category)
                .toList();
        h.element("h3", "Borough \u00b7 " + Display.count(known(rows)) + " respondents known").newline();
        h.element("p", "Over-represented (respondents' share more than " + Display.plain(OVER) + " times the"
                + " population's): " + (over.isEmpty() ? "none" : String.join(", ", over)) + ". Under-represented"
                + " (less than " + Display.plain(UNDER) + " times): " + (under.isEmpty() ? "none"
                : String.join(", ", under)) + ".").newline();
        h.raw("<details class=\"boroughs\"" + (rows.size() <= 12 ? " open" : "") + "><summary>")
                .text("Respondents and population in each of the " + rows.size() + " boroughs").raw("</summary>\n");
        h.raw("<table class=\"figures profile bars\">\n<thead><tr><th scope=\"col\">Borough</th>"
                + "<th scope=\"col\" class=\"num\">Respondents</th><th scope=\"col\" class=\"num\">Share of"
                + " respondents</th><th scope=\"col\" class=\"num\">Share of population</th>"
                + "<th scope=\"col\" class=\"num\">Ratio</th><th scope=\"col\"><span class=\"visually-hidden\">"
                + "Ratio on a log scale</span></th><th scope=\"col\">Flag</th></tr></thead>\n<tbody>\n");
        for (Representativeness.Row row : rows) {
            double ratio = row.ratio();
            String flag = ratio > OVER ? "over-represented" : ratio < UNDER ? "under-represented" : "";
            h.raw(ratio > OVER ? "<tr class=\"over\">" : ratio < UNDER ? "<tr class=\"under\">" : "<tr>")
                    .raw("<th scope=\"row\">").text(row.category()).raw("</th><td class=\"num\">")
                    .text(Display.count(row.respondents())).raw("</td><td class=\"num\">")
                    .text(Display.percent(row.respondentShare())).raw("</td><td class=\"num\">")
                    .text(Display.percent(row.populationShare())).raw("</td><td class=\"num\">")
                    .text(Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.2f", ratio) : Display.NOT_APPLICABLE)
                    .raw("</td><td class=\"barcell\">");
            // log2 of the ratio over 2: a half or a double reach half-way, a quarter or four times the end
            h.divergingBar(Double.isFinite(ratio) && ratio > 0 ? Math.log(ratio) / Math.log(2) / 2 : Double.NaN);
            h.raw("</td><td class=\"flag\">").text(flag).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        h.element("p class=\"note\"", "Bar: the ratio on a doubling scale, from a quarter (left end) through equal"
                + " (centre line) to four times (right end); red under, blue over.").newline();
        h.raw("</details>\n");
    }

    private static List<Representativeness.Row> rows(ConsultationAnalysis.Result r, String dimension) {
        return r.profile().stream().filter(x -> x.dimension().equals(dimension)).toList();
    }

    private static int known(List<Representativeness.Row> rows) {
        return rows.stream().mapToInt(Representativeness.Row::respondents).sum();
    }

    static void personalData(Html h, ConsultationAnalysis.Result r) {
        h.raw("<section id=\"personal-data\">\n");
        h.element("h2", "Personal data").newline();
        int total = r.redactions().values().stream().mapToInt(Integer::intValue).sum();
        h.element("p class=\"intro\"", "Before anything else was done, personal data in the responses' text was found"
                + " and replaced by a marker such as [name] or [postcode]: e-mail addresses, telephone numbers,"
                + " postcodes, street addresses and names after a sign-off or \u201cmy name is\u201d. Every quote and"
                + " template in this report is redacted text. " + Display.count(r.responsesWithPersonalData()) + " of "
                + Display.count(r.responses()) + " responses (" + Display.percent(ConsultationThemes.share(
                r.responsesWithPersonalData(), r.responses())) + ") contained some; " + Display.count(total) + " "
                + ConsultationThemes.plural(total, "item") + " were removed in all. The rules err towards removing"
                + " too much; they can miss personal data written in unusual ways, so the published text should"
                + " still be read before release.").newline();
        if (total == 0) {
            h.raw("</section>\n");
            return;
        }
        h.raw("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Kind</th>"
                + "<th scope=\"col\" class=\"num\">Removed</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<PersonalData.Kind, Integer> e : r.redactions().entrySet()) {
            h.raw("<tr><th scope=\"row\">").text(kind(e.getKey())).raw("</th><td class=\"num\">")
                    .text(Display.count(e.getValue())).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    static String kind(PersonalData.Kind kind) {
        return switch (kind) {
            case EMAIL -> "E-mail addresses";
            case PHONE -> "Telephone numbers";
            case POSTCODE -> "Postcodes";
            case ADDRESS -> "Street addresses";
            case NAME -> "Names";
        };
    }
}
