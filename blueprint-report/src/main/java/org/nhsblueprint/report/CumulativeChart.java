package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;

/**
 * An SVG line chart of {@link AccessResult#cumulativeShare()}: the share of the population within each number of
 * minutes of the nearest site, with a dashed line at the time standard labelled with the share within it. Its parts
 * (the frame and axes, a curve's path, the standard line, the axis labels) are also used by
 * {@link ComparisonCumulativeChart} to draw several curves on the same axes. Stateless, so thread-safe.
 */
final class CumulativeChart {
    private static final double WIDTH = 560;
    private static final double HEIGHT = 300;
    private static final double LEFT = 56;
    private static final double RIGHT = 20;
    private static final double TOP = 30;
    private static final double BOTTOM = 46;
    private static final double PLOT_W = WIDTH - LEFT - RIGHT;
    private static final double PLOT_H = HEIGHT - TOP - BOTTOM;
    private static final double[] NICE = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360};

    private CumulativeChart() {
    }

    static void render(Html h, AccessResult r) {
        double[] share = r.cumulativeShare();
        if (share.length == 0 || !Double.isFinite(share[0])) {
            return;
        }
        double standard = r.service().standardMinutes();
        double xMax = xMax(Math.max(share.length - 1, standard));
        open(h, xMax, "Share of the population within each number of minutes of the nearest " + r.service().name()
                + " site");
        h.raw("<path class=\"curve\" d=\"" + path(share, xMax) + "\"/>\n");
        standard(h, standard, xMax, r.overall().shareWithin(), Display.plain(standard) + "-minute standard: "
                + Display.percent(r.overall().shareWithin()) + " within");
        close(h);
        h.raw("</figure>\n");
    }

    /** The end of the minutes axis: {@code minutes} rounded up to a whole tick. */
    static double xMax(double minutes) {
        double tick = tick(minutes);
        return tick * Math.ceil(minutes / tick);
    }

    /** Opens the figure and its SVG, titled {@code title}, and draws the grid, the ticks and the minutes axis. */
    static void open(Html h, double xMax, String title) {
        double tick = tick(xMax);
        h.raw("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .raw(Html.number(WIDTH)).raw(" ").raw(Html.number(HEIGHT)).raw("\" role=\"img\"><title>")
                .text(title).raw("</title>\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + PLOT_H * (1 - pct / 100.0);
            h.raw("<line class=\"grid\" x1=\"" + Html.number(LEFT) + "\" x2=\"" + Html.number(LEFT + PLOT_W)
                    + "\" y1=\"" + Html.number(y) + "\" y2=\"" + Html.number(y) + "\"/>")
                    .raw("<text class=\"tick\" text-anchor=\"end\" x=\"" + Html.number(LEFT - 6) + "\" y=\""
                            + Html.number(y + 4) + "\">" + pct + "%</text>\n");
        }
        for (double m = 0; m <= xMax + 1e-9; m += tick) {
            double x = LEFT + PLOT_W * m / xMax;
            h.raw("<line class=\"axis\" x1=\"" + Html.number(x) + "\" x2=\"" + Html.number(x) + "\" y1=\""
                    + Html.number(TOP + PLOT_H) + "\" y2=\"" + Html.number(TOP + PLOT_H + 5) + "\"/>")
                    .raw("<text class=\"tick\" text-anchor=\"middle\" x=\"" + Html.number(x) + "\" y=\""
                            + Html.number(TOP + PLOT_H + 18) + "\">" + Display.plain(m) + "</text>\n");
        }
        h.raw("<line class=\"axis\" x1=\"" + Html.number(LEFT) + "\" x2=\"" + Html.number(LEFT + PLOT_W) + "\" y1=\""
                + Html.number(TOP + PLOT_H) + "\" y2=\"" + Html.number(TOP + PLOT_H) + "\"/>\n");
    }

    /** SVG path data of a cumulative share curve, carried on at 100% to the end of the axis. */
    static String path(double[] share, double xMax) {
        StringBuilder d = new StringBuilder();
        for (int m = 0; m < share.length; m++) {
            d.append(m == 0 ? "M" : " L").append(Html.number(LEFT + PLOT_W * m / xMax)).append(',')
                    .append(Html.number(TOP + PLOT_H * (1 - share[m])));
        }
        d.append(" L").append(Html.number(LEFT + PLOT_W)).append(',').append(Html.number(TOP));
        return d.toString();
    }

    /** The dashed line at the standard, labelled; with a dot at {@code shareWithin} unless that is NaN. */
    static void standard(Html h, double standard, double xMax, double shareWithin, String label) {
        double xs = LEFT + PLOT_W * standard / xMax;
        double ys = TOP + PLOT_H * (1 - shareWithin);
        h.raw("<line class=\"standard\" x1=\"" + Html.number(xs) + "\" x2=\"" + Html.number(xs) + "\" y1=\""
                + Html.number(TOP - 6) + "\" y2=\"" + Html.number(TOP + PLOT_H) + "\"/>\n");
        if (Double.isFinite(ys)) {
            h.raw("<circle class=\"at-standard\" cx=\"" + Html.number(xs) + "\" cy=\"" + Html.number(ys)
                    + "\" r=\"4\"/>\n");
        }
        String anchor = xs < LEFT + PLOT_W * 0.25 ? "start" : xs > LEFT + PLOT_W * 0.75 ? "end" : "middle";
        h.raw("<text class=\"standard-label\" text-anchor=\"" + anchor + "\" x=\"" + Html.number(xs) + "\" y=\""
                + Html.number(TOP - 12) + "\">").text(label).raw("</text>\n");
    }

    /** Writes the axis labels and closes the SVG; the caller closes the figure (after any caption). */
    static void close(Html h) {
        h.raw("<text class=\"axis-label\" text-anchor=\"middle\" x=\"" + Html.number(LEFT + PLOT_W / 2) + "\" y=\""
                + Html.number(HEIGHT - 6) + "\">Minutes to the nearest site</text>\n");
        h.raw("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(14 "
                + Html.number(TOP + PLOT_H / 2) + ") rotate(-90)\">Population within</text>\n");
        h.raw("</svg>\n");
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
