package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.demand.Allocation;
import org.nhsblueprint.demand.AllocationRule;
import org.nhsblueprint.demand.DemandRate;
import org.nhsblueprint.demand.MinimumVolume;
import org.nhsblueprint.demand.SiteVolumes;
import org.nhsblueprint.model.Modification;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Scenario;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceCatalogue;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.scenario.Appraisal;
import org.nhsblueprint.scenario.ScenarioResolver;
import org.nhsblueprint.scenario.ServiceAppraisal;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;

class AppraisalReportWriterTest {
    static final Service AE = new Service(new ServiceId("ae"), "Type-1 A&E department", TravelMode.AMBULANCE,
            30, "made up");
    private static final String SCENARIO = "Close <Riverside> & \"friends\"";
    private static final SiteCode RIVERSIDE = new SiteCode("F84002");
    /** The synthetic region with a second service, A&amp;E at the Royal Free, which closing a practice leaves alone. */
    private static final RegionModel BASELINE = withAe(SyntheticRegion.model());
    private static final RegionModel OPTION = new ScenarioResolver().apply(BASELINE, new Scenario(SCENARIO, "", "",
            List.of(new Modification.Close(RIVERSIDE, null, "test"))));
    private static final List<ServiceAppraisal> APPRAISALS = new Appraisal(new AccessAnalysis(
            new GreatCircleEstimate(EstimateParameters.londonDefaults()))).run(BASELINE, OPTION);

    @TempDir
    Path dir;

    static RegionModel withAe(RegionModel m) {
        List<Site> sites = new ArrayList<>();
        for (Site s : m.sites()) {
            sites.add(s.code().value().equals("RAL01")
                    ? new Site(s.code(), s.name(), s.location(), Set.of(AE.id()), s.table(), s.outsideRegion()) : s);
        }
        return new RegionModel(m.name(), m.vintage(), m.areas(), m.districts(), sites,
                ServiceCatalogue.of(List.of(SyntheticRegion.GP, AE)), m.boundaries(), m.sources(), m.attribution(),
                m.notes());
    }

    private List<Path> write(Map<ServiceId, AppraisalVolumes> volumes, Path out) throws IOException {
        return new AppraisalReportWriter().write(BASELINE, OPTION, SCENARIO, "Shut <b>one</b> practice.", APPRAISALS,
                volumes, out);
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static ServiceAppraisal gp() {
        return APPRAISALS.stream().filter(a -> a.before().service().equals(SyntheticRegion.GP)).findFirst()
                .orElseThrow();
    }

    @Test
    void theWorldIsAsTheTestsAssume() {
        assertEquals(2, APPRAISALS.size());
        assertTrue(gp().populationLongerJourney() > 0, "closing Riverside lengthens some GP journeys");
        assertTrue(AppraisalSection.changed(gp()));
        assertFalse(AppraisalSection.changed(APPRAISALS.get(1)), "A&E is untouched");
    }

    @Test
    void writesTheHtmlPageAndTheAreaTable() throws IOException {
        List<Path> files = write(Map.of(), dir);
        assertEquals(List.of("index.html", "appraisal_by_area.csv"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f + " is empty");
        }
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count(), "no temporary files left behind");
        }
    }

    @Test
    void thePageIsTitledByTheScenarioEscapesEveryNameAndIsSelfContained() throws IOException {
        write(Map.of(), dir);
        String html = read("index.html");
        assertTrue(html.contains("<h1>Close &lt;Riverside&gt; &amp; &quot;friends&quot;: what changes</h1>"));
        assertTrue(html.contains("Shut &lt;b&gt;one&lt;/b&gt; practice."));
        assertTrue(html.contains("Hackney &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;: mean change"),
                "hostile borough name escaped in the map");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element");
        assertFalse(html.contains("<b>"), "names from data are text, not markup");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "no external resources");
        assertFalse(html.contains("https://"), "no external resources");
    }

    @Test
    void theChangeMapHasOnePathPerBoundaryAndMarksTheSiteThatCloses() throws IOException {
        write(Map.of(), dir);
        String map = between(read("index.html"), "<figure class=\"map change\">", "</svg>");
        assertEquals(BASELINE.boundaries().size(), count(map, "<path "));
        assertEquals(BASELINE.boundaries().size(), count(map, "fill-rule=\"evenodd\""));
        String stopped = between(map, "<g class=\"sites stopped\">", "</g>");
        assertEquals(1, count(stopped, "<circle "));
        assertTrue(stopped.contains("Riverside, Practice (F84002)"));
        assertEquals(1, count(read("index.html"), "<figure class=\"map change\">"), "one map: only GP changes");
    }

    @Test
    void theFiguresAreTheAppraisalsAndTheUnchangedServiceIsListedInOneLine() throws IOException {
        write(Map.of(), dir);
        String html = read("index.html");
        ServiceAppraisal gp = gp();
        String row = between(html, "#service-gp\">GP practice</a></th>", "</tr>");
        assertTrue(row.contains(">" + Display.count(gp.populationLongerJourney()) + "<"), row);
        assertTrue(row.contains(">+" + Display.minutes(gp.meanExtraMinutesAffected()) + "<"), row);
        assertTrue(row.contains(">" + Display.count(gp.aged65PlusLongerJourney()) + "<"), row);
        assertTrue(row.contains(Display.minutes(gp.before().overall().meanMinutes()) + " \u2192 "
                + Display.minutes(gp.after().overall().meanMinutes())), row);
        assertTrue(html.contains("<p class=\"no-change\">No change: Type-1 A&amp;E department.</p>"));
        String deciles = between(html, "Longer journeys by deprivation", "</table>");
        for (int d = 0; d < 10; d++) {
            assertTrue(deciles.contains(">" + Display.count(gp.longerByImdDecile().get(d)) + "<"), "decile " + (d + 1));
        }
    }

    @Test
    void theBoroughChangeIsThePopulationWeightedMeanOfTheAreaChanges() {
        ServiceAppraisal gp = gp();
        List<AppraisalBoroughChange> boroughs = AppraisalBoroughChange.of(BASELINE, gp);
        assertEquals(2, boroughs.size());
        for (AppraisalBoroughChange b : boroughs) {
            double sum = 0;
            long people = 0;
            for (int i = 0; i < BASELINE.areas().size(); i++) {
                var area = BASELINE.areas().get(i);
                if (area.district().equals(b.district().code())) {
                    sum += (gp.after().areas().get(i).minutes() - gp.before().areas().get(i).minutes())
                            * area.population();
                    people += area.population();
                }
            }
            assertEquals(sum / people, b.meanChangeMinutes(), 1e-9, b.district().name());
            assertEquals(people, b.population());
        }
    }

    @Test
    void theAreaTableHasARowPerAreaForEachChangedServiceWithTheChange() throws IOException {
        write(Map.of(), dir);
        List<String> lines = read("appraisal_by_area.csv").lines().toList();
        assertEquals("service,lsoa21cd,lad22cd,population,minutes_before,minutes_after,change_minutes", lines.get(0));
        assertEquals(1 + BASELINE.areas().size(), lines.size(), "areas x the one changed service");
        assertTrue(read("appraisal_by_area.csv").endsWith("\r\n"));
        double extra = 0;
        long longer = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals("gp", f[0]);
            double change = Double.parseDouble(f[6]);
            assertEquals(Double.parseDouble(f[5]) - Double.parseDouble(f[4]), change, 0.011);
            if (change > 0) {
                extra += change * Long.parseLong(f[3]);
                longer += Long.parseLong(f[3]);
            }
        }
        assertEquals(gp().populationLongerJourney(), longer);
        assertEquals(gp().meanExtraMinutesAffected(), extra / longer, 0.01);
    }

    @Test
    void siteVolumesShowTheClosedSiteAndFlagSitesBelowTheMinimum() throws IOException {
        ServiceAppraisal gp = gp();
        DemandRate rate = new DemandRate(SyntheticRegion.GP.id(), 1000, 2000, "made-up rates");
        SiteVolumes before = Allocation.allocate(gp.before(), codes(BASELINE), rate, new AllocationRule.Nearest());
        SiteVolumes after = Allocation.allocate(gp.after(), codes(OPTION), rate, new AllocationRule.Nearest());
        double floor = before.sites().stream().mapToDouble(v -> v.yearlyVolume()).max().orElseThrow() + 1;
        AppraisalVolumes volumes = AppraisalVolumes.of(before, after,
                new MinimumVolume(SyntheticRegion.GP.id(), floor, "a made-up standard"));
        write(Map.of(SyntheticRegion.GP.id(), volumes), dir);
        String table = between(read("index.html"), "<table class=\"figures volumes\">", "</table>");
        assertEquals(before.sites().size(), count(table, "<tr class=\"below-minimum\">") + 1,
                "every site still open is below a minimum above every volume; the closed one is not flagged");
        String closed = between(table, "Riverside, Practice", "</tr>");
        assertTrue(closed.contains(">stops<"), closed);
        assertTrue(read("index.html").contains("Sites below the minimum of " + Display.count(Math.round(floor))
                + " cases a year: " + before.sites().size() + " of " + before.sites().size() + " sites \u2192 "
                + after.sites().size() + " of " + after.sites().size() + " sites."));
    }

    @Test
    void volumesFiledUnderAnotherServiceAreRefused() {
        ServiceAppraisal gp = gp();
        DemandRate rate = new DemandRate(SyntheticRegion.GP.id(), 1, 2, "made-up rates");
        SiteVolumes v = Allocation.allocate(gp.before(), codes(BASELINE), rate, new AllocationRule.Nearest());
        assertThrows(IllegalArgumentException.class,
                () -> write(Map.of(AE.id(), AppraisalVolumes.of(v, v)), dir));
    }

    @Test
    void theSameInputsGiveByteIdenticalFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        write(Map.of(), first);
        write(Map.of(), second);
        write(Map.of(), second);
        for (String name : List.of("index.html", "appraisal_by_area.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void anOptionWithOtherAreasIsRefused() {
        RegionModel fewer = OPTION.withAreasIn(Set.of(BASELINE.districts().get(0).code()));
        assertThrows(IllegalArgumentException.class, () -> new AppraisalReportWriter().write(BASELINE, fewer,
                SCENARIO, "", APPRAISALS, Map.of(), dir));
    }

    static List<SiteCode> codes(RegionModel m) {
        return m.sitesOffering(SyntheticRegion.GP.id()).stream().map(Site::code).toList();
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "missing " + from);
        int end = text.indexOf(to, start + from.length());
        assertTrue(end >= 0, "missing " + to + " after " + from);
        return text.substring(start, end);
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
