package org.nhsblueprint.report;

import java.util.List;

/**
 * A horizontal bar chart in inline SVG for the consultation report: one group of bars per row (an answer, an age
 * band), one bar per series in the group, each with an optional interval drawn as a whisker and its figure written to
 * the right; gridlines every quarter of the scale. Every label is escaped. Stateless.
 */
final class ConsultationBars {
    static final String CSS = """
            svg.bars text { font-size: 13px; fill: #212b32; } svg.bars .tick { fill: #425563; font-size: 12px; }
            svg.bars .grid { stroke: #d8dde0; stroke-width: 1; } svg.bars .axis { stroke: #425563; stroke-width: 1; }
            svg.bars .s0 { fill: #005eb8; } svg.bars .s1 { fill: #41b6e6; } svg.bars .s2 { fill: #aeb7bd; }
            svg.bars .whisker { stroke: #212b32; stroke-width: 1.5; }
            .legend .key svg.bars { display: inline-block; width: 14px; height: 14px; }
            """;
    /** Room for answers' labels, the bars and the figures beside them, as in the support charts. */
    static final Layout WIDE = new Layout(190, 440, 230);
    /** A narrower chart, for two side by side. */
    static final Layout NARROW = new Layout(150, 260, 110);
    private static final int BAR = 15;
    private static final int GAP = 12;

    /** One bar: its series (0, 1 or 2, the colour), value, interval (NaN for none) and the figure written beside it. */
    record Bar(int series, double value, double low, double high, String figure) {
    }

    /** Widths, in SVG units, of the label column, the plot and the figures' column. */
    record Layout(int label, int plot, int figures) {
        int width() {
            return label + plot + figures;
        }
    }

    /** A group of bars under one label. */
    record Row(String label, List<Bar> bars) {
    }

    private ConsultationBars() {
    }

    /**
     * Draws the rows on a scale from 0 to {@code max} (at least the largest value and interval end; 0 for a round
     * scale fitted to the data), with a legend naming each series: {@code series.get(k)} names series {@code k}, a
     * blank name leaving it out of the legend.
     */
    static void render(Html h, String ariaLabel, List<String> series, List<Row> rows, double max, Layout layout) {
        int width = layout.width();
        int labelW = layout.label();
        int plot = layout.plot();
        double top = rows.stream().flatMap(r -> r.bars().stream())
                .mapToDouble(b -> Double.isFinite(b.high()) ? Math.max(b.value(), b.high()) : b.value())
                .filter(Double::isFinite).max().orElse(0);
        // without a given scale, a round one: a fifth, two fifths ... of the whole, so the quarter ticks read well
        double scale = max > 0 ? Math.max(max, top) : Math.min(1, Math.ceil(top * 5 - 1e-9) / 5);
        scale = scale > 0 ? Math.max(scale, top) : 1;
        int rowHeight = rows.stream().mapToInt(r -> r.bars().size()).max().orElse(1) * (BAR + 3) + GAP;
        int plotTop = 8;
        int height = plotTop + rows.size() * rowHeight + 26;
        int axisY = plotTop + rows.size() * rowHeight;
        h.raw("<figure class=\"bars\"><svg class=\"bars\" style=\"max-width:" + width + "px\" viewBox=\"0 0 "
                + width + " " + height + "\" width=\"" + width + "\" height=\"" + height
                + "\" role=\"img\" aria-label=\"")
                .text(ariaLabel).raw("\">\n");
        for (int q = 0; q <= 4; q++) {
            double x = labelW + plot * q / 4.0;
            h.raw("<line class=\"grid\" x1=\"" + Html.number(x) + "\" x2=\"" + Html.number(x) + "\" y1=\"" + plotTop
                    + "\" y2=\"" + axisY + "\"/>\n");
            h.raw("<text class=\"tick\" text-anchor=\"middle\" x=\"" + Html.number(x) + "\" y=\"" + (axisY + 17)
                    + "\">").text(Display.percent(scale * q / 4)).raw("</text>\n");
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y0 = plotTop + i * rowHeight + GAP / 2.0;
            double groupHeight = row.bars().size() * (BAR + 3) - 3;
            h.raw("<text x=\"" + (labelW - 8) + "\" y=\"" + Html.number(y0 + groupHeight / 2 + 5)
                    + "\" text-anchor=\"end\"><title>").text(row.label()).raw("</title>")
                    .text(shorten(row.label(), (labelW - 10) / 7)).raw("</text>\n");
            for (int k = 0; k < row.bars().size(); k++) {
                bar(h, row.bars().get(k), y0 + k * (BAR + 3), scale, labelW, plot);
            }
        }
        h.raw("<line class=\"axis\" x1=\"" + labelW + "\" x2=\"" + labelW + "\" y1=\"" + plotTop + "\" y2=\"" + axisY
                + "\"/>\n</svg>\n");
        h.raw("<figcaption class=\"legend\">");
        for (int s = 0; s < series.size(); s++) {
            if (series.get(s).isEmpty()) {
                continue;
            }
            h.raw("<span class=\"key\"><svg class=\"bars\" viewBox=\"0 0 14 14\" aria-hidden=\"true\"><rect class=\"s"
                    + s + "\" width=\"14\" height=\"14\"/></svg>").text(series.get(s)).raw("</span>");
        }
        h.raw("</figcaption></figure>\n");
    }

    private static void bar(Html h, Bar b, double y, double scale, int labelW, int plot) {
        double v = Double.isFinite(b.value()) ? Math.max(0, b.value()) : 0;
        h.raw("<rect class=\"s" + b.series() + "\" x=\"" + labelW + "\" y=\"" + Html.number(y) + "\" width=\""
                + Html.number(v / scale * plot) + "\" height=\"" + BAR + "\"/>\n");
        if (Double.isFinite(b.low()) && Double.isFinite(b.high())) {
            double x1 = labelW + b.low() / scale * plot;
            double x2 = labelW + b.high() / scale * plot;
            double mid = y + BAR / 2.0;
            h.raw("<path class=\"whisker\" d=\"M" + Html.number(x1) + "," + Html.number(mid) + "H" + Html.number(x2)
                    + "M" + Html.number(x1) + "," + Html.number(y + 3) + "V" + Html.number(y + BAR - 3) + "M"
                    + Html.number(x2) + "," + Html.number(y + 3) + "V" + Html.number(y + BAR - 3) + "\"/>\n");
        }
        h.raw("<text x=\"" + (labelW + plot + 10) + "\" y=\"" + Html.number(y + BAR - 3) + "\">").text(b.figure())
                .raw("</text>\n");
    }

    /** A label cut to {@code chars} characters, with an ellipsis if cut (the whole label is the SVG title). */
    private static String shorten(String label, int chars) {
        return label.length() <= chars ? label : label.substring(0, chars - 1).strip() + "\u2026";
    }

    /** A share with its interval as written in the report, e.g. {@code "41.2% (39.8–42.6%)"}. */
    static String withInterval(double share, double low, double high) {
        return Display.percent(share) + " (" + interval(low, high) + ")";
    }

    /** An interval, e.g. {@code "39.8–42.6%"}. */
    static String interval(double low, double high) {
        String lo = Display.percent(low);
        return (lo.endsWith("%") ? lo.substring(0, lo.length() - 1) : lo) + "\u2013" + Display.percent(high);
    }
}
