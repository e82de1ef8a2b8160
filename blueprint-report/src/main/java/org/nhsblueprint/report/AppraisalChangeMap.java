package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;

/**
 * A borough map of how one service's journeys change under an option: each borough shaded by its residents'
 * population-weighted mean change in minutes to the nearest site ({@link AppraisalChangeScale}: longer red, shorter
 * blue, no change grey), with a hover title giving the figures; the sites that offer the service after the option as
 * dark dots, those that stop offering it as hollow rings, those that start as green dots. Sites outside the boundaries'
 * frame are not drawn and are counted in a note. Immutable, but not thread-safe (it projects with a
 * {@link BritishNationalGrid}); one per report.
 */
final class AppraisalChangeMap {
    private final BoroughShapes shapes;
    private final BritishNationalGrid grid;

    AppraisalChangeMap(BoroughShapes shapes, BritishNationalGrid grid) {
        this.shapes = shapes;
        this.grid = grid;
    }

    /** Draws the map of {@code changes} for the service named {@code service}, offered at the given sites. */
    void render(Html h, String service, List<AppraisalBoroughChange> changes, List<Site> before, List<Site> after) {
        render(h, service, changes, before, after, AppraisalChangeScale.of(means(changes)));
    }

    /** Each drawn borough's mean change, in the order of the shapes (NaN where a borough has no figure). */
    double[] means(List<AppraisalBoroughChange> changes) {
        Map<DistrictCode, AppraisalBoroughChange> byCode = byCode(changes);
        return shapes.shapes().stream().mapToDouble(s -> byCode.containsKey(s.district())
                ? byCode.get(s.district()).meanChangeMinutes() : Double.NaN).toArray();
    }

    /**
     * Draws the map shaded on a given scale, so that maps of several options side by side use the same colours for
     * the same change.
     */
    void render(Html h, String service, List<AppraisalBoroughChange> changes, List<Site> before, List<Site> after,
                AppraisalChangeScale scale) {
        Map<DistrictCode, AppraisalBoroughChange> byCode = byCode(changes);
        double[] means = means(changes);
        MapFrame f = shapes.frame();
        h.raw("<figure class=\"map change\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .raw(Html.number(f.width())).raw(" ").raw(Html.number(f.height())).raw("\" role=\"img\"><title>")
                .text("Change in mean minutes to the nearest " + service + " site, by borough")
                .raw("</title>\n<g class=\"boroughs\">\n");
        boolean noData = false;
        int lowest = 0;
        int highest = 0;
        for (int i = 0; i < shapes.shapes().size(); i++) {
            BoroughShapes.Shape shape = shapes.shapes().get(i);
            AppraisalBoroughChange c = byCode.get(shape.district());
            noData |= !Double.isFinite(means[i]);
            if (Double.isFinite(means[i])) {
                lowest = Math.min(lowest, scale.classOf(means[i]));
                highest = Math.max(highest, scale.classOf(means[i]));
            }
            h.raw("<path fill-rule=\"evenodd\" fill=\"").raw(scale.colour(means[i])).raw("\" d=\"")
                    .raw(shape.pathData()).raw("\"><title>").text(title(shape, c)).raw("</title></path>\n");
        }
        h.raw("</g>\n");
        Set<SiteCode> offeredAfter = after.stream().map(Site::code).collect(Collectors.toSet());
        Set<SiteCode> offeredBefore = before.stream().map(Site::code).collect(Collectors.toSet());
        List<Site> notDrawn = new ArrayList<>();
        dots(h, after.stream().filter(s -> offeredBefore.contains(s.code())).toList(), "sites kept", 3, notDrawn);
        dots(h, before.stream().filter(s -> !offeredAfter.contains(s.code())).toList(), "sites stopped", 3.5,
                notDrawn);
        dots(h, after.stream().filter(s -> !offeredBefore.contains(s.code())).toList(), "sites started", 3.5,
                notDrawn);
        h.raw("</svg>\n");
        legend(h, scale, lowest, highest, noData, before, after, offeredBefore, offeredAfter);
        if (!notDrawn.isEmpty()) {
            h.element("p class=\"note\"", SiteCounts.sites(notDrawn.size())
                    + (notDrawn.size() == 1 ? " lies" : " lie") + " outside the map area and "
                    + (notDrawn.size() == 1 ? "is" : "are") + " not shown.").newline();
        }
        h.raw("</figure>\n");
    }

    private static Map<DistrictCode, AppraisalBoroughChange> byCode(List<AppraisalBoroughChange> changes) {
        Map<DistrictCode, AppraisalBoroughChange> byCode = new HashMap<>();
        changes.forEach(c -> byCode.put(c.district().code(), c));
        return byCode;
    }

    private static String title(BoroughShapes.Shape shape, AppraisalBoroughChange c) {
        if (c == null || !Double.isFinite(c.meanChangeMinutes())) {
            return (c == null ? shape.district().value() : c.district().name()) + ": no residents in the data";
        }
        return c.district().name() + ": mean change " + AppraisalFigures.change(c.meanChangeMinutes()) + " min; "
                + Display.count(c.longer()) + " people with a longer journey, " + Display.count(c.shorter())
                + " with a shorter one";
    }

    private void dots(Html h, List<Site> sites, String cssClass, double radius, List<Site> notDrawn) {
        notDrawn.addAll(new SiteDots(shapes, grid).draw(h, sites, cssClass, radius, ""));
    }

    private static void legend(Html h, AppraisalChangeScale scale, int lowest, int highest, boolean noData,
                               List<Site> before, List<Site> after, Set<SiteCode> offeredBefore,
                               Set<SiteCode> offeredAfter) {
        h.raw("<figcaption class=\"legend\"><span class=\"legend-title\">Change in mean minutes to the nearest site"
                + " (population-weighted)</span>");
        for (int k = lowest; k <= highest; k++) {
            swatch(h, scale.classColour(k), scale.label(k));
        }
        if (noData) {
            swatch(h, ColourScale.NO_DATA, "no residents in the data");
        }
        h.raw("</figcaption>\n<p class=\"legend\">");
        long kept = after.stream().filter(s -> offeredBefore.contains(s.code())).count();
        long stopped = before.stream().filter(s -> !offeredAfter.contains(s.code())).count();
        long started = after.stream().filter(s -> !offeredBefore.contains(s.code())).count();
        site(h, "site-key kept", kept, " still offering it");
        site(h, "site-key stopped", stopped, " no longer offering it");
        site(h, "site-key started", started, " starting to offer it");
        h.raw("</p>\n");
    }

    private static void swatch(Html h, String colour, String label) {
        h.raw("<span class=\"key\"><svg width=\"16\" height=\"12\" aria-hidden=\"true\"><rect width=\"16\""
                + " height=\"12\" fill=\"").raw(colour).raw("\"/></svg>").text(label).raw("</span>");
    }

    private static void site(Html h, String cssClass, long count, String what) {
        if (count == 0) {
            return;
        }
        h.raw("<span class=\"key\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\""
                + " r=\"3.5\" class=\"").raw(cssClass).raw("\"/></svg>").text(SiteCounts.sites((int) count) + what)
                .raw("</span>");
    }
}
