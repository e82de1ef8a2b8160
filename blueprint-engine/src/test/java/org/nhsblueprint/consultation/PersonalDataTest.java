package org.nhsblueprint.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Personal data found and replaced in responses, and none of it left in the published text. */
class PersonalDataTest {

    @Test
    void emailsPhonesPostcodesAddressesAndSignedNamesAreReplacedAndCounted() {
        String response = "I object to the closure. Contact me at jane.smith@example.org or on 020 7946 0958 or"
                + " +44 7700 900123. I live at 14 Acacia Avenue, London N1 9GU and my name is Jane Smith."
                + "\nYours sincerely,\nJane Smith";
        PersonalData.Redacted r = PersonalData.redact(response);
        for (String leak : new String[] {"jane.smith@example.org", "7946", "900123", "Acacia", "N1 9GU",
                "Jane Smith"}) {
            assertFalse(r.text().contains(leak), leak + " left in: " + r.text());
        }
        assertEquals(1, r.counts().get(PersonalData.Kind.EMAIL));
        assertEquals(2, r.counts().get(PersonalData.Kind.PHONE));
        assertEquals(1, r.counts().get(PersonalData.Kind.POSTCODE));
        assertEquals(1, r.counts().get(PersonalData.Kind.ADDRESS));
        assertEquals(2, r.counts().get(PersonalData.Kind.NAME));
        assertTrue(r.text().startsWith("I object to the closure."));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "The 2010 plan moved stroke care to 8 units; 30 minutes is the standard. Regards to all staff.";
        PersonalData.Redacted r = PersonalData.redact(text);
        assertEquals(0, r.counts().getOrDefault(PersonalData.Kind.EMAIL, 0)
                + r.counts().getOrDefault(PersonalData.Kind.PHONE, 0)
                + r.counts().getOrDefault(PersonalData.Kind.POSTCODE, 0)
                + r.counts().getOrDefault(PersonalData.Kind.ADDRESS, 0), r.text());
        assertTrue(r.text().contains("2010 plan moved stroke care to 8 units; 30 minutes"));
    }

    @Test
    void theRealCommentsWithEmailAddressesLoseThem() throws Exception {
        // the validation data's SOURCE.md: 3 rows contain an e-mail address (2 in EPA-HQ-OPP-2015-0481-0050.csv,
        // 1 in clustered_comments.csv)
        int rows = 0;
        for (String name : new String[] {"EPA-HQ-OPP-2015-0481-0050.csv", "clustered_comments.csv"}) {
            Path file = Path.of("../datasets/consultation-validation/regulationsgov_gsa_cdo", name);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                         .setSkipHeaderRecord(true).build().parse(reader)) {
                for (var rec : parser) {
                    PersonalData.Redacted r = PersonalData.redact(rec.get("text"));
                    if (r.counts().getOrDefault(PersonalData.Kind.EMAIL, 0) > 0) {
                        rows++;
                        assertFalse(r.text().matches("(?s).*[\\w.+-]+@[\\w-]+\\.[\\w.-]+.*"), r.text());
                    }
                }
            }
        }
        assertEquals(3, rows);
    }

    @Test
    void namesInTheFormsPeopleSignWithAreReplaced() {
        String[][] cases = {
            {"I object.\n\nYours faithfully,\nS. Smith", "S. Smith"},
            {"I object.\n\nSigned:\nJane O'Brien", "O'Brien"},
            {"i object.\n\nyours sincerely,\njane mccarthy", "mccarthy"},
            {"I OBJECT.\n\nYOURS SINCERELY,\nJOHN SMITH", "JOHN SMITH"},
            {"Regards, Siobhan McCarthy", "McCarthy"},
            {"Kind regards,\nMrs Patel", "Patel"},
            {"Best wishes,\nAnn Lee (Mrs)", "Ann Lee"},
            {"From: Tom Jones\nI support it.", "Tom Jones"},
            {"I spoke to Dr Okafor about it.", "Okafor"},
        };
        for (String[] c : cases) {
            PersonalData.Redacted r = PersonalData.redact(c[0]);
            assertFalse(r.text().contains(c[1]), c[0] + " -> " + r.text());
            assertTrue(r.text().contains("[name]"), r.text());
        }
        assertEquals("Moving care from Barnet Hospital to the community.",
                PersonalData.redact("Moving care from Barnet Hospital to the community.").text(),
                "'from' is a sign-off only as 'From:'");
        assertEquals("Thanks for listening to us all.", PersonalData.redact("Thanks for listening to us all.").text());
        assertEquals("Yours sincerely,\nA concerned resident", PersonalData.redact("Yours sincerely,\nA concerned"
                + " resident").text(), "a description of the writer is not a name");
    }
}
