package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.RegionModel;

class ReportWriterTest {
    private static final RegionModel MODEL = SyntheticRegion.model();
    private static final AccessResult RESULT = SyntheticRegion.result(MODEL);
    private static final ReportInfo INFO = ReportInfo.today(MODEL, "datasets/test", "blueprint report datasets/test",
            "0.1.0-test");

    @TempDir
    Path dir;

    private List<Path> write(RegionModel model, AccessResult result, Path out) throws IOException {
        return new ReportWriter(new ObjectMapper()).write(model, List.of(result), INFO, out);
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheHtmlReportTheJsonSummaryAndThreeCsvTables() throws IOException {
        List<Path> files = write(MODEL, RESULT, dir);
        assertEquals(List.of("index.html", "summary.json", "access_by_area.csv", "access_by_borough.csv",
                "access_by_imd_decile.csv"), files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f + " is empty");
        }
    }

    @Test
    void theHtmlNamesTheServiceAndRegionAndEscapesNamesFromData() throws IOException {
        write(MODEL, RESULT, dir);
        String html = read("index.html");
        assertTrue(html.contains("How well is Testshire served today?"));
        assertTrue(html.contains("GP practice"));
        assertTrue(html.contains("Hackney &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "hostile name escaped");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element");
        assertFalse(html.contains("<b>Surgery"), "site names are text, not markup");
        assertTrue(html.contains("The &lt;b&gt;Surgery&lt;/b&gt; (F83001)"));
    }

    @Test
    void theMapHasOnePathPerBoundaryFilledEvenOddAndADotPerSiteOfferingTheService() throws IOException {
        write(MODEL, RESULT, dir);
        String map = between(read("index.html"), "<figure class=\"map\">", "</svg>");
        assertTrue(map.contains("<svg"));
        assertEquals(MODEL.boundaries().size(), count(map, "<path "));
        assertEquals(MODEL.boundaries().size(), count(map, "fill-rule=\"evenodd\""));
        assertEquals(3, count(between(map, "<g class=\"sites\">", "</g>"), "<circle "),
                "three GP practices in the region; the hospital does not offer the service");
    }

    @Test
    void theMapIsNorthUpAndWestOnTheLeft() throws IOException {
        write(MODEL, RESULT, dir);
        String map = between(read("index.html"), "<figure class=\"map\">", "</svg>");
        double[] south = dot(map, "Riverside, Practice"); // 51.54 N, 0.05 W
        double[] north = dot(map, "Hill Practice"); // 51.58 N, 0.03 W
        double[] west = dot(map, "The &lt;b&gt;Surgery"); // 0.15 W
        assertTrue(north[1] < south[1], "north is up");
        assertTrue(west[0] < south[0], "west is left");
    }

    @Test
    void thePageLoadsNothingFromElsewhere() throws IOException {
        write(MODEL, RESULT, dir);
        String html = read("index.html").replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("http"), "only the SVG namespace may name a URL");
        assertFalse(html.contains("src="));
        assertFalse(html.contains("url("));
    }

    @Test
    void withoutBoundariesTheReportLeavesOutTheMapButKeepsTheRest() throws IOException {
        RegionModel noMaps = SyntheticRegion.model(List.of());
        write(noMaps, SyntheticRegion.result(noMaps), dir);
        String html = read("index.html");
        assertFalse(html.contains("class=\"map\""));
        assertTrue(html.contains("class=\"chart\""));
        assertTrue(html.contains("By deprivation"));
    }

    @Test
    void theCsvTablesHaveAHeaderAndOneRowPerAreaBoroughAndDecileQuotingCommas() throws IOException {
        write(MODEL, RESULT, dir);
        String areas = read("access_by_area.csv");
        List<String> lines = areas.lines().toList();
        assertEquals(1 + MODEL.areas().size(), lines.size());
        assertEquals("service,lsoa21cd,lsoa_name,lad22cd,population,population_65plus,imd2019_decile,nearest_site,"
                + "minutes,next_nearest_site,next_minutes,sites_within_standard", lines.get(0));
        assertTrue(lines.get(1).startsWith("gp,E01000001,\"Camden, north \"\"A\"\"\",E09000001,1500,200,7,"),
                lines.get(1));
        assertTrue(lines.get(1).matches(".*,\\d+\\.\\d{2},[A-Z0-9]{6},\\d+\\.\\d{2},\\d+"), lines.get(1));
        assertTrue(areas.endsWith("\r\n"));
        assertEquals(1 + 2, read("access_by_borough.csv").lines().count());
        List<String> deciles = read("access_by_imd_decile.csv").lines().toList();
        assertEquals(1 + 4, deciles.size(), "deciles 1, 2, 7 and 10 have residents");
        assertTrue(deciles.get(1).startsWith("gp,1,3100,"), deciles.get(1));
    }

    @Test
    void theSummaryJsonCarriesTheDatasetAndEachServicesFigures() throws IOException {
        write(MODEL, RESULT, dir);
        JsonNode json = new ObjectMapper().readTree(read("summary.json"));
        assertEquals(List.of("report", "dataset", "services"), fieldNames(json));
        assertEquals("Testshire", json.at("/dataset/name").asText());
        assertEquals(2, json.at("/dataset/sources").size());
        assertEquals("1 site left out: no location.", json.at("/dataset/notes/0").asText());
        assertEquals(MODEL.population(), json.at("/services/0/population_total").asLong());
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.readTree(mapper.writeValueAsString(new AccessJson(mapper).toJson(RESULT))),
                json.at("/services/0"), "the service object is AccessJson's, unchanged");
    }

    @Test
    void writingTwiceGivesByteIdenticalFilesWhateverTheDefaultLocale() throws IOException {
        write(MODEL, RESULT, dir.resolve("a"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            write(MODEL, SyntheticRegion.result(MODEL), dir.resolve("b"));
        } finally {
            Locale.setDefault(before);
        }
        for (String name : List.of(ReportWriter.INDEX, ReportWriter.SUMMARY, ReportWriter.BY_AREA,
                ReportWriter.BY_BOROUGH, ReportWriter.BY_DECILE)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void aResultFromAnotherModelIsRefused() {
        RegionModel other = new RegionModel("Other", "", MODEL.areas().subList(0, 2), MODEL.districts(),
                MODEL.sites(), MODEL.catalogue(), List.of(), List.of(), "", List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(other, RESULT, dir));
        assertTrue(e.getMessage().contains("covers 5 areas but the model of Other has 2"), e.getMessage());
    }

    @Test
    void aReportFolderThatIsAFileIsRefusedWithAMessageSayingSo() throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "not a folder");
        IOException e = assertThrows(IOException.class, () -> write(MODEL, RESULT, file));
        assertEquals("report folder " + file + " is a file, not a folder", e.getMessage());
        assertEquals("not a folder", Files.readString(file), "the file is left alone");
    }

    @Test
    void writingAgainReplacesEveryFileAndLeavesNoTemporaryFilesBehind() throws IOException {
        Files.writeString(dir.resolve(ReportWriter.INDEX), "an old report, longer than nothing");
        RegionModel insideOnly = SyntheticRegion.withoutSitesBeyond(MODEL);
        write(insideOnly, SyntheticRegion.result(insideOnly), dir);
        write(MODEL, RESULT, dir);
        assertEquals(List.of(ReportWriter.BY_AREA, ReportWriter.BY_BOROUGH, ReportWriter.BY_DECILE,
                ReportWriter.INDEX, ReportWriter.SUMMARY), listing(dir));
        assertTrue(read(ReportWriter.INDEX).contains("2 sites beyond its boundary"), "the second report won");
        assertTrue(read(ReportWriter.INDEX).endsWith("</html>\n"));
    }

    @Test
    void aFileThatCannotBeReplacedFailsTheWriteAndLeavesNoHalfWrittenOrTemporaryFile() throws IOException {
        Path blocker = Files.createDirectories(dir.resolve(ReportWriter.BY_AREA).resolve("something"));
        assertThrows(IOException.class, () -> write(MODEL, RESULT, dir));
        assertTrue(Files.isDirectory(blocker), "what stood in the way is untouched");
        assertEquals(List.of(ReportWriter.BY_AREA, ReportWriter.INDEX, ReportWriter.SUMMARY), listing(dir),
                "the files before the failure were written whole; nothing after it; no temporary files");
        assertTrue(read(ReportWriter.SUMMARY).endsWith("}\n"));
    }

    @Test
    void filesAreMadeWithTheUsualPermissionsNotTheOwnerOnlyOnesOfATemporaryFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file permissions");
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        write(MODEL, RESULT, dir.resolve("out"));
        assertEquals(Files.getPosixFilePermissions(ordinary),
                Files.getPosixFilePermissions(dir.resolve("out").resolve(ReportWriter.INDEX)));
    }

    @Test
    void everyNoteOnTheDataIsInTheMethodSectionOnceAndTheLimitsOfEstimatesAreSaidInOnePlace() throws IOException {
        write(MODEL, RESULT, dir);
        String html = read(ReportWriter.INDEX);
        String method = between(html, "<section class=\"method\"", "</section>");
        for (String note : MODEL.notes()) {
            assertTrue(method.contains("<li>" + Html.escape(note) + "</li>"), note);
            assertEquals(1, count(html, Html.escape(note)), note);
        }
        assertEquals(1, count(html, "<h3>Estimated journey times</h3>"));
        assertEquals(1, count(html, "are estimated, not routed"));
        assertTrue(method.contains("<h3>Sites beyond the boundary</h3>"));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "no " + from);
        return text.substring(start, text.indexOf(to, start) + to.length());
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    /** The centre of the site dot whose title starts with {@code title}. */
    private static double[] dot(String map, String title) {
        Matcher m = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"[^>]*><title>" + Pattern.quote(title))
                .matcher(map);
        assertTrue(m.find(), "no dot for " + title);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
