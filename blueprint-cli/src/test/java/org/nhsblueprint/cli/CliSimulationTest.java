package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Monte Carlo appraisal of the shipped polyclinic scenario as a planner runs it, on the real London data. */
class CliSimulationTest {

    private static JsonNode metric(JsonNode simulation, String name) {
        for (JsonNode m : simulation.get("metrics")) {
            if (m.get("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + name);
    }

    @Test
    void thePolyclinicHubsAnswerTheSeventyTwoPerCentQuestionWithAProbability() throws Exception {
        CliTest.Run run = CliTest.run("appraise", "../scenarios/london-polyclinics-hub.yaml", "--iterations", "2000",
                "--seed", "7", "--chance", "finance.gap_share>0.1", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode sim = run.json().get("simulation");
        assertEquals(2000, sim.get("iterations").asInt());
        // outpatient shares 0.3 to 0.8, most likely 0.5 (datasets/london/simulation/shifts.csv)
        JsonNode op = metric(sim, "activity.acute_outpatients.acute_change");
        assertTrue(op.get("p50").asDouble() < -0.4 && op.get("p50").asDouble() > -0.65, op.toString());
        assertTrue(op.get("p10").asDouble() < op.get("p50").asDouble() && op.get("p50").asDouble()
                < op.get("p90").asDouble(), op.toString());
        double chance = -1;
        for (JsonNode q : sim.get("probabilities")) {
            if (q.get("question").asText().startsWith("activity.acute_outpatients.acute_change<=-0.72")) {
                chance = q.get("probability").asDouble();
            }
        }
        assertTrue(chance > 0 && chance < 0.2, "P(outpatients fall by 72% or more) " + chance);
        assertEquals(0.0, metric(sim, "check.conservation_error").get("p90").asDouble(), 1e-9);
        assertTrue(sim.get("tornado").size() >= 2);
        assertTrue(metric(sim, "finance.npv").has("p50"));
        assertTrue(sim.get("inputs").size() > 10);
        for (JsonNode input : sim.get("inputs")) {
            assertTrue(!input.get("source").asText().isBlank(), input.toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbersOnAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        String one = CliTest.run("appraise", "../scenarios/london-polyclinics-network.yaml", "--iterations", "600",
                "--threads", "1", "--json").out();
        String three = CliTest.run("appraise", "../scenarios/london-polyclinics-network.yaml", "--iterations", "600",
                "--threads", "3", "--json").out();
        assertEquals(one, three);
        CliTest.Run report = CliTest.run("appraise", "../scenarios/london-polyclinics-network.yaml", "--iterations",
                "300", "--out", dir.toString());
        assertEquals(0, report.code(), report.err());
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("id=\"simulation\"") && html.contains("What drives it"), "simulation section");
        assertTrue(Files.readString(dir.resolve("simulation_results.csv")).startsWith("metric,label,unit,p10"));
    }

    @Test
    void aBadQuestionOrAScenarioWithoutASimulationIsRefusedClearly() throws Exception {
        CliTest.Run bad = CliTest.run("appraise", "../scenarios/london-polyclinics-hub.yaml", "--iterations", "10",
                "--chance", "nonsense");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("is not METRIC<=X or METRIC>X"), bad.err());
        CliTest.Run none = CliTest.run("appraise", "../scenarios/london-stroke-2010.yaml", "--chance", "x<=1");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("has no simulation section"), none.err());
    }

    @Test
    void mistakesInTheSimulationSectionNameTheirLineAndField(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sim.yaml"), String.join("\n",
                "name: Bad simulation",
                "dataset: london",
                "modifications: []",
                "simulation:",
                "  horizon_years: 0",
                "  shifts:",
                "    - {activity: outpatient_first, to_service: outpatients, share: {low: 0.5, high: 1.4}}",
                "  assumptions:",
                "    finance.discount_rate: {low: 0.04, mode: 0.03, high: 0.05}",
                "  correlations:",
                "    - {between: [a], rho: 2}",
                "  seeds: 3",
                ""));
        CliTest.Run run = CliTest.run("appraise", file.toString());
        assertEquals(1, run.code(), run.out());
        String err = run.err();
        assertTrue(err.contains("sim.yaml:4: simulation.horizon_years"), err);
        assertTrue(err.contains("sim.yaml:4: simulation.shifts.share"), err);
        assertTrue(err.contains("simulation.assumptions.finance.discount_rate"), err);
        assertTrue(err.contains("simulation.correlations"), err);
        assertTrue(err.contains("simulation.seeds is not a simulation field"), err);
    }

    @Test
    void aDatasetWithABadSimulationRowIsRefusedNamingTheRow(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("london");
        copy(Path.of("../datasets/london"), data);
        Path prices = data.resolve("simulation/prices.csv");
        Files.writeString(prices, Files.readString(prices).replace("outpatient_first,acute,120,106,120",
                "outpatient_first,acute,120,130,120"));
        CliTest.Run run = CliTest.run("appraise", "../scenarios/london-polyclinics-hub.yaml", "--dataset",
                data.toString(), "--iterations", "10");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("simulation/prices.csv:2: low_gbp/mid_gbp/high_gbp"), run.err());
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
