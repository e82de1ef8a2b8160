package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nhsblueprint.report.AppraisalReportWriterTest.AE;
import static org.nhsblueprint.report.AppraisalReportWriterTest.between;
import static org.nhsblueprint.report.AppraisalReportWriterTest.codes;
import static org.nhsblueprint.report.AppraisalReportWriterTest.count;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.demand.Allocation;
import org.nhsblueprint.demand.AllocationRule;
import org.nhsblueprint.demand.DemandRate;
import org.nhsblueprint.demand.MinimumVolume;
import org.nhsblueprint.demand.SiteVolumes;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.Modification;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Scenario;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.scenario.Appraisal;
import org.nhsblueprint.scenario.ScenarioResolver;
import org.nhsblueprint.scenario.ServiceAppraisal;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;

/**
 * The comparison report on the synthetic region, with the A&amp;E of {@link AppraisalReportWriterTest}: one option
 * closes a GP practice (longer journeys in the east), one opens a practice in the west (shorter journeys there), and,
 * where a test asks, one closes the only A&amp;E.
 */
class ComparisonReportWriterTest {
    private static final String HOSTILE = "Close <Riverside> & \"friends\"";
    private static final RegionModel BASELINE = AppraisalReportWriterTest.withAe(SyntheticRegion.model());
    private static final Appraisal APPRAISAL = new Appraisal(new AccessAnalysis(
            new GreatCircleEstimate(EstimateParameters.londonDefaults())));
    private static final ComparisonOption CLOSE = option(HOSTILE, "Shut <b>one</b> practice.",
            new Modification.Close(new SiteCode("F84002"), null, "test"));
    private static final ComparisonOption OPEN = option("Open a practice in the west", "",
            new Modification.Open(new SiteCode("Y00001"), "New <i>Practice</i>", new GeoPoint(51.56, -0.16),
                    Set.of(SyntheticRegion.GP.id()), "test"));
    private static final ComparisonOption NO_AE = option("No A&E", "",
            new Modification.Close(new SiteCode("RAL01"), AE.id(), "test"));

    @TempDir
    Path dir;

    private static ComparisonOption option(String name, String description, Modification m) {
        RegionModel model = new ScenarioResolver().apply(BASELINE, new Scenario(name, description, "", List.of(m)));
        return new ComparisonOption(name, description, model, APPRAISAL.run(BASELINE, model), Map.of());
    }

    /** The option with GP volumes judged against a minimum above every practice's volume before. */
    private static ComparisonOption withVolumes(ComparisonOption o) {
        ServiceAppraisal gp = gp(o);
        DemandRate rate = new DemandRate(SyntheticRegion.GP.id(), 1000, 2000, "made-up rates");
        SiteVolumes before = Allocation.allocate(gp.before(), codes(BASELINE), rate, new AllocationRule.Nearest());
        SiteVolumes after = Allocation.allocate(gp.after(), codes(o.model()), rate, new AllocationRule.Nearest());
        double floor = before.sites().stream().mapToDouble(v -> v.yearlyVolume()).max().orElseThrow() + 1;
        return new ComparisonOption(o.name(), o.description(), o.model(), o.appraisals(), Map.of(
                SyntheticRegion.GP.id(), AppraisalVolumes.of(before, after,
                        new MinimumVolume(SyntheticRegion.GP.id(), floor, "a made-up standard"))));
    }

    private static ServiceAppraisal gp(ComparisonOption o) {
        return o.appraisal(SyntheticRegion.GP.id()).orElseThrow();
    }

    private List<Path> write(Path out, ComparisonOption... options) throws IOException {
        return new ComparisonReportWriter().write(BASELINE, List.of(options), out);
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theWorldIsAsTheTestsAssume() {
        assertTrue(gp(CLOSE).populationLongerJourney() > 0 && gp(CLOSE).populationShorterJourney() == 0);
        assertTrue(gp(OPEN).populationShorterJourney() > 0 && gp(OPEN).populationLongerJourney() == 0);
        assertTrue(NO_AE.appraisal(AE.id()).isEmpty(), "no site offers A&E under the third option");
    }

    @Test
    void writesTheHtmlPageAndTheAreaTableAndNothingElse() throws IOException {
        List<Path> files = write(dir, CLOSE, OPEN);
        assertEquals(List.of("index.html", "comparison_by_area.csv"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "no temporary files left behind");
        }
    }

    @Test
    void everyNameFromTheDataIsEscapedAndThePageIsSelfContained() throws IOException {
        write(dir, CLOSE, OPEN);
        String html = read("index.html");
        assertTrue(html.contains("<h1>2 options for Testshire compared</h1>"));
        assertTrue(html.contains("<span class=\"option-name\">Close &lt;Riverside&gt; &amp; &quot;friends&quot;"
                + "</span><br>Shut &lt;b&gt;one&lt;/b&gt; practice."), "the option list");
        assertTrue(html.contains("<th scope=\"row\">1. Close &lt;Riverside&gt; &amp; &quot;friends&quot;</th>"),
                "the summary table");
        assertTrue(html.contains("<h4>1. Close &lt;Riverside&gt; &amp; &quot;friends&quot;</h4>"), "the maps");
        assertTrue(html.contains("Hackney &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;: mean change"),
                "hostile borough name escaped in the maps");
        assertTrue(html.contains("New &lt;i&gt;Practice&lt;/i&gt; (Y00001)"), "the new practice on the map, escaped");
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script element");
        assertFalse(html.contains("<b>") || html.contains("<i>"), "names from data are text, not markup");
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http://"), "no external resources");
        assertFalse(html.contains("https://"), "no external resources");
    }

    @Test
    void theSummaryTableHasARowPerOptionForTheChangedServiceAndOneRowForTheUnchanged() throws IOException {
        write(dir, CLOSE, OPEN);
        String table = between(read("index.html"), "<table class=\"figures summary appraisal comparison\">",
                "</table>");
        String group = between(table, "<a href=\"#service-gp\">GP practice</a>", "</tbody>");
        String close = between(group, "1. Close", "</tr>");
        assertTrue(close.contains(">" + Display.count(gp(CLOSE).populationLongerJourney()) + "<"), close);
        assertTrue(close.contains(">+" + Display.minutes(gp(CLOSE).meanExtraMinutesAffected()) + "<"), close);
        assertTrue(close.contains(">" + gp(CLOSE).before().siteCount() + " \u2192 " + gp(CLOSE).after().siteCount()
                + "<"), close);
        String open = between(group, "2. Open a practice in the west", "</tr>");
        assertTrue(open.contains(Display.minutes(gp(OPEN).before().overall().meanMinutes()) + " \u2192 "
                + Display.minutes(gp(OPEN).after().overall().meanMinutes())), open);
        assertTrue(open.contains(">0<") && open.contains(">" + Display.NOT_APPLICABLE + "<"),
                "nobody travels further, so no mean extra minutes: " + open);
        String unchanged = between(table, "No change under any option", "</tbody>");
        assertTrue(unchanged.contains("<th scope=\"row\">Type-1 A&amp;E department</th>"), unchanged);
        assertEquals(1, count(read("index.html"), "<section class=\"service\""), "a section for GP only");
    }

    @Test
    void theMapsOfAServiceShareOneColourScaleAcrossTheOptions() throws IOException {
        write(dir, CLOSE, OPEN);
        String section = between(read("index.html"), "<section class=\"service\" id=\"service-gp\">", "</section>");
        assertEquals(2, count(section, "<figure class=\"map change\">"), "one map per option");
        List<Double> all = new ArrayList<>();
        List<List<AppraisalBoroughChange>> changes = List.of(
                AppraisalBoroughChange.of(BASELINE, gp(CLOSE)), AppraisalBoroughChange.of(BASELINE, gp(OPEN)));
        changes.forEach(c -> c.forEach(b -> all.add(b.meanChangeMinutes())));
        AppraisalChangeScale shared = AppraisalChangeScale.of(all.stream().mapToDouble(Double::doubleValue).toArray());
        AppraisalChangeScale openAlone = AppraisalChangeScale.of(changes.get(1).stream()
                .mapToDouble(AppraisalBoroughChange::meanChangeMinutes).toArray());
        assertNotEquals(shared, openAlone, "the test needs options whose own scales differ");
        Map<String, String> fills = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<path fill-rule=\"evenodd\" fill=\"(#[0-9a-f]{6})\" d=\"[^\"]*\"><title>([^:]*):")
                .matcher(section);
        int maps = 0;
        for (int start = section.indexOf("<figure class=\"map change\">"); start >= 0;
             start = section.indexOf("<figure class=\"map change\">", start + 1)) {
            List<AppraisalBoroughChange> option = changes.get(maps++);
            m.region(start, section.indexOf("</svg>", start));
            while (m.find()) {
                String borough = m.group(2);
                AppraisalBoroughChange c = option.stream()
                        .filter(b -> Html.escape(b.district().name()).equals(borough)).findFirst().orElseThrow();
                assertEquals(shared.colour(c.meanChangeMinutes()), m.group(1), "option " + maps + ", " + borough);
                fills.put(maps + borough, m.group(1));
            }
        }
        assertEquals(2 * BASELINE.boundaries().size(), fills.size(), "every borough of both maps checked");
    }

    @Test
    void theDecileTableCountsWhoGainsAndWhoLosesUnderEachOption() throws IOException {
        write(dir, CLOSE, OPEN);
        String table = between(read("index.html"), "<table class=\"figures deciles comparison\">", "</table>");
        assertEquals(2, count(table, "<th scope=\"colgroup\" colspan=\"2\" class=\"option\">"));
        String people = between(table, "<th scope=\"row\">People</th>", "</tr>");
        assertTrue(people.contains("<td class=\"num\">" + Display.count(gp(CLOSE).populationLongerJourney())
                + "</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">"
                + Display.count(gp(OPEN).populationShorterJourney()) + "</td>"), people);
        long[] residents = new long[10];
        BASELINE.areas().forEach(a -> residents[a.imdDecile() - 1] += a.population());
        for (int d = 0; d < 10; d++) {
            String row = between(table, "<th scope=\"row\">" + Html.escape(AppraisalDecileTable.label(d + 1)) + "<",
                    "</tr>");
            assertTrue(row.contains(Display.percent(residents[d] == 0 ? Double.NaN
                    : (double) gp(CLOSE).longerByImdDecile().get(d) / residents[d])), "decile " + (d + 1) + row);
        }
    }

    @Test
    void theChartHasALineForTheBaselineAndEachOptionAndEveryFigureNamesItsSource() throws IOException {
        write(dir, CLOSE, OPEN);
        String section = between(read("index.html"), "<section class=\"service\" id=\"service-gp\">", "</section>");
        String chart = between(section, "<figure class=\"chart\">", "</figure>");
        assertEquals(3, count(chart, "<path class=\"curve\""));
        assertTrue(chart.contains("Baseline: " + Display.percent(gp(OPEN).before().overall().shareWithin())));
        assertTrue(chart.contains("2. Open a practice in the west: "
                + Display.percent(gp(OPEN).after().overall().shareWithin())));
        String source = "Source: the Testshire dataset (Census 2021; made up). Journey times: Estimated from"
                + " straight-line (great-circle) distance: walk at";
        assertEquals(3, count(section, source), "maps, decile table and chart each name their source");
        assertTrue(read("index.html").contains("Travel times: " + Html.escape(gp(OPEN).before().travelTimesMethod())),
                "the whole travel-times method is in the Method section");
    }

    @Test
    void volumeTablesForEachOptionAndTheirCountsInTheSummary() throws IOException {
        ComparisonOption close = withVolumes(CLOSE);
        write(dir, close, withVolumes(OPEN));
        String html = read("index.html");
        String section = between(html, "<section class=\"service\" id=\"service-gp\">", "</section>");
        assertEquals(2, count(section, "<table class=\"figures volumes\">"));
        AppraisalVolumes v = close.volumes().get(SyntheticRegion.GP.id());
        String row = between(html, "<th scope=\"row\">1. Close", "</tr>");
        assertTrue(row.contains(">" + v.belowBefore().orElseThrow().below().size() + " \u2192 "
                + v.belowAfter().orElseThrow().below().size() + "<"), row);
        String closed = between(section, "<table class=\"figures volumes\">", "</table>");
        assertTrue(between(closed, "Riverside, Practice", "</tr>").contains(">stops<"), "the closed practice");
        assertTrue(section.contains("Sites below the minimum of"), "judged against the minimum");
    }

    @Test
    void anOptionWithoutAnyAeIsSaidNotHidden() throws IOException {
        write(dir, CLOSE, NO_AE);
        String html = read("index.html");
        String ae = between(html, "<a href=\"#service-ae\">Type-1 A&amp;E department</a>", "</tbody>");
        assertTrue(between(ae, "2. No A&amp;E", "</tr>").contains("No site offers it under this option"), ae);
        String section = between(html, "<section class=\"service\" id=\"service-ae\">", "</section>");
        assertEquals(1, count(section, "<figure class=\"map change\">"), "a map for the first option only");
        assertTrue(between(section, "<h4>2. No A&amp;E</h4>", "</div>").contains("No site offers it under this option"),
                section);
        List<String> rows = read("comparison_by_area.csv").lines().filter(l -> l.startsWith("ae,")).toList();
        assertEquals(BASELINE.areas().size(), rows.size());
        rows.forEach(r -> assertTrue(r.endsWith(","), "no minutes under the option without A&E: " + r));
    }

    @Test
    void theAreaTableHasEachAreasMinutesInTheBaselineAndUnderEachOption() throws IOException {
        write(dir, CLOSE, OPEN);
        String csv = read("comparison_by_area.csv");
        assertTrue(csv.endsWith("\r\n"));
        List<String> lines = csv.lines().toList();
        assertEquals("service,lsoa21cd,lad22cd,population,minutes_baseline,minutes_option_1,minutes_option_2",
                lines.get(0));
        assertEquals(1 + 2 * BASELINE.areas().size(), lines.size(), "every area for both services");
        for (int i = 0; i < BASELINE.areas().size(); i++) {
            String[] f = lines.get(1 + i).split(",");
            assertEquals("gp", f[0]);
            assertEquals(BASELINE.areas().get(i).code().value(), f[1]);
            assertEquals(gp(CLOSE).before().areas().get(i).minutes(), Double.parseDouble(f[4]), 0.005);
            assertEquals(gp(CLOSE).after().areas().get(i).minutes(), Double.parseDouble(f[5]), 0.005);
            assertEquals(gp(OPEN).after().areas().get(i).minutes(), Double.parseDouble(f[6]), 0.005);
        }
    }

    @Test
    void theSameInputsGiveByteIdenticalFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        write(first, withVolumes(CLOSE), OPEN, NO_AE);
        write(second, withVolumes(CLOSE), OPEN, NO_AE);
        write(second, withVolumes(CLOSE), OPEN, NO_AE);
        for (String name : List.of("index.html", "comparison_by_area.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void noOptionsOrAnOptionWithOtherAreasIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> write(dir));
        RegionModel fewer = OPEN.model().withAreasIn(Set.of(BASELINE.districts().get(0).code()));
        ComparisonOption other = new ComparisonOption("Fewer areas", "", fewer, OPEN.appraisals(), Map.of());
        assertThrows(IllegalArgumentException.class, () -> write(dir, CLOSE, other));
        assertThrows(IllegalArgumentException.class, () -> new ComparisonOption(" ", "", BASELINE, List.of(),
                Map.of()));
    }
}
