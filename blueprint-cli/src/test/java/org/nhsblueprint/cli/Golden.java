package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for JSON output, kept in {@code src/test/resources/golden/}. A deliberate change to the figures is
 * recorded by regenerating them: {@code mvn -B verify -Dblueprint.updateGolden=true}, then review the diff.
 */
final class Golden {
    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Golden() {
    }

    static void assertMatches(String name, JsonNode actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("blueprint.updateGolden")) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, JSON.writeValueAsString(actual) + "\n");
        }
        JsonNode expected = JSON.readTree(file.toFile());
        assertEquals(expected, actual, () -> name + " differs from the golden file; if the change is intended,"
                + " regenerate with -Dblueprint.updateGolden=true and review the diff");
    }
}
