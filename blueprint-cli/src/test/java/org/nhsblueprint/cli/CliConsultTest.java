package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns among consultation responses as a consultation team runs it. */
class CliConsultTest {

    @Test
    void campaignsAreCountedBothWaysAndTemplatesCarryNoPersonalData(@TempDir Path dir) throws Exception {
        String template = "I oppose moving my GP surgery into a polyclinic because the extra travel would be too much"
                + " for my elderly parents and we would lose the doctor who knows us.";
        Path file = Files.writeString(dir.resolve("responses.csv"), String.join("\n",
                "id,comment",
                "r1,\"" + template + " Yours sincerely, Jane Smith\"",
                "r2,\"Dear Sir, " + template + "\"",
                "r3,\"" + template + " Contact me at jane@example.org\"",
                "r4,\"Please keep the walk-in centre open in the evenings.\"",
                ""));
        CliTest.Run run = CliTest.run("consult", "campaigns", file.toString(), "--id-column", "id", "--text-column",
                "comment", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode j = run.json();
        assertEquals(4, j.get("responses").asInt());
        assertEquals(1, j.get("campaign_count").asInt());
        assertEquals(1, j.get("campaigns").size());
        assertEquals(3, j.get("responses_in_campaigns").asInt());
        assertEquals(2, j.get("counted_once_per_campaign").asInt());
        String templateShown = j.get("campaigns").get(0).get("template").asText();
        assertFalse(templateShown.contains("Jane Smith"), templateShown);
        assertFalse(run.out().contains("jane@example.org"), run.out());
    }

    @Test
    void aMissingColumnOrRepeatedIdNamesTheLineAndNothingIsAnalysed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "id,comment\nr1,one\nr1,two\n,three\n");
        CliTest.Run run = CliTest.run("consult", "campaigns", file.toString(), "--id-column", "id", "--text-column",
                "comment");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("bad.csv:3: id 'r1' repeats the id on line 2"), run.err());
        assertTrue(run.err().contains("bad.csv:4: id"), run.err());
        CliTest.Run missing = CliTest.run("consult", "campaigns", file.toString(), "--id-column", "id",
                "--text-column", "text");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("text"), missing.err());
        assertEquals(2, CliTest.run("consult").code());
    }
}
