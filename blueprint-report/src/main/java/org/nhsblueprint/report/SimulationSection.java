package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.Uncertain;
import org.nhsblueprint.simulation.Metric;
import org.nhsblueprint.simulation.MonteCarlo;
import org.nhsblueprint.simulation.Question;
import org.nhsblueprint.simulation.SimulationResult;
import org.nhsblueprint.simulation.Tornado;

/**
 * The appraisal report's Monte Carlo section: the probability questions, the headline results as P10, P50 and P90,
 * a fan chart of the net saving year by year, tornado charts of what drives each headline, trusts' income, the
 * polyclinics most likely to be over capacity or to queue without limit, and every input with its source. Inline SVG,
 * no scripts. Stateless.
 */
final class SimulationSection {
    static final String CSS = """
            .fan .band { fill: #aec6e8; } .fan .median { stroke: #005eb8; stroke-width: 2.5; fill: none; }
            .fan .zero { stroke: #425563; stroke-dasharray: 4 3; } .fan text, .tornado text { font-size: 12px; fill: #212b32; }
            .tornado .low { fill: #d5281b; } .tornado .high { fill: #007f3b; } .tornado .mid { stroke: #212b32; }
            table.simulation td.num, table.simulation th.num { text-align: right; white-space: nowrap; }
            #simulation p.legend { margin: 4px 0 20px; max-width: 60em; }
            """;

    private SimulationSection() {
    }

    static void render(Html h, SimulationResult r, Map<SiteCode, Site> sites) {
        h.raw("<section class=\"service\" id=\"simulation\">\n");
        h.element("h2", "Uncertainty: " + Display.count(r.iterations()) + " Monte Carlo iterations").newline();
        h.element("p class=\"intro\"", "Every assumption below is a range, not a point. Each iteration draws all of them"
                + " (seed " + r.seed() + "), moves that share of each activity from hospital to the nearest receiving"
                + " site, and works out capacity, workforce and finance; the figures are the 10th, 50th and 90th"
                + " percentiles over the iterations (quantiles within " + Display.percent(MonteCarlo.ACCURACY)
                + " of exact). The same seed and inputs give the same numbers.").newline();
        questions(h, r);
        headlines(h, r);
        fan(h, r);
        for (Tornado t : r.tornadoes()) {
            tornado(h, r, t);
        }
        trusts(h, r);
        sitesAtRisk(h, r, sites);
        inputs(h, r);
        for (String note : r.notes()) {
            h.element("p class=\"note\"", note).newline();
        }
        h.raw("</section>\n");
    }

    private static void questions(Html h, SimulationResult r) {
        List<Question> qs = Question.standard(r);
        if (qs.isEmpty()) {
            return;
        }
        h.element("h3", "How likely?").newline();
        h.raw("<table class=\"figures simulation\">\n<thead><tr><th scope=\"col\">Question</th>"
                + "<th scope=\"col\" class=\"num\">Probability</th></tr></thead>\n<tbody>\n");
        for (Question q : qs) {
            Metric m = r.metric(q.metric()).orElseThrow();
            String text = q.atOrBelow() ? m.definition().label() + ": falls by " + Display.percent(-q.value())
                    + " or more" : m.definition().label() + ": above " + value(m, q.value());
            h.raw("<tr><th scope=\"row\">").text(text).raw("</th><td class=\"num\">")
                    .text(Display.percent(q.probability(r))).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static boolean headline(String name) {
        return (name.startsWith("activity.") && (name.endsWith(".acute_change") || name.endsWith(".outside_hospital")))
                || name.equals("finance.npv") || name.equals("finance.gap_share")
                || name.equals("finance.acute_income_change") || name.equals("capacity.sites_over")
                || name.equals("queue.sites_unstable")
                || (name.startsWith("workforce.") && name.split("\\.").length == 3);
    }

    private static void headlines(Html h, SimulationResult r) {
        h.element("h3", "Results as ranges").newline();
        h.raw("<table class=\"figures simulation\">\n<thead><tr><th scope=\"col\">Result</th>"
                + "<th scope=\"col\" class=\"num\">P10</th><th scope=\"col\" class=\"num\">P50</th>"
                + "<th scope=\"col\" class=\"num\">P90</th><th scope=\"col\" class=\"num\">Mean</th></tr></thead>\n"
                + "<tbody>\n");
        for (Metric m : r.metrics()) {
            if (!headline(m.name())) {
                continue;
            }
            h.raw("<tr><th scope=\"row\">").text(m.definition().label()).raw("</th>");
            for (double v : new double[] {m.p10(), m.p50(), m.p90(), m.mean()}) {
                h.raw("<td class=\"num\">").text(value(m, v)).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void fan(Html h, SimulationResult r) {
        List<Metric> years = r.metricsStartingWith("finance.net_saving.year");
        if (years.isEmpty()) {
            return;
        }
        double lo = 0;
        double hi = 0;
        for (Metric m : years) {
            lo = Math.min(lo, m.p10());
            hi = Math.max(hi, m.p90());
        }
        double span = hi - lo == 0 ? 1 : hi - lo;
        int w = 560;
        int ht = 240;
        int left = 70;
        int top = 16;
        int plotW = w - left - 16;
        int plotH = ht - top - 34;
        double step = years.size() == 1 ? 0 : (double) plotW / (years.size() - 1);
        h.element("h3", "Net saving to the system, year by year").newline();
        StringBuilder band = new StringBuilder();
        StringBuilder median = new StringBuilder();
        for (int t = 0; t < years.size(); t++) {
            double x = left + t * step;
            band.append(t == 0 ? "M" : "L").append(Html.number(x)).append(',')
                    .append(Html.number(top + (hi - years.get(t).p90()) / span * plotH));
            median.append(t == 0 ? "M" : "L").append(Html.number(x)).append(',')
                    .append(Html.number(top + (hi - years.get(t).p50()) / span * plotH));
        }
        for (int t = years.size() - 1; t >= 0; t--) {
            band.append('L').append(Html.number(left + t * step)).append(',')
                    .append(Html.number(top + (hi - years.get(t).p10()) / span * plotH));
        }
        band.append('Z');
        double zeroY = top + hi / span * plotH;
        h.raw("<svg class=\"fan\" viewBox=\"0 0 " + w + " " + ht + "\" width=\"" + w + "\" height=\"" + ht
                + "\" role=\"img\" aria-label=\"Net saving by year: P10 to P90 band and median\">\n");
        h.raw("<path class=\"band\" d=\"" + band + "\"/>\n<path class=\"median\" d=\"" + median + "\"/>\n");
        h.raw("<line class=\"zero\" x1=\"" + left + "\" x2=\"" + (left + plotW) + "\" y1=\"" + Html.number(zeroY)
                + "\" y2=\"" + Html.number(zeroY) + "\"/>\n");
        h.raw("<text x=\"4\" y=\"" + (top + 4) + "\">").text(millions(hi)).raw("</text>\n");
        h.raw("<text x=\"4\" y=\"" + (top + plotH) + "\">").text(millions(lo)).raw("</text>\n");
        h.raw("<text x=\"4\" y=\"" + Html.number(zeroY + 4) + "\">£0</text>\n");
        for (int t = 0; t < years.size(); t++) {
            h.raw("<text x=\"" + Html.number(left + t * step - 4) + "\" y=\"" + (ht - 14) + "\">" + (t + 1)
                    + "</text>\n");
        }
        h.raw("<text x=\"" + (left + plotW / 2 - 10) + "\" y=\"" + (ht - 1) + "\">year</text>\n</svg>\n");
        h.element("p class=\"legend\"", "Shaded: 10th to 90th percentile over the iterations; line: the median."
                + " Years of double running (hospital costs not yet released) show as losses.").newline();
    }

    private static void tornado(Html h, SimulationResult r, Tornado t) {
        if (t.bars().isEmpty()) {
            return;
        }
        Metric m = r.metric(t.metric()).orElseThrow();
        List<Tornado.Bar> bars = t.bars().subList(0, Math.min(8, t.bars().size()));
        double lo = t.atMid();
        double hi = t.atMid();
        for (Tornado.Bar b : bars) {
            lo = Math.min(lo, Math.min(b.atLow(), b.atHigh()));
            hi = Math.max(hi, Math.max(b.atLow(), b.atHigh()));
        }
        double span = hi - lo == 0 ? 1 : hi - lo;
        int labelW = 290;
        int plotW = 300;
        int row = 24;
        int ht = bars.size() * row + 24;
        h.element("h3", "What drives it: " + m.definition().label()).newline();
        h.raw("<svg class=\"tornado\" viewBox=\"0 0 " + (labelW + plotW + 230) + " " + ht + "\" width=\""
                + (labelW + plotW + 230) + "\" height=\"" + ht + "\" role=\"img\" aria-label=\"Tornado chart\">\n");
        for (int i = 0; i < bars.size(); i++) {
            Tornado.Bar b = bars.get(i);
            double y = i * row + 4;
            double xMid = labelW + (t.atMid() - lo) / span * plotW;
            double xLow = labelW + (b.atLow() - lo) / span * plotW;
            double xHigh = labelW + (b.atHigh() - lo) / span * plotW;
            h.raw("<text x=\"0\" y=\"" + Html.number(y + 14) + "\">").text(b.input()).raw("</text>\n");
            h.raw(rect("low", Math.min(xMid, xLow), y, Math.abs(xMid - xLow), row - 6));
            h.raw(rect("high", Math.min(xMid, xHigh), y, Math.abs(xMid - xHigh), row - 6));
            h.raw("<text x=\"" + (labelW + plotW + 6) + "\" y=\"" + Html.number(y + 14) + "\">")
                    .text(value(m, b.atLow()) + " / " + value(m, b.atHigh())).raw("</text>\n");
        }
        double xMid = labelW + (t.atMid() - lo) / span * plotW;
        h.raw("<line class=\"mid\" x1=\"" + Html.number(xMid) + "\" x2=\"" + Html.number(xMid) + "\" y1=\"0\" y2=\""
                + (ht - 20) + "\"/>\n<text x=\"" + Html.number(xMid - 30) + "\" y=\"" + (ht - 4) + "\">")
                .text("all at median: " + value(m, t.atMid())).raw("</text>\n</svg>\n");
        h.element("p class=\"legend\"", "Each bar: the result with one input at its 10th percentile (red) and its 90th"
                + " (green), every other input at its median; widest first.").newline();
    }

    private static String rect(String cls, double x, double y, double w, double height) {
        return "<rect class=\"" + cls + "\" x=\"" + Html.number(x) + "\" y=\"" + Html.number(y) + "\" width=\""
                + Html.number(Math.max(0.5, w)) + "\" height=\"" + Html.number(height) + "\"/>\n";
    }

    private static void trusts(Html h, SimulationResult r) {
        List<Metric> trusts = r.metricsStartingWith("finance.trust.");
        if (trusts.isEmpty()) {
            return;
        }
        List<Metric> activity = r.metricsStartingWith("activity.trust.");
        if (!activity.isEmpty()) {
            h.element("h3", "Hospital trusts' activity at full effect").newline();
            h.raw("<table class=\"figures simulation\">\n<thead><tr><th scope=\"col\">Trust (ODS)</th>"
                    + "<th scope=\"col\">Activity</th><th scope=\"col\" class=\"num\">P10</th>"
                    + "<th scope=\"col\" class=\"num\">P50</th><th scope=\"col\" class=\"num\">P90</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (Metric m : activity) {
                String[] parts = m.name().split("\\.", 4);
                h.raw("<tr><th scope=\"row\">").text(parts[2]).raw("</th><td>").text(parts[3]).raw("</td>");
                for (double v : new double[] {m.p10(), m.p50(), m.p90()}) {
                    h.raw("<td class=\"num\">").text(Display.count(Math.round(v))).raw("</td>");
                }
                h.raw("</tr>\n");
            }
            h.raw("</tbody>\n</table>\n");
        }
        h.element("h3", "Hospital trusts' income at full effect").newline();
        h.raw("<table class=\"figures simulation\">\n<thead><tr><th scope=\"col\">Trust (ODS)</th>"
                + "<th scope=\"col\" class=\"num\">P10</th><th scope=\"col\" class=\"num\">P50</th>"
                + "<th scope=\"col\" class=\"num\">P90</th></tr></thead>\n<tbody>\n");
        List<Metric> sorted = new ArrayList<>(trusts);
        sorted.sort(Comparator.comparingDouble(Metric::p50).thenComparing(Metric::name));
        for (Metric m : sorted) {
            h.raw("<tr><th scope=\"row\">").text(m.name().split("\\.")[2]).raw("</th>");
            for (double v : new double[] {m.p10(), m.p50(), m.p90()}) {
                h.raw("<td class=\"num\">").text(millions(v)).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void sitesAtRisk(Html h, SimulationResult r, Map<SiteCode, Site> sites) {
        List<Metric> over = r.metricsStartingWith("capacity.").stream().filter(m -> m.name().endsWith(".over"))
                .filter(m -> m.mean() > 0).sorted(Comparator.comparingDouble(Metric::mean).reversed()
                        .thenComparing(Metric::name)).limit(15).toList();
        List<Metric> queues = r.metricsStartingWith("queue.").stream().filter(m -> m.name().endsWith(".p_wait"))
                .sorted(Comparator.comparingDouble(Metric::p50).reversed().thenComparing(Metric::name)).limit(10)
                .toList();
        if (!over.isEmpty()) {
            h.element("h3", "Polyclinics most likely to be over capacity").newline();
            h.raw("<table class=\"figures simulation\">\n<thead><tr><th scope=\"col\">Site</th>"
                    + "<th scope=\"col\" class=\"num\">Chance over capacity</th>"
                    + "<th scope=\"col\" class=\"num\">Use of capacity, P50</th></tr></thead>\n<tbody>\n");
            for (Metric m : over) {
                String base = m.name().substring(0, m.name().length() - ".over".length());
                Metric use = r.metric(base + ".utilisation").orElseThrow();
                h.raw("<tr><th scope=\"row\">").text(name(m, sites)).raw("</th><td class=\"num\">")
                        .text(Display.percent(m.mean())).raw("</td><td class=\"num\">")
                        .text(Display.percent(use.p50())).raw("</td></tr>\n");
            }
            h.raw("</tbody>\n</table>\n");
        }
        if (!queues.isEmpty()) {
            h.element("h3", "Urgent care queues (Erlang C): the longest").newline();
            h.raw("<table class=\"figures simulation\">\n<thead><tr><th scope=\"col\">Site</th>"
                    + "<th scope=\"col\" class=\"num\">Probability of waiting, P50</th>"
                    + "<th scope=\"col\" class=\"num\">P90</th>"
                    + "<th scope=\"col\" class=\"num\">Chance the queue grows without limit</th></tr></thead>\n"
                    + "<tbody>\n");
            for (Metric m : queues) {
                String base = m.name().substring(0, m.name().length() - ".p_wait".length());
                Metric unstable = r.metric(base + ".unstable").orElseThrow();
                h.raw("<tr><th scope=\"row\">").text(name(m, sites)).raw("</th><td class=\"num\">")
                        .text(Display.percent(m.p50())).raw("</td><td class=\"num\">").text(Display.percent(m.p90()))
                        .raw("</td><td class=\"num\">").text(Display.percent(unstable.mean())).raw("</td></tr>\n");
            }
            h.raw("</tbody>\n</table>\n");
        }
    }

    private static String name(Metric m, Map<SiteCode, Site> sites) {
        String code = m.name().split("\\.")[1];
        Site s = sites.get(new SiteCode(code));
        return s == null ? code : s.name() + " (" + code + ")";
    }

    private static void inputs(Html h, SimulationResult r) {
        h.element("h3", "Assumptions and where they come from").newline();
        h.raw("<table class=\"figures simulation\">\n<thead><tr><th scope=\"col\">Assumption</th>"
                + "<th scope=\"col\">Range</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        for (int k = 0; k < r.inputNames().size(); k++) {
            h.raw("<tr><th scope=\"row\">").text(r.inputNames().get(k)).raw("</th><td>")
                    .text(describe(r.inputs().get(k))).raw("</td><td>").text(r.inputSources().get(k))
                    .raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    /** A range in words, e.g. "triangular 0.3 to 0.8, most likely 0.5". */
    static String describe(Uncertain u) {
        if (u instanceof Uncertain.Fixed f) {
            return Display.plain(f.value());
        }
        if (u instanceof Uncertain.Interval80 i) {
            return "80% interval " + Display.plain(i.low()) + " to " + Display.plain(i.high());
        }
        if (u instanceof Uncertain.Uniform un) {
            return "uniform " + Display.plain(un.low()) + " to " + Display.plain(un.high());
        }
        Uncertain.Triangular t = (Uncertain.Triangular) u;
        return "triangular " + Display.plain(t.min()) + " to " + Display.plain(t.max()) + ", most likely "
                + Display.plain(t.mode());
    }

    static String value(Metric m, double v) {
        return switch (m.definition().unit()) {
            case "share" -> (v > 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case "GBP" -> millions(v);
            case "probability" -> Display.percent(v);
            default -> Display.count(Math.round(v));
        };
    }

    static String millions(double gbp) {
        return (gbp < 0 ? "\u2212" : "") + String.format(Locale.ROOT, "£%,.1fm", Math.abs(gbp) / 1e6);
    }
}
