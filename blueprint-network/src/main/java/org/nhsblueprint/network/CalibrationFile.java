package org.nhsblueprint.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.ModeSpeed;

/**
 * A {@link CalibrationReport} as a JSON file the estimator can use without the network (snake_case fields):
 *
 * <pre>{@code
 * {"format": "blueprint-calibration/1", "about": "...",
 *  "network": {"osm_file": "camden.osm.pbf", "osm_sha256": "49c8..."},
 *  "origins": 130, "destinations": 32, "limit_minutes": 60.0, "attribution": "...",
 *  "modes": {"car": {"network_profile": "car", "pairs": 4160, "speed_kmh": 29.77, "circuity": 1.289,
 *                    "fixed_minutes": 0.0, "source": "fitted against ...", "median_abs_error_minutes": 0.5,
 *                    "p90_abs_error_minutes": 1.42, "bias_minutes": -0.17,
 *                    "before": {"speed_kmh": 24.0, ..., "source": "...", "median_abs_error_minutes": ...}}}}
 * }</pre>
 *
 * <p>Modes are keyed by the estimator's mode id ({@code walk} for the network's foot profile). Writing then reading
 * gives an equal report. Stateless.
 */
public final class CalibrationFile {
    static final String FORMAT = "blueprint-calibration/1";
    static final String ABOUT = "Blueprint estimator parameters (minutes = fixed_minutes + great-circle metres x"
            + " circuity / speed_kmh) fitted against road-network journey times between the listed number of areas and"
            + " sites. They hold for the network's area; modes not listed keep the estimator's defaults. Use with"
            + " --estimate-parameters FILE.";

    private CalibrationFile() {
    }

    /** Writes {@code report} to {@code file}, replacing it. */
    public static void write(Path file, CalibrationReport report) {
        try {
            Files.writeString(file, json(report));
        } catch (IOException e) {
            throw new CalibrationFileException(file, "cannot write: " + e, e);
        }
    }

    /** The file's content: pretty-printed JSON ending in a newline. */
    public static String json(CalibrationReport report) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("about", ABOUT);
        ObjectNode network = root.putObject("network");
        network.put("osm_file", report.osmFile());
        network.put("osm_sha256", report.osmSha256());
        root.put("origins", report.origins());
        root.put("destinations", report.destinations());
        root.put("limit_minutes", report.limitMinutes());
        root.put("attribution", "Road times from OpenStreetMap data, © OpenStreetMap contributors, ODbL 1.0");
        ObjectNode modes = root.putObject("modes");
        for (CalibrationMode m : report.modes()) {
            ObjectNode mode = modes.putObject(m.travelMode().id());
            mode.put("network_profile", m.mode().profileName());
            mode.put("pairs", m.pairs());
            put(mode, m.fitted(), m.fittedError());
            put(mode.putObject("before"), m.current(), m.currentError());
        }
        return root.toPrettyString() + "\n";
    }

    private static void put(ObjectNode node, ModeSpeed s, CalibrationError e) {
        node.put("speed_kmh", s.speedKmh());
        node.put("circuity", s.circuity());
        node.put("fixed_minutes", s.fixedMinutes());
        node.put("source", s.source());
        node.put("median_abs_error_minutes", e.medianAbsMinutes());
        node.put("p90_abs_error_minutes", e.p90AbsMinutes());
        node.put("bias_minutes", e.biasMinutes());
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @throws CalibrationFileException if it cannot be read, is not JSON, or a field is missing or wrong
     */
    public static CalibrationReport read(Path file) {
        return new CalibrationFileReader(file).report();
    }

    /** {@code base} with the file's fitted modes in place of its own; other modes keep {@code base}'s values. */
    public static EstimateParameters parameters(Path file, EstimateParameters base) {
        return read(file).parameters(base);
    }
}
