package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.store.Accounts;
import org.nhsblueprint.store.Consultations;
import org.nhsblueprint.store.Database;

/** {@code serve --check} and {@code account} as an operator runs them, on the embedded database. */
class CliServeTest {
    @TempDir
    Path dir;

    @Test
    void theServerStartsOnTheBundledDataAndAnswersItsHealthCheck() throws Exception {
        CliTest.Run run = CliTest.run("serve", "--check", "--port", "0", "--data-dir", dir.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode j = run.json();
        assertEquals(200, j.get("health_status").asInt());
        assertEquals("ok", j.get("health").get("database").asText());
        assertTrue(Files.exists(dir.resolve("blueprint.mv.db")), "the embedded database lives in --data-dir");
        try (Database db = Database.open(Database.embeddedUrl(dir), null, null)) {
            assertTrue(new Consultations(db).find(ServeCommand.DEMO_CONSULTATION).isPresent(),
                    "the first start publishes the 2008 consultation");
        }
        assertEquals(2, CliTest.run("serve", "--check", "--port", "70000", "--data-dir", dir.toString()).code());
    }

    @Test
    void anAccountIsSavedWithItsPasswordFromAFileAndAShortPasswordIsRefused() throws Exception {
        Path password = Files.writeString(dir.resolve("pw.txt"), "a long enough passphrase\n");
        CliTest.Run run = CliTest.run("account", "planner@nhs.example", "--password-file", password.toString(),
                "--data-dir", dir.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("planner", run.json().get("role").asText());
        try (Database db = Database.open(Database.embeddedUrl(dir), null, null)) {
            assertTrue(new Accounts(db, 4, Duration.ofHours(1)).signIn("planner@nhs.example",
                    "a long enough passphrase".toCharArray()).isPresent());
        }
        Path shortOne = Files.writeString(dir.resolve("short.txt"), "short\n");
        assertEquals(2, CliTest.run("account", "x", "--password-file", shortOne.toString(), "--data-dir",
                dir.toString()).code());
        assertEquals(2, CliTest.run("account", "x", "--role", "king", "--data-dir", dir.toString()).code());
        assertEquals(0, CliTest.run("account", "admin@nhs.example", "--role", "admin", "--password-file",
                password.toString(), "--data-dir", dir.toString()).code());
        CliTest.Run demote = CliTest.run("account", "admin@nhs.example", "--role", "planner", "--password-file",
                password.toString(), "--data-dir", dir.toString());
        assertEquals(1, demote.code(), demote.err());
        assertTrue(demote.err().contains("only admin"), demote.err());
    }
}
