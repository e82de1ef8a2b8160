package org.nhsblueprint.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.model.Site;

/**
 * A borough map of one service: each borough shaded by its residents' mean minutes to the nearest site (a
 * {@link ColourScale} with a legend), a hover title with the borough's name and figures, and a dot for every site
 * offering the service. Sites outside the map's frame are counted under the map, not drawn. Not thread-safe (it
 * projects with a {@link BritishNationalGrid}); one per report.
 */
final class ChoroplethMap {
    /** Above this many sites, dots are drawn small and dark so the shading still shows. */
    static final int MANY_SITES = 100;

    private final BoroughShapes shapes;
    private final BritishNationalGrid grid;

    ChoroplethMap(BoroughShapes shapes, BritishNationalGrid grid) {
        this.shapes = shapes;
        this.grid = grid;
    }

    void render(Html h, AccessResult r, List<Site> sites) {
        Map<String, GroupSummary> byCode = new HashMap<>();
        r.byDistrict().forEach(g -> byCode.put(g.key(), g));
        double[] means = shapes.shapes().stream()
                .mapToDouble(s -> byCode.containsKey(s.district().value())
                        ? byCode.get(s.district().value()).summary().meanMinutes() : Double.NaN)
                .toArray();
        ColourScale scale = ColourScale.of(means);
        MapFrame f = shapes.frame();
        String standard = Display.plain(r.service().standardMinutes());
        h.raw("<figure class=\"map\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .raw(Html.number(f.width())).raw(" ").raw(Html.number(f.height()))
                .raw("\" role=\"img\"><title>").text("Mean minutes to the nearest " + r.service().name()
                        + " site, by borough").raw("</title>\n<g class=\"boroughs\">\n");
        boolean noData = false;
        for (int i = 0; i < shapes.shapes().size(); i++) {
            BoroughShapes.Shape shape = shapes.shapes().get(i);
            GroupSummary g = byCode.get(shape.district().value());
            noData |= g == null || !Double.isFinite(means[i]);
            h.raw("<path fill-rule=\"evenodd\" fill=\"").raw(scale.colour(means[i])).raw("\" d=\"")
                    .raw(shape.pathData()).raw("\"><title>")
                    .text(g == null ? shape.district().value() + ": no residents in the data"
                            : g.name() + ": mean " + Display.minutes(means[i]) + " min; "
                            + Display.percent(g.summary().shareWithin()) + " within " + standard + " min")
                    .raw("</title></path>\n");
        }
        boolean many = sites.size() > MANY_SITES;
        h.raw("</g>\n<g class=\"").raw(many ? "sites many" : "sites").raw("\">\n");
        String radius = Html.number(many ? 1.3 : 4);
        int outside = 0;
        for (Site site : sites) {
            BritishNationalGrid.Point p = grid.project(site.location());
            if (!f.contains(p)) {
                outside++;
                continue;
            }
            h.raw("<circle cx=\"").raw(Html.number(f.x(p))).raw("\" cy=\"").raw(Html.number(f.y(p)))
                    .raw("\" r=\"").raw(radius).raw("\"><title>").text(site.name() + " (" + site.code() + ")")
                    .raw("</title></circle>\n");
        }
        h.raw("</g>\n</svg>\n");
        legend(h, scale, noData, many);
        if (outside > 0) {
            h.element("p class=\"note\"", outside + (outside == 1 ? " site lies" : " sites lie")
                    + " outside the map area and " + (outside == 1 ? "is" : "are") + " not shown.");
        }
        h.raw("</figure>\n");
    }

    private static void legend(Html h, ColourScale scale, boolean noData, boolean many) {
        h.raw("<figcaption class=\"legend\"><span class=\"legend-title\">Mean minutes to the nearest site</span>");
        for (int i = 0; i < scale.colours().size(); i++) {
            h.raw("<span class=\"key\"><svg width=\"16\" height=\"12\" aria-hidden=\"true\"><rect width=\"16\""
                    + " height=\"12\" fill=\"").raw(scale.colours().get(i)).raw("\"/></svg>")
                    .text(scale.label(i)).raw("</span>");
        }
        if (noData) {
            h.raw("<span class=\"key\"><svg width=\"16\" height=\"12\" aria-hidden=\"true\"><rect width=\"16\""
                    + " height=\"12\" fill=\"" + ColourScale.NO_DATA + "\"/></svg>no data</span>");
        }
        h.raw("<span class=\"key\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\""
                + (many ? " r=\"2\" class=\"site-key many\"" : " r=\"3.5\" class=\"site-key\"")
                + "/></svg>site offering the service</span></figcaption>\n");
    }
}
