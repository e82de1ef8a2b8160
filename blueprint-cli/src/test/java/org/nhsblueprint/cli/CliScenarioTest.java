package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios as a planner meets them: the shipped history, an empty option, and a file full of mistakes. */
class CliScenarioTest {

    /** One service's object in an appraisal's JSON. */
    static JsonNode service(JsonNode appraisal, String id) {
        for (JsonNode s : appraisal.get("services")) {
            if (s.get("service").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no " + id + " in " + appraisal);
    }

    @Test
    void theTwentyTenStrokeReconfigurationMovesStrokeCareOntoEightUnitsAndSaysWhoTravelsFurther() throws Exception {
        CliTest.Run run = CliTest.run("appraise", "../scenarios/london-stroke-2010.yaml", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode stroke = service(run.json(), "hasu");
        assertEquals(35, stroke.get("before").get("sites").asInt()); // 27 London type-1 A&Es and 8 beyond
        assertEquals(8, stroke.get("after").get("sites").asInt());
        assertEquals(8_799_687, stroke.get("after").get("population_total").asLong());
        assertTrue(stroke.get("after").get("share_within_standard").asDouble() >= 0.99);
        long longer = stroke.get("population_longer_journey").asLong();
        assertTrue(longer > 4_000_000 && longer < 8_799_687, "longer " + longer);
        assertTrue(stroke.get("mean_extra_minutes_affected").asDouble() > 0);
        long byDecile = 0;
        for (JsonNode d : stroke.get("longer_journey_by_imd_decile")) {
            byDecile += d.get("population").asLong();
        }
        assertEquals(longer, byDecile);
        JsonNode gp = service(run.json(), "gp");
        assertEquals(gp.get("before"), gp.get("after"));
        assertEquals(0, gp.get("population_longer_journey").asLong());
    }

    @Test
    void centralisingStrokeCareConservesDemandAndLiftsEveryUnitAboveTheMinimumVolume() throws Exception {
        JsonNode stroke = service(CliTest.run("appraise", "../scenarios/london-stroke-2010.yaml", "--json").json(),
                "hasu");
        JsonNode demand = stroke.get("demand");
        // calibrated to the 8,148 admissions London's 8 HASUs reported to SSNAP in 2021/22
        assertEquals(8_148, demand.get("total_per_year").asDouble(), 0.05);
        // after: all demand reaches London's 8 units; before, some Londoners' nearest stroke unit lay beyond London
        // (those sites are left out of the volume table), so London's own sites receive a little less
        assertEquals(8_148, sum(demand.get("volumes_after")), 0.5);
        double londonBefore = sum(demand.get("volumes_before"));
        assertTrue(londonBefore < 8_148 && londonBefore > 7_800, "before " + londonBefore);
        assertEquals(600, demand.get("min_volume_per_year").asDouble());
        assertEquals(0, stroke.get("sites_below_min_volume").size());
        // London's own 27 stroke sites before (those beyond the boundary see only Londoners, so are left out)
        assertEquals(27, demand.get("volumes_before").size());
        assertEquals(26, stroke.get("sites_below_min_volume_before").size(),
                stroke.get("sites_below_min_volume_before").toString());
    }

    @Test
    void appraiseWritesTheComparisonReport(@TempDir Path out) throws Exception {
        CliTest.Run run = CliTest.run("appraise", "../scenarios/london-stroke-2010.yaml", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("London stroke 2010 (8 hyper-acute stroke units): what changes"), html.substring(0, 400));
        assertTrue(html.contains("6,032,019"), "people with a longer journey");
        assertTrue(html.contains("26 of 27 sites"), "sites below the minimum before");
        assertEquals(1 + 4_994, Files.readAllLines(out.resolve("appraisal_by_area.csv")).size());
    }

    @Test
    void compareLinesUpOptionsAgainstTheSameDataset() throws Exception {
        CliTest.Run run = CliTest.run("compare", "../scenarios/london-stroke-2009.yaml",
                "../scenarios/london-stroke-2010.yaml", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode scenarios = run.json().get("scenarios");
        assertEquals(2, scenarios.size());
        JsonNode before = service(scenarios.get(0), "hasu");
        JsonNode after = service(scenarios.get(1), "hasu");
        assertEquals(35, before.get("after").get("sites").asInt());
        assertEquals(8, after.get("after").get("sites").asInt());
        // 2010 is today's configuration: against the dataset nothing changes, while 2009 shortens journeys
        assertEquals(0, after.get("population_longer_journey").asLong());
        assertTrue(before.get("population_shorter_journey").asLong() > 4_000_000);
        assertEquals(2, CliTest.run("compare", "../scenarios/london-stroke-2010.yaml").code());
    }

    private static double sum(JsonNode volumes) {
        double total = 0;
        for (JsonNode v : volumes) {
            total += v.get("per_year").asDouble();
        }
        return total;
    }

    @Test
    void theTwentyTenTraumaNetworksCentraliseOntoFourCentres() throws Exception {
        JsonNode trauma = service(CliTest.run("appraise", "../scenarios/london-trauma-2010.yaml", "--json").json(), "mtc");
        assertEquals(4, trauma.get("after").get("sites").asInt());
        assertTrue(trauma.get("population_longer_journey").asLong() > 0);
    }

    @Test
    void anEmptyScenarioReproducesTheBaselineByteForByte(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty.yaml"), "name: Nothing changes\ndataset: london\nmodifications: []\n");
        JsonNode j = CliTest.run("appraise", file.toString(), "--json").json();
        for (JsonNode s : j.get("services")) {
            assertEquals(s.get("before").toString(), s.get("after").toString());
            assertEquals(0, s.get("population_longer_journey").asLong());
            JsonNode access = CliTest.run("access", "--service", s.get("service").asText(), "--json").json();
            access.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("dataset") && !f.getKey().equals("notes")) {
                    assertEquals(f.getValue(), s.get("before").get(f.getKey()), f.getKey());
                }
            });
        }
    }

    @Test
    void aFileWithTenMistakesReportsEveryOneWithItsLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mistakes.yaml"), String.join("\n",
                "name: Ten mistakes",
                "dataset: london",
                "modifications:",
                "  - close: RXXX1",                                         // 4 unknown site
                "  - close: RJ122",                                         // 5 fine
                "  - close: RJ122",                                         // 6 closed twice
                "  - close: {site: RAL01, service: dentist}",               // 7 unknown service
                "  - close: {site: RAL01, service: hasu}",                  // 8 not offered there
                "  - open: {code: RAL01, name: Dup, lat: 51.5, lon: -0.1, services: [gp]}", // 9 code in use
                "  - open: {code: RNEW1, name: Far, lat: 55.9, lon: -3.2, services: [gp]}", // 10 outside the region
                "  - offer: {service: polyclinic, at_sites_offering: gp}", // 11 unknown service
                "  - centralise: {service: hasu, onto: []}",                // 12 nowhere
                "  - centralise: {service: mtc, onto: [RNONE, R1H12]}",     // 13 unknown site
                "  - close: {site: R1H12, service: ae}",                    // 14 fine
                "  - close: {site: R1H12, service: ae}",                    // 15 not offered any more
                ""));
        CliTest.Run run = CliTest.run("appraise", file.toString());
        assertEquals(1, run.code(), run.out());
        for (int line : new int[] {4, 6, 7, 8, 9, 10, 11, 12, 13, 15}) {
            assertTrue(run.err().contains("mistakes.yaml:" + line + ": "), line + "\n" + run.err());
        }
        assertTrue(run.err().contains("10 problems"), run.err());
        assertFalse(run.err().contains("at org."), run.err());
    }

    @Test
    void mistakesThatWouldQuietlyChangeAScenarioAreRefused(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"modifications:\n  - close RAL01\n  - close: RAL01\n", ":4: modifications 'close RAL01' is not a modification"},
            {"description: [a, b]\nmodifications:\n  - close: RAL01\n", ":3: description must be a single value"},
            {"modifications:\n  - close: {site: RAL01, servce: ae}\n", ":4: close.servce is not a field of close"},
            {"base:\nmodifications: []\n", ":3: base must be the path of another scenario file"},
        };
        for (String[] c : cases) {
            Path file = Files.writeString(dir.resolve("case.yaml"), "name: t\ndataset: london\n" + c[0]);
            CliTest.Run run = CliTest.run("appraise", file.toString());
            assertEquals(1, run.code(), c[0] + run.out());
            assertTrue(run.err().contains("case.yaml" + c[1]), c[1] + "\n" + run.err());
        }
    }

    @Test
    void closingEverySiteOfAServiceIsSaidNotHidden(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("no-trauma.yaml"), "name: No trauma centres\ndataset: london\n"
                + "modifications:\n  - close: {site: R1H12, service: mtc}\n  - close: {site: RYJ01, service: mtc}\n"
                + "  - close: {site: RJZ01, service: mtc}\n  - close: {site: RJ701, service: mtc}\n");
        JsonNode j = CliTest.run("appraise", file.toString(), "--json").json();
        assertEquals("mtc", j.get("services_removed").get(0).asText());
    }

    @Test
    void aMalformedScenarioNamesTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"),
                "name: Bad\ndataset: london\nmodifications:\n  - demolish: RJ122\n  - open: {code: RNEW1}\n");
        CliTest.Run run = CliTest.run("appraise", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("bad.yaml:4: demolish is not a modification"), run.err());
        assertTrue(run.err().contains("bad.yaml:5: "), run.err());
    }

    @Test
    void compareWritesTheComparisonReportAndGivesEachOptionBeforeAfterAndVolumes(@TempDir Path out) throws Exception {
        CliTest.Run run = CliTest.run("compare", "../scenarios/london-stroke-2009.yaml",
                "../scenarios/london-stroke-2010.yaml", "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode scenarios = run.json().get("scenarios");
        assertEquals(2, scenarios.size());
        int services = 0;
        for (JsonNode scenario : scenarios) {
            assertTrue(scenario.get("services_removed").isArray(), scenario.fieldNames().toString());
            for (JsonNode s : scenario.get("services")) {
                services++;
                for (String field : new String[] {"service", "before", "after", "population_longer_journey",
                        "mean_extra_minutes_affected", "population_shorter_journey", "aged_65_plus_longer_journey",
                        "demand", "sites_below_min_volume", "sites_over_capacity"}) {
                    assertTrue(s.has(field), s.get("service") + " has no " + field);
                }
            }
        }
        JsonNode access = CliTest.run("access", "--service", "hasu", "--json").json();
        JsonNode eightToAll = service(scenarios.get(0), "hasu");
        access.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("dataset") && !f.getKey().equals("notes")) {
                assertEquals(f.getValue(), eightToAll.get("before").get(f.getKey()), f.getKey());
            }
        });
        assertEquals(35, eightToAll.get("after").get("sites").asInt());
        assertEquals(0, eightToAll.get("population_longer_journey").asLong());
        assertTrue(eightToAll.get("mean_extra_minutes_affected").isNull(), "nobody travels further");
        // stroke care at all 27 of London's type-1 A&Es: 26 of them below SSNAP's 600 admissions a year
        assertEquals(26, eightToAll.get("sites_below_min_volume").size());
        assertEquals(0, service(scenarios.get(1), "hasu").get("sites_below_min_volume").size());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<h1>2 options for London compared</h1>"), html.substring(0, 400));
        assertTrue(html.contains("6,032,019"), "people with a shorter journey under stroke care at every A&E");
        assertTrue(html.contains("0 \u2192 26"), "sites below the minimum volume, baseline to option");
        assertEquals(1 + services / 2 * 4_994, Files.readAllLines(out.resolve("comparison_by_area.csv")).size());
        assertEquals(2, CliTest.run("compare", "../scenarios/london-stroke-2009.yaml",
                "../scenarios/london-stroke-2010.yaml", "--allocation", "gravity").code());
    }
}
