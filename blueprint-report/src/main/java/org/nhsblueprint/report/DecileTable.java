package org.nhsblueprint.report;

import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.access.Summary;

/**
 * Access by deprivation: one row per Index of Multiple Deprivation 2019 decile (1 = the most deprived tenth of
 * England) with its people, share within the standard and mean minutes, each figure in text.
 *
 * <p>Two kinds of bar, both drawn from zero so that bar lengths compare honestly:
 * <ul>
 * <li>the <em>gap</em> bar shows the decile's share within the standard minus the region's overall share, in
 *     percentage points, diverging from a centre line (left and red: below the region; right and blue: above) on a
 *     symmetric scale of &plusmn;{@link #scalePoints(double)} points, the smallest round scale of at least
 *     &plusmn;{@value #MIN_SCALE_POINTS} that holds the largest gap. A gap of 1 point is therefore a tenth of a
 *     half-bar or more, where a bar of the share itself from 0 to 100% would hide it; and a gap of a tenth of a point
 *     stays small. The gap in points is also written as text, and the scale is stated in a note under the table;</li>
 * <li>the <em>mean minutes</em> bar runs from 0 to the longest decile mean.</li>
 * </ul>
 * Stateless, so thread-safe.
 */
final class DecileTable {
    /** The smallest half-width of the gap scale, in percentage points, so that noise never fills a bar. */
    static final double MIN_SCALE_POINTS = 5;
    private static final double[] SCALES = {5, 10, 15, 20, 25, 30, 40, 50, 75, 100};

    private DecileTable() {
    }

    static void render(Html h, AccessResult r, String region) {
        if (r.byImdDecile().isEmpty()) {
            return;
        }
        double overall = r.overall().shareWithin();
        double largestGap = r.byImdDecile().stream().mapToDouble(g -> Math.abs(g.summary().shareWithin() - overall))
                .filter(Double::isFinite).max().orElse(0);
        double scale = scalePoints(100 * largestGap);
        double longest = r.byImdDecile().stream().mapToDouble(g -> g.summary().meanMinutes())
                .filter(Double::isFinite).max().orElse(0);
        String standard = Display.plain(r.service().standardMinutes());
        h.raw("<table class=\"figures bars\">\n<caption>By deprivation (IMD 2019 decile)</caption>\n")
                .raw("<thead><tr><th scope=\"col\">Decile</th><th scope=\"col\" class=\"num\">People</th>")
                .raw("<th scope=\"col\" class=\"num\">Within ").text(standard).raw(" min</th>")
                .raw("<th scope=\"col\" colspan=\"2\">").text("Points above or below " + region)
                .raw("</th><th scope=\"col\" colspan=\"2\">Mean minutes</th></tr></thead>\n<tbody>\n");
        for (GroupSummary g : r.byImdDecile()) {
            Summary s = g.summary();
            double gap = s.shareWithin() - overall;
            h.raw("<tr><th scope=\"row\">").text(label(g.key())).raw("</th>");
            cell(h, Display.count(s.population()));
            cell(h, Display.percent(s.shareWithin()));
            cell(h, Display.points(gap));
            h.raw("<td class=\"barcell\">").divergingBar(100 * gap / scale).raw("</td>");
            cell(h, Display.minutes(s.meanMinutes()));
            h.raw("<td class=\"barcell\">").bar(longest > 0 ? s.meanMinutes() / longest : 0).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n")
                .element("p class=\"note\"", "Gap bars: each decile's share within " + standard + " minutes minus "
                        + region + "'s " + Display.percent(overall) + ", in percentage points, on a scale of \u00b1"
                        + Display.plain(scale) + " points (left: below " + region + ", right: above). Mean-minute"
                        + " bars run from 0 to the longest decile mean, " + Display.minutes(longest) + " min.")
                .newline();
    }

    /**
     * The half-width of the gap scale for a largest gap of {@code points}: the first of 5, 10, 15, 20, 25, 30, 40, 50,
     * 75 and 100 points that holds it.
     */
    static double scalePoints(double points) {
        for (double s : SCALES) {
            if (points <= s) {
                return s;
            }
        }
        return SCALES[SCALES.length - 1];
    }

    private static void cell(Html h, String figure) {
        h.raw("<td class=\"num\">").text(figure).raw("</td>");
    }

    private static String label(String decile) {
        return switch (decile) {
            case "1" -> "1 most deprived";
            case "10" -> "10 least deprived";
            default -> decile;
        };
    }
}
