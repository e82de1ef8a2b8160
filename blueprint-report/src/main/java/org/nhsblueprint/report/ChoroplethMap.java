package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.model.Site;

/**
 * A borough map of one service: each borough shaded by its residents' mean minutes to the nearest site (a
 * {@link ColourScale} with a legend), a hover title with the borough's name and figures, a filled dot for every site
 * in the region offering the service and a hollow one for every such site beyond the region's boundary. The frame
 * comes from the boundaries alone ({@link BoroughShapes}), so sites never move or stretch it: a site outside the
 * frame is not drawn, and a note under the legend says how many were left off (and which, if few). Immutable, but
 * not thread-safe (it projects with a {@link BritishNationalGrid}); one per report.
 */
final class ChoroplethMap {
    /** Above this many sites, dots are drawn small and dark so the shading still shows. */
    static final int MANY_SITES = 100;
    /** Sites left off the map are named under it when there are at most this many; otherwise only counted. */
    static final int NAMED_UP_TO = 10;

    private final BoroughShapes shapes;
    private final BritishNationalGrid grid;

    ChoroplethMap(BoroughShapes shapes, BritishNationalGrid grid) {
        this.shapes = shapes;
        this.grid = grid;
    }

    /** Draws the map of {@code r} with the {@code sites} offering its service, in a region named {@code region}. */
    void render(Html h, AccessResult r, List<Site> sites, String region) {
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
        h.raw("</g>\n");
        boolean many = sites.size() > MANY_SITES;
        List<Site> inRegion = sites.stream().filter(s -> !s.outsideRegion()).toList();
        List<Site> beyond = sites.stream().filter(Site::outsideRegion).toList();
        List<Site> beyondNotDrawn = dots(h, beyond, many ? "sites beyond many" : "sites beyond", many ? 1.6 : 3.5,
                ", outside " + region);
        List<Site> inRegionNotDrawn = dots(h, inRegion, many ? "sites many" : "sites", many ? 1.3 : 4, "");
        h.raw("</svg>\n");
        legend(h, scale, noData, many, new SiteCounts(inRegion.size(), beyond.size()), region);
        if (!inRegionNotDrawn.isEmpty()) {
            h.element("p class=\"note\"", SiteCounts.sites(inRegionNotDrawn.size()) + " in " + region
                    + notShown(inRegionNotDrawn)).newline();
        }
        if (!beyondNotDrawn.isEmpty()) {
            h.element("p class=\"note\"", beyondNotDrawn.size() + " of the " + SiteCounts.sites(beyond.size())
                    + " beyond the boundary" + notShown(beyondNotDrawn)).newline();
        }
        h.raw("</figure>\n");
    }

    /** Draws a group of site dots inside the frame; returns the sites that fell outside it and were not drawn. */
    private List<Site> dots(Html h, List<Site> sites, String cssClass, double radius, String titleSuffix) {
        return new SiteDots(shapes, grid).draw(h, sites, cssClass, radius, titleSuffix);
    }

    /** {@code " lie outside the map area and are not shown: A, B and C."}, naming the sites if there are few. */
    private static String notShown(List<Site> sites) {
        boolean one = sites.size() == 1;
        String text = (one ? " lies" : " lie") + " outside the map area and " + (one ? "is" : "are") + " not shown";
        if (sites.size() > NAMED_UP_TO) {
            return text + ".";
        }
        List<String> names = sites.stream().map(Site::name).toList();
        return text + ": " + (one ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1)) + ".";
    }

    private static void legend(Html h, ColourScale scale, boolean noData, boolean many, SiteCounts sites,
                               String region) {
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
                + (many ? " r=\"2\" class=\"site-key many\"" : " r=\"3.5\" class=\"site-key\"") + "/></svg>")
                .text(SiteCounts.sites(sites.inRegion()) + " in " + region).raw("</span>");
        if (sites.beyond() > 0) {
            h.raw("<span class=\"key\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\""
                    + " cy=\"6\"" + (many ? " r=\"2.5\" class=\"site-key beyond many\""
                    : " r=\"3.5\" class=\"site-key beyond\"") + "/></svg>")
                    .text(SiteCounts.sites(sites.beyond()) + " beyond its boundary").raw("</span>");
        }
        h.raw("</figcaption>\n");
    }
}
