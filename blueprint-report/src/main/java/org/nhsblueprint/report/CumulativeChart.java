package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;

/**
 * An SVG line chart of {@link AccessResult#cumulativeShare()}: the share of the population within each number of
 * minutes of the nearest site, with a dashed line at the time standard labelled with the share within it. Stateless, so
 * thread-safe.
 */
final class CumulativeChart {
    private static final double WIDTH = 560;
    private static final double HEIGHT = 300;
    private static final double LEFT = 56;
    private static final double RIGHT = 20;
    private static final double TOP = 30;
    private static final double BOTTOM = 46;
    private static final double[] NICE = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360};

    private CumulativeChart() {
    }

    static void render(Html h, AccessResult r) {
        double[] share = r.cumulativeShare();
        if (share.length == 0 || !Double.isFinite(share[0])) {
            return;
        }
        double standard = r.service().standardMinutes();
        double tick = tick(Math.max(share.length - 1, standard));
        double xMax = tick * Math.ceil(Math.max(share.length - 1, standard) / tick);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        h.raw("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .raw(Html.number(WIDTH)).raw(" ").raw(Html.number(HEIGHT)).raw("\" role=\"img\"><title>")
                .text("Share of the population within each number of minutes of the nearest "
                        + r.service().name() + " site").raw("</title>\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + plotH * (1 - pct / 100.0);
            h.raw("<line class=\"grid\" x1=\"" + Html.number(LEFT) + "\" x2=\"" + Html.number(LEFT + plotW)
                    + "\" y1=\"" + Html.number(y) + "\" y2=\"" + Html.number(y) + "\"/>")
                    .raw("<text class=\"tick\" text-anchor=\"end\" x=\"" + Html.number(LEFT - 6) + "\" y=\""
                            + Html.number(y + 4) + "\">" + pct + "%</text>\n");
        }
        for (double m = 0; m <= xMax + 1e-9; m += tick) {
            double x = LEFT + plotW * m / xMax;
            h.raw("<line class=\"axis\" x1=\"" + Html.number(x) + "\" x2=\"" + Html.number(x) + "\" y1=\""
                    + Html.number(TOP + plotH) + "\" y2=\"" + Html.number(TOP + plotH + 5) + "\"/>")
                    .raw("<text class=\"tick\" text-anchor=\"middle\" x=\"" + Html.number(x) + "\" y=\""
                            + Html.number(TOP + plotH + 18) + "\">" + Display.plain(m) + "</text>\n");
        }
        h.raw("<line class=\"axis\" x1=\"" + Html.number(LEFT) + "\" x2=\"" + Html.number(LEFT + plotW) + "\" y1=\""
                + Html.number(TOP + plotH) + "\" y2=\"" + Html.number(TOP + plotH) + "\"/>\n");
        StringBuilder d = new StringBuilder();
        for (int m = 0; m < share.length; m++) {
            d.append(m == 0 ? "M" : " L").append(Html.number(LEFT + plotW * m / xMax)).append(',')
                    .append(Html.number(TOP + plotH * (1 - share[m])));
        }
        d.append(" L").append(Html.number(LEFT + plotW)).append(',').append(Html.number(TOP));
        h.raw("<path class=\"curve\" d=\"" + d + "\"/>\n");
        double xs = LEFT + plotW * standard / xMax;
        double ys = TOP + plotH * (1 - r.overall().shareWithin());
        h.raw("<line class=\"standard\" x1=\"" + Html.number(xs) + "\" x2=\"" + Html.number(xs) + "\" y1=\""
                + Html.number(TOP - 6) + "\" y2=\"" + Html.number(TOP + plotH) + "\"/>\n");
        if (Double.isFinite(ys)) {
            h.raw("<circle class=\"at-standard\" cx=\"" + Html.number(xs) + "\" cy=\"" + Html.number(ys)
                    + "\" r=\"4\"/>\n");
        }
        String label = Display.plain(standard) + "-minute standard: " + Display.percent(r.overall().shareWithin())
                + " within";
        String anchor = xs < LEFT + plotW * 0.25 ? "start" : xs > LEFT + plotW * 0.75 ? "end" : "middle";
        h.raw("<text class=\"standard-label\" text-anchor=\"" + anchor + "\" x=\"" + Html.number(xs) + "\" y=\""
                + Html.number(TOP - 12) + "\">").text(label).raw("</text>\n");
        h.raw("<text class=\"axis-label\" text-anchor=\"middle\" x=\"" + Html.number(LEFT + plotW / 2) + "\" y=\""
                + Html.number(HEIGHT - 6) + "\">Minutes to the nearest site</text>\n");
        h.raw("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(14 "
                + Html.number(TOP + plotH / 2) + ") rotate(-90)\">Population within</text>\n");
        h.raw("</svg>\n</figure>\n");
    }

    /** A round tick step giving at most ten ticks up to {@code max} minutes. */
    private static double tick(double max) {
        for (double step : NICE) {
            if (max / step <= 10) {
                return step;
            }
        }
        return 60 * Math.ceil(max / 600);
    }
}
