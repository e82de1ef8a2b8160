package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

/** The synthetic region has 3 GP practices inside it and 2 beyond its boundary, one of them off the map. */
class SitesBeyondTheBoundaryTest {
    private static final RegionModel MODEL = SyntheticRegion.model();
    private static final AccessResult RESULT = SyntheticRegion.result(MODEL);
    private static final RegionModel INSIDE_ONLY = SyntheticRegion.withoutSitesBeyond(MODEL);
    private static final String PAGE = page(MODEL);
    private static final String PAGE_INSIDE_ONLY = page(INSIDE_ONLY);

    private static String page(RegionModel model) {
        return ReportPage.render(model, List.of(SyntheticRegion.result(model)),
                ReportInfo.today(model, "d", "c", "v"));
    }

    @Test
    void theAnalysisCountsTheSitesBeyondTheBoundaryAmongTheSitesOfferingTheService() {
        assertEquals(5, RESULT.siteCount());
        assertEquals(2, RESULT.sitesOutsideRegion());
        assertEquals(new SiteCounts(3, 2), SiteCounts.of(RESULT));
    }

    @Test
    void siteCountsReadAsASentenceWithTheSitesBeyondTheBoundaryApart() {
        assertEquals("27 sites in London, plus 8 beyond its boundary", new SiteCounts(27, 8).sentence("London"));
        assertEquals("1 site in London, plus 1 beyond its boundary", new SiteCounts(1, 1).sentence("London"));
        assertEquals("1,291 sites in London", new SiteCounts(1291, 0).sentence("London"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SiteCounts(-1, 0));
        assertTrue(e.getMessage().contains("-1 in the region"), e.getMessage());
    }

    @Test
    void theSummaryTableCountsTheRegionsSitesAndThoseBeyondItInSeparateColumns() {
        String table = between(PAGE, "<table class=\"figures summary\">", "</table>");
        assertTrue(table.contains("<th scope=\"col\" class=\"num\">Sites in Testshire</th>"
                + "<th scope=\"col\" class=\"num\">Beyond boundary</th>"), table);
        assertTrue(table.contains("GP practice</a></th><td class=\"num\">3</td><td class=\"num\">2</td>"), table);
    }

    @Test
    void withNoSitesBeyondTheBoundaryTheSummaryTableHasNoColumnForThem() {
        String table = between(PAGE_INSIDE_ONLY, "<table class=\"figures summary\">", "</table>");
        assertFalse(table.contains("Beyond boundary"), table);
        assertTrue(table.contains("GP practice</a></th><td class=\"num\">3</td><td>Walking</td>"), table);
    }

    @Test
    void theServiceHeaderGivesTheRegionsOwnSitesPlusThoseBeyondItsBoundary() {
        assertTrue(PAGE.contains("<p class=\"lede\">Walking, standard 20 minutes \u00b7 3 sites in Testshire, plus 2"
                + " beyond its boundary \u00b7 7,400 residents</p>"), between(PAGE, "<p class=\"lede\">", "</p>"));
        assertTrue(PAGE_INSIDE_ONLY.contains("\u00b7 3 sites in Testshire \u00b7"));
    }

    @Test
    void theMapDrawsTheSiteBeyondTheBoundaryInsideTheFrameAsAHollowCircleAndLeavesOutTheOneOffIt() {
        String svg = between(PAGE, "<figure class=\"map\">", "</svg>");
        String beyond = between(svg, "<g class=\"sites beyond\">", "</g>");
        assertEquals(1, count(beyond, "<circle "), beyond);
        assertTrue(beyond.contains("<title>Border Practice (G82001), outside Testshire</title>"), beyond);
        assertEquals(3, count(between(svg, "<g class=\"sites\">", "</g>"), "<circle "));
        assertFalse(svg.contains(SyntheticRegion.FAR_PRACTICE), "the practice off the map is not drawn");
        double[] border = dot(svg, SyntheticRegion.BORDER_PRACTICE);
        double[] viewBox = viewBox(svg);
        assertTrue(border[0] > 0 && border[0] < viewBox[0] && border[1] > 0 && border[1] < viewBox[1],
                "the border practice lies inside the frame");
    }

    @Test
    void theLegendExplainsTheHollowCirclesAndCountsBothKindsOfSiteAndTheOneOffTheMap() {
        String figure = between(PAGE, "<figure class=\"map\">", "</figure>");
        String legend = between(figure, "<figcaption class=\"legend\">", "</figcaption>");
        assertTrue(legend.contains("class=\"site-key\"/></svg>3 sites in Testshire</span>"), legend);
        assertTrue(legend.contains("class=\"site-key beyond\"/></svg>2 sites beyond its boundary</span>"), legend);
        assertTrue(figure.contains("<p class=\"note\">1 of the 2 sites beyond the boundary lies outside the map area"
                + " and is not shown: Far Practice.</p>"), figure);
        String insideOnly = between(PAGE_INSIDE_ONLY, "<figure class=\"map\">", "</figure>");
        assertFalse(insideOnly.contains("beyond"), insideOnly);
        assertFalse(insideOnly.contains("class=\"note\""), insideOnly);
    }

    @Test
    void aSiteFarBeyondTheBoundaryNeitherMovesNorStretchesTheMap() {
        String with = between(PAGE, "<figure class=\"map\">", "</svg>");
        String without = between(PAGE_INSIDE_ONLY, "<figure class=\"map\">", "</svg>");
        assertEquals(viewBox(without)[0], viewBox(with)[0]);
        assertEquals(viewBox(without)[1], viewBox(with)[1]);
        assertEquals(between(without, "<g class=\"boroughs\">", "</g>"),
                between(with, "<g class=\"boroughs\">", "</g>"));
        assertEquals(between(without, "<g class=\"sites\">", "</g>"), between(with, "<g class=\"sites\">", "</g>"),
                "the region's own sites stay where they were");
    }

    @Test
    void theMethodSectionSaysSitesBeyondTheBoundaryAreDestinationsButTheirPeopleAreNotCounted() {
        String method = between(PAGE, "<section class=\"method\"", "</section>");
        assertTrue(method.contains("<h3>Sites beyond the boundary</h3>"), method);
        assertTrue(method.contains("(GP practice, 2 of 5 sites)"), method);
        assertTrue(method.contains("People living outside Testshire are not counted"), method);
        String insideOnly = between(PAGE_INSIDE_ONLY, "<section class=\"method\"", "</section>");
        assertTrue(insideOnly.contains("No sites beyond Testshire&#39;s boundary are included"), insideOnly);
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "no " + from);
        int end = text.indexOf(to, start + from.length());
        assertTrue(end >= 0, "no " + to + " after " + from);
        return text.substring(start, end + to.length());
    }

    static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static double[] dot(String svg, String title) {
        Matcher m = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"[^>]*><title>" + Pattern.quote(title))
                .matcher(svg);
        assertTrue(m.find(), "no dot for " + title);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    private static double[] viewBox(String svg) {
        Matcher m = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"").matcher(svg);
        assertTrue(m.find(), "no viewBox");
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
}
