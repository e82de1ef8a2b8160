package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nhsblueprint.cli.CliScenarioTest.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polyclinics, hub against network, on the real London data, and the convert and capacity modifications as a
 * planner writes them.
 */
class CliPolyclinicsTest {
    private static JsonNode hub;
    private static JsonNode network;

    @BeforeAll
    static void appraiseBoth() throws Exception {
        CliTest.Run h = CliTest.run("appraise", "../scenarios/london-polyclinics-hub.yaml", "--json");
        assertEquals(0, h.code(), h.err());
        hub = h.json();
        CliTest.Run n = CliTest.run("appraise", "../scenarios/london-polyclinics-network.yaml", "--json");
        assertEquals(0, n.code(), n.err());
        network = n.json();
    }

    @Test
    void aHubPerFiftyThousandLondonersMovesPracticesInAndLengthensWalksToTheGp() {
        String applied = hub.get("applied").get(0).asText();
        // 8,799,687 Londoners in 33 boroughs, max(1, round(borough / 50,000)) each
        assertTrue(applied.contains("176 polyclinic hubs in 33 districts"), applied);
        JsonNode gp = service(hub, "gp");
        assertEquals(176, gp.get("after").get("sites").asInt() - 105, "the 105 practices beyond London stay");
        assertTrue(gp.get("population_longer_journey").asLong() > 5_000_000, gp.toString());
        assertEquals(0, gp.get("population_shorter_journey").asLong());
        assertTrue(gp.get("after").get("share_within_standard").asDouble()
                < gp.get("before").get("share_within_standard").asDouble() - 0.1);
    }

    @Test
    void aNetworkKeepsEveryPracticeAndGivesTheSameUrgentCareAsTheHub() {
        JsonNode gp = service(network, "gp");
        assertEquals(gp.get("before"), gp.get("after"));
        for (String id : new String[] {"urgent_care", "outpatients"}) {
            assertEquals(service(hub, id).get("after"), service(network, id).get("after"), id);
            assertEquals(0, service(network, id).get("population_longer_journey").asLong(), id);
            assertTrue(service(network, id).get("population_shorter_journey").asLong() > 1_000_000, id);
        }
    }

    @Test
    void urgentCareDemandIsConservedAndPolyclinicsOverTheirCapacityAreNamed() {
        JsonNode urgent = service(hub, "urgent_care");
        JsonNode demand = urgent.get("demand");
        double total = demand.get("total_per_year").asDouble();
        double before = 0;
        for (JsonNode v : demand.get("volumes_before")) {
            before += v.get("per_year").asDouble();
        }
        double after = 0;
        for (JsonNode v : demand.get("volumes_after")) {
            after += v.get("per_year").asDouble();
        }
        // beyond-London sites are left out of volumes, so London's own sites get at most the total
        assertTrue(before <= total + 1 && before > 0.9 * total, before + " of " + total);
        assertTrue(after <= total + 1 && after > before, after + " of " + total);
        assertEquals(176, urgent.get("sites_with_capacity").asInt());
        JsonNode over = urgent.get("sites_over_capacity");
        assertTrue(over.size() > 0 && over.size() < 176, over.toString());
        for (JsonNode o : over) {
            assertEquals(6600, o.get("capacity_per_year").asDouble());
            assertTrue(o.get("per_year").asDouble() > 6600, o.toString());
        }
        assertEquals(0, urgent.get("sites_over_capacity_before").size());
    }

    @Test
    void convertAndCapacityWorkOnNamedSites(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("convert.yaml"), String.join("\n",
                "name: Convert one practice",
                "dataset: london",
                "modifications:",
                "  - convert: {site: F81062, name: Chigwell polyclinic, add: [urgent_care, outpatients],",
                "              capacity: {urgent_care: 100}}",
                "  - capacity: {site: RF4DG, service: urgent_care, per_year: 50000}",
                ""));
        CliTest.Run run = CliTest.run("appraise", file.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode urgent = service(run.json(), "urgent_care");
        assertEquals(2, urgent.get("sites_with_capacity").asInt());
        assertEquals("F81062", urgent.get("sites_over_capacity").get(0).get("site").asText());
        assertTrue(urgent.get("population_shorter_journey").asLong() > 0);
        assertEquals(0, urgent.get("population_longer_journey").asLong());
    }

    @Test
    void mistakesInTheNewModificationsAreReportedWithTheirLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mistakes.yaml"), String.join("\n",
                "name: Mistakes",
                "dataset: london",
                "modifications:",
                "  - polyclinics: {model: star, people_per_polyclinic: 50000}",            // 4
                "  - polyclinics: {model: hub, people_per_polyclinic: -5}",                // 5
                "  - polyclinics: {model: hub, people_per_polyclinic: 50000, districts: [E09000999]}", // 6
                "  - convert: {site: F81062, adds: [urgent_care]}",                        // 7
                "  - convert: {site: F81062, add: [gp]}",                                  // 8
                "  - capacity: {site: RF4DG, service: urgent_care, per_year: lots}",      // 9
                "  - capacity: {site: RF4DG, service: hasu, per_year: 10}",               // 10
                "  - open: {code: RNEW1, name: N, lat: 51.5, lon: -0.1, services: [gp], capacity: {ae: 5}}", // 11
                ""));
        CliTest.Run run = CliTest.run("appraise", file.toString());
        assertEquals(1, run.code(), run.out());
        String err = run.err();
        assertTrue(err.contains("mistakes.yaml:4: polyclinics.model 'star' must be hub or network"), err);
        assertTrue(err.contains("mistakes.yaml:5: polyclinics.people_per_polyclinic"), err);
        assertTrue(err.contains("mistakes.yaml:7: convert.adds is not a field of convert"), err);
        assertTrue(err.contains("mistakes.yaml:9: per_year 'lots'"), err);
        // the file is well formed except for lines 4, 5, 7 and 9, so resolving is not reached: fix those first
        Path second = Files.writeString(dir.resolve("second.yaml"), String.join("\n",
                "name: Mistakes after the file is well formed",
                "dataset: london",
                "modifications:",
                "  - polyclinics: {model: hub, people_per_polyclinic: 50000, districts: [E09000999]}", // 4
                "  - convert: {site: F81062, add: [gp]}",                                  // 5
                "  - capacity: {site: RF4DG, service: hasu, per_year: 10}",               // 6
                "  - open: {code: RNEW1, name: N, lat: 51.5, lon: -0.1, services: [gp], capacity: {ae: 5}}", // 7
                ""));
        run = CliTest.run("appraise", second.toString());
        assertEquals(1, run.code(), run.out());
        for (int line = 4; line <= 7; line++) {
            assertTrue(run.err().contains("second.yaml:" + line + ": "), line + "\n" + run.err());
        }
    }
}
