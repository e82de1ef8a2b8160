package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it, through {@code execute()} with captured output (picocli's testing advice). */
class CliTest {
    static final Path HOME = Path.of("..");

    /** Output, error and exit code of one run. */
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        CommandLine cli = Application.wired(HOME, () -> 0L, false).commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void accessToStrokeUnitsPrintsTheDocumentedJson() throws Exception {
        Run run = run("access", "--service", "hasu", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode j = run.json();
        assertEquals("hasu", j.get("service").asText());
        assertEquals("ambulance", j.get("mode").asText());
        assertEquals(30.0, j.get("standard_minutes").asDouble());
        assertEquals(8_799_687, j.get("population_total").asLong());
        long within = j.get("population_within_standard").asLong();
        assertEquals((double) within / 8_799_687, j.get("share_within_standard").asDouble(), 1e-4);
        for (String f : new String[] {"mean_minutes", "median_minutes", "p90_minutes", "max_minutes"}) {
            assertTrue(j.get(f).isNumber(), f);
        }
        assertTrue(j.get("mean_minutes").asDouble() <= j.get("p90_minutes").asDouble());
        assertTrue(j.get("median_minutes").asDouble() <= j.get("p90_minutes").asDouble());
        assertTrue(j.get("p90_minutes").asDouble() <= j.get("max_minutes").asDouble());
        assertEquals(10, j.get("by_imd_decile").size());
        JsonNode decile = j.get("by_imd_decile").get(0);
        assertEquals(1, decile.get("decile").asInt());
        assertTrue(decile.has("population") && decile.has("share_within_standard"));
        assertEquals(33, j.get("by_borough").size());
        JsonNode borough = j.get("by_borough").get(0);
        assertTrue(borough.get("code").asText().startsWith("E09"));
        assertFalse(borough.get("name").asText().isBlank());
        long sum = 0;
        for (JsonNode b : j.get("by_borough")) {
            sum += b.get("population").asLong();
        }
        assertEquals(8_799_687, sum);
    }

    @Test
    void thresholdReplacesTheStandardForTheRun() throws Exception {
        JsonNode j = run("access", "--service", "hasu", "--threshold", "20", "--json").json();
        assertEquals(20.0, j.get("standard_minutes").asDouble());
        JsonNode standard = run("access", "--service", "hasu", "--json").json();
        assertTrue(j.get("population_within_standard").asLong() < standard.get("population_within_standard").asLong());
        assertEquals(standard.get("mean_minutes"), j.get("mean_minutes"));
    }

    @Test
    void modeReplacesTheServicesModeInTheFiguresNotJustTheLabel() throws Exception {
        JsonNode car = run("access", "--service", "gp", "--mode", "car", "--json").json();
        JsonNode walk = run("access", "--service", "gp", "--json").json();
        assertEquals("car", car.get("mode").asText());
        assertEquals(20.0, car.get("standard_minutes").asDouble());
        // the nearest practice is the same by either mode; only minutes per metre change:
        // car 1.25 / 400 m/min against walking 1.2 / 80 m/min
        double expected = (1.25 / 400) / (1.2 / 80);
        assertEquals(expected, car.get("mean_minutes").asDouble() / walk.get("mean_minutes").asDouble(), 0.01);
        assertTrue(car.get("share_within_standard").asDouble() > walk.get("share_within_standard").asDouble());
    }

    @Test
    void strokeAccessMatchesTheGoldenFile() throws Exception {
        JsonNode actual = run("access", "--service", "hasu", "--json").json();
        Golden.assertMatches("access-hasu.json", actual);
    }

    @Test
    void theTableOutputNamesTheServiceAndTheBoroughs() {
        Run run = run("access", "--service", "mtc");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Major trauma centre in London: 4 sites"), run.out());
        assertTrue(run.out().contains("Tower Hamlets"), run.out());
    }

    @Test
    void anUnknownServiceIsAUsageError() {
        Run run = run("access", "--service", "dentist");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown service 'dentist'") && run.err().contains("gp, ae, hasu, mtc"), run.err());
    }

    @Test
    void anUnknownModeIsAUsageError() {
        Run run = run("access", "--service", "gp", "--mode", "horse");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown travel mode 'horse'"), run.err());
    }

    @Test
    void aMissingServiceIsAUsageError() {
        assertEquals(2, run("access").code());
    }

    @Test
    void aNonsenseThresholdIsAUsageError() {
        assertEquals(2, run("access", "--service", "gp", "--threshold", "-5").code());
        assertEquals(2, run("access", "--service", "gp", "--threshold", "soon").code());
    }

    @Test
    void aMissingDatasetFolderIsAUsageError() {
        Run run = run("access", "--service", "gp", "--dataset", "no/such/folder");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("folder not found"), run.err());
    }

    @Test
    void aBrokenDatasetFailsWithEveryProblemAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path london = HOME.resolve("datasets/london");
        copyTree(london, dir);
        Path areas = dir.resolve("lsoa/london_lsoa21.csv");
        Files.writeString(areas, Files.readString(areas).replaceFirst(",1477,370,", ",-1477,370,"));
        Path sites = dir.resolve("hospitals/london_acute_sites_curated.csv");
        Files.writeString(sites, Files.readString(sites).replaceFirst(",51.519035,-0.059213,", ",51.519035,x,"));
        Run run = run("access", "--service", "hasu", "--dataset", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("2 problems"), run.err());
        assertTrue(run.err().contains("london_lsoa21.csv:2: pop_2021 '-1477' is negative"), run.err());
        assertTrue(run.err().contains("london_acute_sites_curated.csv:2: lon 'x' is not a number"), run.err());
        assertFalse(run.err().contains("at org."), run.err());
        assertTrue(run.out().isEmpty());
    }

    @Test
    void aServiceNoSiteOffersFailsWithAMessage(@TempDir Path dir) throws Exception {
        copyTree(HOME.resolve("datasets/london"), dir);
        Path sites = dir.resolve("hospitals/london_acute_sites_curated.csv");
        String text = Files.readString(sites);
        Files.writeString(sites, text.replaceAll(",Y,(Y|N),Y,", ",Y,$1,N,"));
        Run run = run("access", "--service", "mtc", "--dataset", dir.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("no site in dataset London offers Major trauma centre"), run.err());
        assertFalse(run.err().contains("at org."), run.err());
    }

    @Test
    void aReportFolderThatIsAFileFailsWithAMessage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Run run = run("demo", "--out", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("afile"), run.err());
        assertFalse(run.err().contains("at org."), run.err());
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        for (String[] args : new String[][] {{"-V"}, {"demo", "-V"}, {"access", "-V"}}) {
            Run run = run(args);
            assertEquals(0, run.code());
            assertEquals("Blueprint " + BlueprintCommand.VERSION, run.out().trim());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"demo", "--help"}, {"access", "--help"}}) {
            Run run = run(args);
            assertEquals(0, run.code());
            assertTrue(run.out().contains("Usage:"), run.out());
        }
    }

    @Test
    void noCommandShowsUsageAndExitsTwo() {
        Run run = run();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("demo") && run.err().contains("access"), run.err());
    }

    @Test
    void theDemoReportsTheSameFiguresAsAccessForEveryService(@TempDir Path out) throws Exception {
        Run run = run("demo", "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(List.of("gp", "ae", "hasu", "mtc", "urgent_care", "outpatients"),
                summary.get("services").findValuesAsText("service").stream().distinct().toList());
        for (JsonNode service : summary.get("services")) {
            JsonNode access = run("access", "--service", service.get("service").asText(), "--json").json();
            for (String field : List.of("population_within_standard", "mean_minutes", "p90_minutes", "by_borough")) {
                assertEquals(access.get(field), service.get(field), service.get("service") + " " + field);
            }
        }
        assertEquals(run.json().get("services"), summary.get("services"));
        String html = Files.readString(out.resolve("index.html"));
        for (String text : List.of("How well is London served today?", "GP practice", "Type-1 A&amp;E department",
                "Hyper-acute stroke unit", "Major trauma centre", "Tower Hamlets", "Data sources")) {
            assertTrue(html.contains(text), text);
        }
        assertEquals(1 + 6 * 4_994, Files.readAllLines(out.resolve("access_by_area.csv")).size());
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
