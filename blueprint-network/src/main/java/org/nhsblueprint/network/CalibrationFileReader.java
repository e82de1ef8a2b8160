package org.nhsblueprint.network;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.ModeSpeed;

/**
 * Reads one calibration file into a {@link CalibrationReport}, naming the file and the field (a dotted path) in
 * every error. Duplicate keys are refused. One use.
 */
final class CalibrationFileReader {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final Path file;

    CalibrationFileReader(Path file) {
        this.file = file;
    }

    CalibrationReport report() {
        JsonNode root = parse();
        String format = text(root, "format");
        if (!format.equals(CalibrationFile.FORMAT)) {
            throw bad("format", "is '" + format + "', expected '" + CalibrationFile.FORMAT + "'");
        }
        JsonNode network = object(root, "network", "network");
        JsonNode modes = object(root, "modes", "modes");
        List<CalibrationMode> calibrated = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : modes.properties()) {
            calibrated.add(mode(e.getKey(), object(modes, e.getKey(), "modes." + e.getKey())));
        }
        String osmFile = text(network, "network.osm_file");
        String sha256 = text(network, "network.osm_sha256");
        if (osmFile.isBlank() || sha256.isBlank()) {
            throw bad(osmFile.isBlank() ? "network.osm_file" : "network.osm_sha256", "is blank");
        }
        double limit = number(root, "limit_minutes");
        if (!(limit > 0)) {
            throw bad("limit_minutes", "is " + limit + ", expected more than 0");
        }
        return new CalibrationReport(osmFile, sha256, count(root, "origins"), count(root, "destinations"), limit,
                calibrated);
    }

    private JsonNode parse() {
        String content;
        try {
            content = Files.readString(file);
        } catch (IOException e) {
            throw new CalibrationFileException(file, "cannot read: " + e, e);
        }
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject()) {
                throw new CalibrationFileException(file, "is not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new CalibrationFileException(file, "is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private CalibrationMode mode(String id, JsonNode node) {
        String at = "modes." + id;
        NetworkMode mode;
        try {
            mode = NetworkMode.of(TravelMode.fromId(id)).orElseThrow(() -> new IllegalArgumentException(
                    "the road network has no profile for " + id + ", so it cannot have been calibrated"));
        } catch (IllegalArgumentException e) {
            throw bad(at + ":", e.getMessage());
        }
        String profile = text(node, at + ".network_profile");
        if (!profile.equals(mode.profileName())) {
            throw bad(at + ".network_profile", "is '" + profile + "', but " + id + " is calibrated on the '"
                    + mode.profileName() + "' profile");
        }
        JsonNode before = object(node, "before", at + ".before");
        try {
            return new CalibrationMode(mode, count(node, at + ".pairs"), speed(before, at + ".before"),
                    error(before, at + ".before"), speed(node, at), error(node, at));
        } catch (IllegalArgumentException e) {
            throw bad(at + ":", e.getMessage());
        }
    }

    private ModeSpeed speed(JsonNode node, String at) {
        double speed = number(node, at + ".speed_kmh");
        double circuity = number(node, at + ".circuity");
        double fixed = number(node, at + ".fixed_minutes");
        String source = text(node, at + ".source");
        try {
            return new ModeSpeed(speed, circuity, fixed, source);
        } catch (IllegalArgumentException e) {
            throw bad(at + ":", e.getMessage());
        }
    }

    private CalibrationError error(JsonNode node, String at) {
        double median = number(node, at + ".median_abs_error_minutes");
        double p90 = number(node, at + ".p90_abs_error_minutes");
        double bias = number(node, at + ".bias_minutes");
        try {
            return new CalibrationError(median, p90, bias);
        } catch (IllegalArgumentException e) {
            throw bad(at + ":", e.getMessage());
        }
    }

    /** The field at the end of the dotted path {@code at}, which must be present and not null. */
    private JsonNode field(JsonNode parent, String at) {
        JsonNode node = parent.get(at.substring(at.lastIndexOf('.') + 1));
        if (node == null || node.isNull()) {
            throw bad(at, "is missing");
        }
        return node;
    }

    private JsonNode object(JsonNode parent, String name, String at) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            throw bad(at, node == null ? "is missing" : "is " + node + ", expected an object");
        }
        return node;
    }

    private String text(JsonNode parent, String at) {
        JsonNode node = field(parent, at);
        if (!node.isTextual()) {
            throw bad(at, "is " + node + ", expected text");
        }
        return node.textValue();
    }

    private double number(JsonNode parent, String at) {
        JsonNode node = field(parent, at);
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw bad(at, "is " + node + ", expected a number");
        }
        return node.doubleValue();
    }

    private int count(JsonNode parent, String at) {
        JsonNode node = field(parent, at);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw bad(at, "is " + node + ", expected a whole number of at least 0");
        }
        return node.intValue();
    }

    private CalibrationFileException bad(String at, String problem) {
        return new CalibrationFileException(file, at + " " + problem);
    }
}
