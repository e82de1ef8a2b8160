package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application once, as a user would: through the {@code ./blueprint} launcher at the repository
 * root, from another working directory, after Maven has built the shaded jar (failsafe runs this after
 * {@code package}).
 */
class PackagedLauncherIT {
    @Test
    void theLauncherRunsThePackagedJar() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Process p = new ProcessBuilder(root.resolve("blueprint").toString(), "access", "--service", "mtc", "--json")
                .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "launcher timed out");
        assertEquals(0, p.exitValue(), out);
        JsonNode json = new ObjectMapper().readTree(out);
        assertEquals("mtc", json.get("service").asText());
        assertEquals(8_799_687, json.get("population_total").asLong());
    }
}
