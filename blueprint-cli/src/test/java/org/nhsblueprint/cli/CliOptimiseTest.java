package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Location optimisation as a planner and a benchmarker run it. */
class CliOptimiseTest {

    @Test
    void orLibraryInstancesReachTheirPublishedOptimaByHeuristicAndByOrTools() throws Exception {
        JsonNode ours = CliTest.run("optimise", "pmedian", "--orlib", "../datasets/orlib/pmed/pmed1.txt", "--json")
                .json();
        assertEquals(5819, ours.get("objective").asDouble());
        assertEquals(0, ours.get("gap").asDouble());
        assertEquals(5, ours.get("open_sites").size());
        assertTrue(ours.has("lower_bound") && ours.has("seconds"));
        JsonNode exact = CliTest.run("optimise", "pmedian", "--orlib", "../datasets/orlib/pmed/pmed1.txt", "--exact",
                "--json").json();
        assertEquals(5819, exact.get("objective").asDouble());
        JsonNode cap = CliTest.run("optimise", "cpmedian", "--orlib", "../datasets/orlib/pmedcap/pmedcap1_2.txt",
                "--json").json();
        assertEquals(740, cap.get("objective").asDouble());
        assertEquals(740, cap.get("published_best").asDouble());
    }

    @Test
    void theStrokeSpecWritesATradeOffAndAScenarioAppraiseRuns(@TempDir Path out) throws Exception {
        CliTest.Run run = CliTest.run("optimise", "../specs/london-hasu.yaml", "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode j = run.json();
        int chosen = j.get("chosen_p").asInt();
        assertTrue(chosen >= 4 && chosen <= 14, "chosen " + chosen);
        assertEquals(11, j.get("tradeoff").size());
        for (JsonNode row : j.get("tradeoff")) {
            assertEquals(row.get("p").asInt(), row.get("open_sites").size());
            assertTrue(row.get("lower_bound").asDouble() <= row.get("objective").asDouble() + 1e-6);
            if (row.get("p").asInt() == chosen) {
                assertTrue(row.get("meets_minimum").asBoolean() && row.get("pareto").asBoolean());
                assertTrue(row.get("share_within_standard").asDouble() >= 0.99);
                assertTrue(row.get("smallest_site_volume").asDouble() >= 600);
            }
        }
        assertTrue(Files.readString(out.resolve("index.html")).contains("Pareto"));
        assertTrue(Files.readString(out.resolve("tradeoff.csv")).startsWith("p,mean_minutes"));
        CliTest.Run appraise = CliTest.run("appraise", out.resolve("scenario.yaml").toString(), "--json");
        assertEquals(0, appraise.code(), appraise.err());
        for (JsonNode s : appraise.json().get("services")) {
            if (s.get("service").asText().equals("hasu")) {
                assertEquals(chosen, s.get("after").get("sites").asInt() - 0);
            }
        }
    }

    @Test
    void aBadSpecNamesItsFieldsAndNoArgumentsIsUsage(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: Bad\nservice: hasu\ncandidates: {offering: ae}\n"
                + "p: {from: 0, to: 3}\nchoose: {min_share_within: 2}\nscenario: {kind: demolish}\ncolour: red\n");
        CliTest.Run run = CliTest.run("optimise", bad.toString());
        assertEquals(1, run.code(), run.out());
        for (String field : new String[] {"p", "choose.min_share_within", "scenario.kind", "colour"}) {
            assertTrue(run.err().contains(field), field + "\n" + run.err());
        }
        assertEquals(2, CliTest.run("optimise").code());
        assertEquals(2, CliTest.run("optimise", "pmedian").code());
    }
}
