package org.nhsblueprint.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.optimise.TradeOff;

/**
 * Writes a location question's trade-off over the number of sites: {@value #INDEX} (the table with each p's mean
 * journey, share within the standard, smallest site and stated optimality gap, Pareto rows marked, and a chart of the
 * three against p) and {@value #CSV}. Reproducible: the same rows give byte-identical files. Stateless.
 */
public final class TradeOffReportWriter {
    public static final String INDEX = "index.html";
    public static final String CSV = "tradeoff.csv";
    private static final String CSS = ReportPage.css() + """
            .tradeoff text { font-size: 12px; fill: #212b32; } .tradeoff .minutes { stroke: #005eb8; fill: none;
            stroke-width: 2.5; } .tradeoff .share { stroke: #007f3b; fill: none; stroke-width: 2.5; }
            .tradeoff .pareto { fill: #ffb81c; stroke: #212b32; } .tradeoff .axis { stroke: #768692; }
            .tradeoff .volume { fill: #aeb7bd; } .tradeoff .below { fill: #d5281b; }
            .tradeoff .minimum { stroke: #d5281b; stroke-dasharray: 4 3; }
            tr.chosen th, tr.chosen td { background: #fff9c4; font-weight: bold; }
            """;

    /**
     * @param chosen  the p whose scenario was written, or 0 for none
     * @param minimum the minimum yearly volume, NaN for none
     */
    public List<Path> write(RegionModel model, String title, String description, String serviceName,
                            double standardMinutes, double minimum, List<TradeOff.Row> rows, int chosen,
                            String source, Path outDir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, page(model, title, description, serviceName, standardMinutes, minimum, rows, chosen, source));
        CsvTable csv = new CsvTable("p", "mean_minutes", "share_within_standard", "smallest_site_volume",
                "meets_minimum", "pareto", "objective", "lower_bound", "gap", "seconds", "chosen");
        for (TradeOff.Row r : rows) {
            csv.row(r.p(), Display.plain(Math.round(r.meanMinutes() * 100) / 100.0),
                    Display.plain(Math.round(r.shareWithin() * 10000) / 10000.0),
                    Display.plain(Math.round(r.smallestVolume() * 10) / 10.0), r.meetsMinimum(), r.pareto(),
                    Display.plain(Math.round(r.solution().objective())),
                    Display.plain(Math.round(r.solution().lowerBound())),
                    Display.plain(Math.round(r.solution().gap() * 1e6) / 1e6), String.format(Locale.ROOT, "%.2f",
                            r.solution().seconds()), r.p() == chosen);
        }
        files.put(CSV, csv.text());
        return ReportWriter.writeAll(outDir, files);
    }

    private static String page(RegionModel model, String title, String description, String serviceName,
                               double standard, double minimum, List<TradeOff.Row> rows, int chosen, String source) {
        Html h = ReportPage.open(title, model, CSS);
        if (!description.isBlank()) {
            h.element("p class=\"description\"", description).newline();
        }
        h.element("p class=\"intro\"", "For each number of sites, the sites that give " + model.name() + "'s "
                + Display.count(model.population()) + " residents the least population-weighted journey to a "
                + serviceName + " (p-median; " + (Double.isNaN(minimum) ? "" : "then swapped until every site sees"
                + " at least " + Display.count(Math.round(minimum)) + " a year where that is possible; ")
                + "each with a lower bound, so the gap says how far from the best possible it could be). Pareto: no"
                + " other number of sites is as good on all four columns and better on one.").newline();
        chart(h, rows, minimum);
        h.raw("<table class=\"figures\">\n<thead><tr><th scope=\"col\" class=\"num\">Sites</th>"
                + "<th scope=\"col\" class=\"num\">Mean minutes</th>"
                + "<th scope=\"col\" class=\"num\">Within " + Display.plain(standard) + " min</th>"
                + "<th scope=\"col\" class=\"num\">Smallest site (a year)</th><th scope=\"col\">Minimum met</th>"
                + "<th scope=\"col\">Pareto</th><th scope=\"col\" class=\"num\">Gap</th>"
                + "<th scope=\"col\" class=\"num\">Seconds</th></tr></thead>\n<tbody>\n");
        for (TradeOff.Row r : rows) {
            h.raw(r.p() == chosen ? "<tr class=\"chosen\">" : "<tr>").raw("<th scope=\"row\" class=\"num\">")
                    .text(String.valueOf(r.p())).raw("</th>");
            cell(h, String.format(Locale.ROOT, "%.1f", r.meanMinutes()));
            cell(h, Display.percent(r.shareWithin()));
            cell(h, Display.count(Math.round(r.smallestVolume())));
            h.raw("<td>").text(Double.isNaN(minimum) ? Display.NOT_APPLICABLE : r.meetsMinimum() ? "yes" : "no")
                    .raw("</td><td>").text(r.pareto() ? "yes" : "").raw("</td>");
            cell(h, String.format(Locale.ROOT, "%.2f%%", 100 * r.solution().gap()));
            cell(h, String.format(Locale.ROOT, "%.1f", r.solution().seconds()));
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        h.element("p class=\"note\"", (chosen > 0 ? "Highlighted: " + chosen + " sites, the scenario written"
                + " (scenario.yaml). " : "No number of sites met the choice rule; a scenario was written for each"
                + " p. ") + source).newline();
        h.raw("</main>\n<footer class=\"wrap\">").text("Blueprint \u00b7 " + title).raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void cell(Html h, String text) {
        h.raw("<td class=\"num\">").text(text).raw("</td>");
    }

    /** Mean minutes and share within the standard against p, Pareto points marked; smallest site volume as bars. */
    private static void chart(Html h, List<TradeOff.Row> rows, double minimum) {
        int w = 760;
        int ht = 300;
        int left = 50;
        int right = 60;
        int top = 16;
        int plotW = w - left - right;
        int plotH = ht - top - 40;
        int minP = rows.stream().mapToInt(TradeOff.Row::p).min().orElse(1);
        int maxP = rows.stream().mapToInt(TradeOff.Row::p).max().orElse(1);
        double maxMinutes = rows.stream().mapToDouble(TradeOff.Row::meanMinutes).max().orElse(1) * 1.1;
        double maxVolume = Math.max(rows.stream().mapToDouble(TradeOff.Row::smallestVolume).max().orElse(1),
                Double.isNaN(minimum) ? 0 : minimum) * 1.1;
        double span = Math.max(1, maxP - minP);
        // the share axis runs from a round 5% below the lowest share to 100%, so differences of a point show
        double shareLow = Math.max(0, Math.floor(rows.stream().mapToDouble(TradeOff.Row::shareWithin).min().orElse(0)
                * 20 - 1e-9) / 20);
        double barW = Math.max(2, plotW / (span + 1) * 0.5);
        h.raw("<svg class=\"tradeoff\" viewBox=\"0 0 " + w + " " + ht + "\" width=\"" + w + "\" height=\"" + ht
                + "\" role=\"img\" aria-label=\"Trade-off over the number of sites\">\n");
        StringBuilder minutes = new StringBuilder();
        StringBuilder share = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            TradeOff.Row r = rows.get(k);
            double x = left + (r.p() - minP) / span * plotW;
            double vh = r.smallestVolume() / maxVolume * plotH;
            boolean below = !Double.isNaN(minimum) && r.smallestVolume() < minimum;
            h.raw("<rect class=\"" + (below ? "below" : "volume") + "\" x=\"" + Html.number(x - barW / 2) + "\" y=\""
                    + Html.number(top + plotH - vh) + "\" width=\"" + Html.number(barW) + "\" height=\""
                    + Html.number(vh) + "\"/>\n");
            minutes.append(k == 0 ? "M" : "L").append(Html.number(x)).append(',')
                    .append(Html.number(top + plotH - r.meanMinutes() / maxMinutes * plotH));
            share.append(k == 0 ? "M" : "L").append(Html.number(x)).append(',')
                    .append(Html.number(top + plotH - (r.shareWithin() - shareLow) / (1 - shareLow) * plotH));
        }
        if (!Double.isNaN(minimum)) {
            double y = top + plotH - minimum / maxVolume * plotH;
            h.raw("<line class=\"minimum\" x1=\"" + left + "\" x2=\"" + (left + plotW) + "\" y1=\"" + Html.number(y)
                    + "\" y2=\"" + Html.number(y) + "\"/>\n");
        }
        h.raw("<path class=\"minutes\" d=\"" + minutes + "\"/>\n<path class=\"share\" d=\"" + share + "\"/>\n");
        for (TradeOff.Row r : rows) {
            if (r.pareto()) {
                double x = left + (r.p() - minP) / span * plotW;
                h.raw("<circle class=\"pareto\" r=\"5\" cx=\"" + Html.number(x) + "\" cy=\""
                        + Html.number(top + plotH - (r.shareWithin() - shareLow) / (1 - shareLow) * plotH) + "\"/>\n");
            }
        }
        h.raw("<line class=\"axis\" x1=\"" + left + "\" x2=\"" + (left + plotW) + "\" y1=\"" + (top + plotH)
                + "\" y2=\"" + (top + plotH) + "\"/>\n");
        int step = Math.max(1, (int) Math.ceil(span / 12));
        for (int p = minP; p <= maxP; p += step) {
            double x = left + (p - minP) / span * plotW;
            h.raw("<text x=\"" + Html.number(x - 6) + "\" y=\"" + (top + plotH + 16) + "\">" + p + "</text>\n");
        }
        h.raw("<text x=\"" + (left + plotW / 2 - 40) + "\" y=\"" + (ht - 4) + "\">number of sites</text>\n");
        h.raw("<text x=\"0\" y=\"" + (top + 8) + "\">" + String.format(Locale.ROOT, "%.0f min", maxMinutes)
                + "</text>\n<text x=\"" + (left + plotW + 6) + "\" y=\"" + (top + 8) + "\">100%</text>\n"
                + "<text x=\"" + (left + plotW + 6) + "\" y=\"" + (top + plotH) + "\">"
                + Display.percent(shareLow) + "</text>\n</svg>\n");
        h.element("p class=\"legend\"", "Blue: mean minutes (left scale, from 0). Green: share within the standard"
                + " (right scale, " + Display.percent(shareLow) + " to 100%), Pareto numbers of sites ringed in yellow."
                + " Bars: the smallest site's yearly volume"
                + (Double.isNaN(minimum) ? "" : ", red where below the minimum (dashed line)") + ".").newline();
    }
}
