package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.ChoiceSummary;
import org.nhsblueprint.access.Group;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.access.NextNearestSummary;
import org.nhsblueprint.access.Summary;

class DecileTableTest {
    /** A result with 1,000 people in each decile given, {@code within[i]} of them within the standard. */
    private static AccessResult result(int... within) {
        List<GroupSummary> deciles = new ArrayList<>();
        long all = 0;
        for (int i = 0; i < within.length; i++) {
            deciles.add(new GroupSummary(new Group.Decile(i + 1), summary(1000, within[i], 10 + i)));
            all += within[i];
        }
        Summary overall = summary(1000L * within.length, all, 12);
        return new AccessResult(SyntheticRegion.GP, "Estimated from straight-line (great-circle) distance.", List.of(), 3, 0,
                overall, overall, deciles, List.of(), new ChoiceSummary(1, new long[] {0, overall.population()}),
                new NextNearestSummary(15, 3, 6, 0.9), new double[] {0, 1}, List.of());
    }

    private static Summary summary(long people, long within, double meanMinutes) {
        return new Summary(people, within, (double) within / people, meanMinutes, meanMinutes, meanMinutes,
                meanMinutes);
    }

    private static String render(AccessResult r) {
        Html h = new Html();
        DecileTable.render(h, r, "London");
        return h.toString();
    }

    @Test
    void gapsOfAFewPointsShowAsBarsDivergingFromTheRegionsShareOnAFivePointScale() {
        // GP-like shares 94.8%, 99.1% and 100%: overall 2,939 of 3,000 = 97.97%, gaps -3.17, +1.13 and +2.03 points;
        // on a scale of 5 points a gap of g points is 10g% of the bar's width
        String html = render(result(948, 991, 1000));
        assertTrue(html.contains("<td class=\"num\">94.8%</td><td class=\"num\">\u22123.2</td><td class=\"barcell\">"
                + "<span class=\"dbar\"><span class=\"below\" style=\"left:18.3%;width:31.7%\"></span></span>"), html);
        assertTrue(html.contains("<td class=\"num\">99.1%</td><td class=\"num\">+1.1</td><td class=\"barcell\">"
                + "<span class=\"dbar\"><span class=\"above\" style=\"left:50.0%;width:11.3%\"></span></span>"), html);
        assertTrue(html.contains("on a scale of \u00b15 points (left: below London, right: above)"), html);
        assertTrue(html.contains("minus London&#39;s 98.0%, in percentage points"), html);
    }

    @Test
    void aDecileAtTheRegionsShareHasAnEmptyGapBar() {
        String html = render(result(900, 900));
        assertTrue(html.contains("<td class=\"num\">0.0</td><td class=\"barcell\"><span class=\"dbar\"></span></td>"),
                html);
    }

    @Test
    void aTinyGapStaysATinyBar() {
        // 99.8% and 100%: gaps of 0.1 point fill a fiftieth of a half-bar, not the whole of it
        String html = render(result(998, 1000));
        assertTrue(html.contains("<span class=\"below\" style=\"left:49.0%;width:1.0%\">"), html);
        assertTrue(html.contains("\u00b15 points"), html);
    }

    @Test
    void largerGapsWidenTheScaleToARoundNumberThatHoldsTheLargest() {
        // A&E-like: 66.3% and 82.6%, overall 74.45%, gaps of 8.15 points: a scale of 10 points, so 5g% of the width
        String html = render(result(663, 826));
        assertTrue(html.contains("\u00b110 points"), html);
        assertTrue(html.contains("<span class=\"below\" style=\"left:9.2%;width:40.8%\">"), html);
        assertEquals(5, DecileTable.scalePoints(0));
        assertEquals(5, DecileTable.scalePoints(5));
        assertEquals(10, DecileTable.scalePoints(5.01));
        assertEquals(15, DecileTable.scalePoints(13));
        assertEquals(100, DecileTable.scalePoints(100));
    }

    @Test
    void meanMinuteBarsRunFromZeroToTheLongestDecileMean() {
        String html = render(result(948, 991, 1000));
        assertTrue(html.contains("<td class=\"num\">12.0</td><td class=\"barcell\"><span class=\"bar\">"
                + "<span style=\"width:100.0%\"></span></span>"), html);
        assertTrue(html.contains("<td class=\"num\">10.0</td><td class=\"barcell\"><span class=\"bar\">"
                + "<span style=\"width:83.3%\"></span></span>"), html);
        assertTrue(html.contains("from 0 to the longest decile mean, 12.0 min."), html);
    }
}
