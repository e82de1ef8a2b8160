package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The capacity calculators as a planner runs them, against the CRAN ErlangC package's published case. */
class CliCapacityTest {

    @Test
    void theQueuePrintsThePublishedErlangCFigures() throws Exception {
        // 100 calls per 30 minutes, 180 s each, 14 agents, 20 s target (CRAN ErlangC; pyworkforce agrees)
        CliTest.Run run = CliTest.run("capacity", "queue", "--arrivals-per-hour", "200", "--service-minutes", "3",
                "--servers", "14", "--target-seconds", "20", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode j = run.json();
        assertEquals(0.1741319, j.get("p_wait").asDouble(), 5e-8);
        assertEquals(7.83593701177724, j.get("mean_wait_seconds").asDouble(), 1e-9);
        assertEquals(0.88835002, j.get("service_level").asDouble(), 5e-9);
        assertEquals(0.71428571, j.get("occupancy").asDouble(), 5e-9);
    }

    @Test
    void staffingAndAnUnstableQueueAndBadInput() throws Exception {
        JsonNode staff = CliTest.run("capacity", "staff", "--arrivals-per-hour", "200", "--service-minutes", "3",
                "--target-seconds", "20", "--shrinkage", "0.3", "--json").json();
        assertEquals(14, staff.get("servers").asInt());
        assertEquals(20, staff.get("rostered").asInt());
        JsonNode unstable = CliTest.run("capacity", "queue", "--arrivals-per-hour", "30", "--service-minutes", "10",
                "--servers", "5", "--json").json();
        assertEquals(false, unstable.get("stable").asBoolean());
        assertTrue(unstable.get("mean_wait_seconds").isNull());
        CliTest.Run bad = CliTest.run("capacity", "queue", "--arrivals-per-hour", "-2", "--service-minutes", "3",
                "--servers", "1");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("arrivals per hour must be zero or more"), bad.err());
        assertEquals(2, CliTest.run("capacity").code());
    }
}
