package org.nhsblueprint.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.EstimateParameters;

/** Writing the fitted parameters to a file and reading them back for the estimator. */
class CalibrationFileTest {
    private static final EstimateParameters DEFAULTS = EstimateParameters.londonDefaults();

    @TempDir
    Path dir;

    /** A perfect-world car calibration, worked out by hand in {@link CalibrationTest}. */
    static CalibrationReport handWorked() {
        CalibrationMode car = Calibration.calibrate(NetworkMode.CAR, CalibrationTest.perfectWorld(),
                CalibrationTest.LONDON_CAR, CalibrationTest.STAMP);
        return new CalibrationReport("test.osm.pbf", "0123456789abcdef", 2, 2, 60, List.of(car));
    }

    @Test
    void aWrittenFileReadsBackAsTheSameReportAndTheSameParameters() {
        for (CalibrationReport report : List.of(handWorked(), CalibrationTest.camden())) {
            Path file = dir.resolve("calibration.json");
            CalibrationFile.write(file, report);
            assertEquals(report, CalibrationFile.read(file));
            assertEquals(report.parameters(DEFAULTS), CalibrationFile.parameters(file, DEFAULTS));
        }
    }

    @Test
    void fittedModesReplaceTheDefaultsAndTheOthersKeepThem() {
        Path file = write(handWorked());
        EstimateParameters p = CalibrationFile.parameters(file, DEFAULTS);
        assertEquals(30, p.mode(TravelMode.CAR).speedKmh());
        assertEquals(1.3, p.mode(TravelMode.CAR).circuity());
        assertTrue(p.mode(TravelMode.CAR).source().startsWith("fitted against road-network times"));
        for (TravelMode other : List.of(TravelMode.WALK, TravelMode.CYCLE, TravelMode.PUBLIC_TRANSPORT,
                TravelMode.AMBULANCE)) {
            assertEquals(DEFAULTS.mode(other), p.mode(other), other.id());
        }
    }

    @Test
    void theFootProfileIsWrittenAsWalkingWithSnakeCaseFields() throws Exception {
        String json = CalibrationFile.json(CalibrationTest.camden());
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(json);
        assertEquals(List.of("walk", "car", "ambulance"), List.copyOf(iterable(root.get("modes").fieldNames())));
        assertEquals("foot", root.at("/modes/walk/network_profile").asText());
        assertEquals("camden.osm.pbf", root.at("/network/osm_file").asText());
        assertEquals(64, root.at("/network/osm_sha256").asText().length());
        for (String field : List.of("speed_kmh", "circuity", "fixed_minutes", "pairs", "median_abs_error_minutes",
                "p90_abs_error_minutes", "bias_minutes", "source", "before")) {
            assertTrue(root.at("/modes/car").has(field), field + " in " + root.at("/modes/car"));
        }
    }

    @Test
    void aMissingFieldIsNamedWithItsFile() {
        assertBad(root -> ((ObjectNode) root.at("/modes/car")).remove("speed_kmh"), "modes.car.speed_kmh is missing");
        assertBad(root -> ((ObjectNode) root.at("/modes/car/before")).remove("bias_minutes"),
                "modes.car.before.bias_minutes is missing");
        assertBad(root -> ((ObjectNode) root.at("/network")).remove("osm_sha256"), "network.osm_sha256 is missing");
        assertBad(root -> root.remove("modes"), "modes is missing");
    }

    @Test
    void aFieldOfTheWrongKindOrOutOfRangeIsNamed() {
        assertBad(root -> ((ObjectNode) root.at("/modes/car")).put("speed_kmh", "fast"),
                "modes.car.speed_kmh is \"fast\", expected a number");
        assertBad(root -> ((ObjectNode) root.at("/modes/car")).put("circuity", 0.8),
                "modes.car: circuity 0.8 is not in [1, 5)");
        assertBad(root -> ((ObjectNode) root.at("/modes/car")).put("pairs", 2.5), "modes.car.pairs is 2.5");
        assertBad(root -> ((ObjectNode) root.get("modes")).set("cycle", root.at("/modes/car")),
                "modes.cycle: the road network has no profile for cycle");
        assertBad(root -> ((ObjectNode) root.get("modes")).set("bus", root.at("/modes/car")),
                "modes.bus: unknown travel mode 'bus'");
        assertBad(root -> root.put("format", "something/2"), "format is 'something/2'");
    }

    @Test
    void aFileThatIsNotJsonOrIsNotThereSaysSo() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": ");
        CalibrationFileException e = assertThrows(CalibrationFileException.class, () -> CalibrationFile.read(broken));
        assertTrue(e.getMessage().contains(broken + ": is not valid JSON"), e.getMessage());
        Path missing = dir.resolve("missing.json");
        e = assertThrows(CalibrationFileException.class, () -> CalibrationFile.read(missing));
        assertTrue(e.getMessage().contains(missing + ": cannot read"), e.getMessage());
    }

    @Test
    void aRepeatedKeyIsRefused() throws Exception {
        Path file = dir.resolve("twice.json");
        Files.writeString(file, CalibrationFile.json(handWorked()).replaceFirst("\\{", "{\"origins\": 1,"));
        CalibrationFileException e = assertThrows(CalibrationFileException.class, () -> CalibrationFile.read(file));
        assertTrue(e.getMessage().contains("origins"), e.getMessage());
    }

    private Path write(CalibrationReport report) {
        Path file = dir.resolve("calibration.json");
        CalibrationFile.write(file, report);
        return file;
    }

    private void assertBad(Consumer<ObjectNode> damage, String expected) {
        try {
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(CalibrationFile.json(handWorked()));
            damage.accept(root);
            Path file = dir.resolve("damaged.json");
            Files.writeString(file, root.toPrettyString());
            CalibrationFileException e = assertThrows(CalibrationFileException.class,
                    () -> CalibrationFile.read(file));
            assertTrue(e.getMessage().startsWith("calibration file " + file + ": ")
                    && e.getMessage().contains(expected), e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
