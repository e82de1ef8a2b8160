package org.nhsblueprint.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.scenario.ServiceAppraisal;

/**
 * The share of the population within each number of minutes of the nearest site, one line for the baseline and one
 * for each option, on the axes of {@link CumulativeChart}, with the standard marked and a key giving each line's share
 * within it. Options are told apart by colour (the Okabe-Ito palette, safe for colour-blind readers) and, past its
 * six colours, also by dashes; the baseline is a dark dotted line drawn last, so that it shows on top of an option
 * whose curve is the same (the key says so). Stateless, so thread-safe.
 */
final class ComparisonCumulativeChart {
    private static final List<String> COLOURS = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9",
            "#d55e00");
    private static final String BASELINE_STYLE = "stroke:#212b32;stroke-width:1.5;stroke-dasharray:2 3";

    private ComparisonCumulativeChart() {
    }

    static void render(Html h, ComparisonService s, List<ComparisonOption> options) {
        double[] base = s.baseline().cumulativeShare();
        if (base.length == 0 || !Double.isFinite(base[0])) {
            return;
        }
        double standard = s.service().standardMinutes();
        double longest = base.length - 1;
        for (Optional<ServiceAppraisal> a : s.byOption()) {
            longest = Math.max(longest, a.map(x -> x.after().cumulativeShare().length - 1.0).orElse(0.0));
        }
        double xMax = CumulativeChart.xMax(Math.max(longest, standard));
        CumulativeChart.open(h, xMax, "Share of the population within each number of minutes of the nearest "
                + s.service().name() + " site, in the baseline and under each option");
        for (int i = 0; i < options.size(); i++) {
            Optional<ServiceAppraisal> a = s.byOption().get(i);
            if (a.isPresent()) {
                h.raw("<path class=\"curve\" style=\"" + style(i) + "\" d=\""
                        + CumulativeChart.path(a.get().after().cumulativeShare(), xMax) + "\"/>\n");
            }
        }
        h.raw("<path class=\"curve\" style=\"" + BASELINE_STYLE + "\" d=\"" + CumulativeChart.path(base, xMax)
                + "\"/>\n");
        CumulativeChart.standard(h, standard, xMax, Double.NaN, Display.plain(standard) + "-minute standard");
        CumulativeChart.close(h);
        h.raw("<figcaption class=\"legend\"><span class=\"legend-title\">").text("Share within the "
                + Display.plain(standard) + "-minute standard").raw("</span>");
        key(h, BASELINE_STYLE, "Baseline: " + Display.percent(s.baseline().overall().shareWithin()));
        for (int i = 0; i < options.size(); i++) {
            Optional<ServiceAppraisal> a = s.byOption().get(i);
            String label = ComparisonPage.label(i, options.get(i)) + ": ";
            key(h, a.isPresent() ? style(i) : "", label + a.map(x -> Display.percent(x.after().overall().shareWithin())
                    + (same(x.after(), s.baseline()) ? " (the baseline's curve)" : ""))
                    .orElse("no site offers it"));
        }
        h.raw("</figcaption>\n</figure>\n");
    }

    /** The line style of option {@code i}: a colour, dashed once the colours are used up. */
    static String style(int i) {
        String dashes = i < COLOURS.size() ? "" : ";stroke-dasharray:" + (2 + 2 * (i / COLOURS.size())) + " 3";
        return "stroke:" + COLOURS.get(i % COLOURS.size()) + dashes;
    }

    private static boolean same(AccessResult a, AccessResult b) {
        return Arrays.equals(a.cumulativeShare(), b.cumulativeShare());
    }

    private static void key(Html h, String style, String label) {
        h.raw("<span class=\"key\">");
        if (!style.isEmpty()) {
            h.raw("<svg width=\"28\" height=\"12\" aria-hidden=\"true\"><line x1=\"1\" y1=\"6\" x2=\"27\" y2=\"6\""
                    + " style=\"fill:none;stroke-width:2.5;" + style + "\"/></svg>");
        }
        h.text(label).raw("</span>");
    }
}
