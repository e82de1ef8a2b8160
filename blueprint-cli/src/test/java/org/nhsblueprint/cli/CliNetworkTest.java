package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The road-network commands as a user meets them, on the real Camden extract. */
class CliNetworkTest {
    private static final String OSM = "../datasets/osm/camden.osm.pbf";
    private static final String UCH = "51.5247,-0.1369";
    private static final String ROYAL_FREE = "51.5529,-0.1655";

    @TempDir
    static Path shared;
    private static Path network;

    @BeforeAll
    static void buildCamden() {
        network = shared.resolve("camden");
        CliTest.Run run = CliTest.run("network", "build", OSM, "--out", network.toString());
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void buildingTheSameFileAgainReusesTheNetwork() throws Exception {
        JsonNode j = CliTest.run("network", "build", OSM, "--out", network.toString(), "--json").json();
        assertFalse(j.get("imported").asBoolean());
        assertEquals("camden.osm.pbf", j.get("osm_file").asText());
        assertEquals(64, j.get("osm_sha256").asText().length());
    }

    @Test
    void routePrintsMinutesMetresModeAndSnapDistances() throws Exception {
        JsonNode j = CliTest.run("route", "--network", network.toString(), "--from", UCH, "--to", ROYAL_FREE,
                "--json").json();
        assertEquals("car", j.get("mode").asText());
        assertTrue(j.get("metres").asDouble() > j.get("straight_line_metres").asDouble());
        assertTrue(j.get("minutes").asDouble() > 3 && j.get("minutes").asDouble() < 20, j.toString());
        assertTrue(j.get("from_snap_metres").asDouble() < 100 && j.get("to_snap_metres").asDouble() < 100, j.toString());
        JsonNode ambulance = CliTest.run("route", "--network", network.toString(), "--from", UCH, "--to", ROYAL_FREE,
                "--mode", "ambulance", "--json").json();
        assertTrue(ambulance.get("minutes").asDouble() < j.get("minutes").asDouble());
    }

    @Test
    void aRouteOutsideTheNetworkFailsWithItsReason() {
        CliTest.Run run = CliTest.run("route", "--network", network.toString(), "--from", UCH, "--to", "51.3762,-0.0982");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("outside the road network's coverage"), run.err());
        assertFalse(run.err().contains("at org."), run.err());
    }

    @Test
    void badRouteArgumentsAreUsageErrors() {
        assertEquals(2, CliTest.run("route", "--network", network.toString(), "--from", "north", "--to", UCH).code());
        assertEquals(2, CliTest.run("route", "--network", network.toString(), "--from", UCH, "--to", ROYAL_FREE,
                "--mode", "bus").code());
        assertEquals(2, CliTest.run("route", "--from", UCH, "--to", ROYAL_FREE).code());
    }

    @Test
    void camdensAccessOnRoadTimesSaysWhatFellBackToTheEstimate() throws Exception {
        JsonNode j = CliTest.run("access", "--service", "gp", "--district", "E09000007", "--travel-times", "network",
                "--network", network.toString(), "--json").json();
        assertEquals(210_110, j.get("population_total").asLong());
        assertTrue(j.get("travel_times").asText().startsWith("Road-network times"), j.get("travel_times").asText());
        String note = j.get("travel_time_notes").get(0).asText();
        assertTrue(note.contains("0 of 130 areas") && note.contains("use the estimate"), note);
        assertTrue(note.contains("Routed areas lie a median of"), note);
        String listed = j.get("travel_time_notes").get(1).asText();
        assertTrue(listed.startsWith("Sites whose journeys were all estimated (1234): "), listed);
        // walking the real streets is slower than the straight line with the default 1.2 detour allows for
        JsonNode estimate = CliTest.run("access", "--service", "gp", "--district", "E09000007", "--json").json();
        double road = j.get("mean_minutes").asDouble();
        double straight = estimate.get("mean_minutes").asDouble();
        assertTrue(road > straight + 0.5 && road < 2 * straight, road + " against " + straight);
    }

    @Test
    void networkTimesNeedANetworkFolder() {
        CliTest.Run run = CliTest.run("access", "--service", "gp", "--travel-times", "network");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("needs --network"), run.err());
        CliTest.Run missing = CliTest.run("access", "--service", "gp", "--travel-times", "network", "--network",
                shared.resolve("nothing-here").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("blueprint network build"), missing.err());
    }

    @Test
    void calibrationWritesParametersTheEstimateThenUses(@TempDir Path out) throws Exception {
        Path file = out.resolve("fitted.json");
        CliTest.Run run = CliTest.run("calibrate", "--network", network.toString(), "--out", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(file));
        assertTrue(run.out().contains("fitted"), run.out());
        JsonNode car = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).get("modes").get("car");
        assertTrue(car.get("circuity").asDouble() > 1.1 && car.get("circuity").asDouble() < 2.0, car.toString());
        assertTrue(car.get("pairs").asInt() > 1000, car.toString());
        JsonNode fitted = CliTest.run("access", "--service", "mtc", "--district", "E09000007", "--json",
                "--estimate-parameters", file.toString()).json();
        JsonNode plain = CliTest.run("access", "--service", "mtc", "--district", "E09000007", "--json").json();
        assertTrue(fitted.get("travel_times").asText().contains("fitted"), fitted.get("travel_times").asText());
        // the fitted ambulance is faster than the default's 40 km/h, so trauma centres come nearer
        assertTrue(fitted.get("mean_minutes").asDouble() < plain.get("mean_minutes").asDouble() - 0.1,
                fitted.get("mean_minutes") + " against " + plain.get("mean_minutes"));
    }
}
