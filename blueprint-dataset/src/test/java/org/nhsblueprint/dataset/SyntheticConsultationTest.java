package org.nhsblueprint.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.ConsultationResponse;

/** The synthetic consultation is reproducible, readable, calibrated to the 2008 result and holds what it promises. */
class SyntheticConsultationTest {
    private static final Path LSOA = Path.of("..", "datasets", "london", "lsoa", "london_lsoa21.csv");
    private static final List<String> QUESTIONS = List.of("q1_polyclinics", "q2_extended_hours", "q3_stroke_units");

    @TempDir
    static Path dir;

    private static SyntheticConsultation.Summary summary;
    private static List<ConsultationResponse> responses;

    @BeforeAll
    static void writeFiveThousand() {
        Path file = dir.resolve("consultation.csv");
        summary = SyntheticConsultation.write(LSOA, file, 5_000, 2008);
        responses = new ResponsesFile().read(file, new ResponsesFile.Mapping("response_id", "response",
                "respondent_type", "lsoa21", QUESTIONS));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        SyntheticConsultation.write(LSOA, a, 1_000, 7);
        SyntheticConsultation.write(LSOA, b, 1_000, 7);
        SyntheticConsultation.write(LSOA, c, 1_000, 8);
        assertEquals(-1, Files.mismatch(a, b));
        assertNotEquals(-1, Files.mismatch(a, c));
        // the first rows of a longer file are the rows of a shorter one with the same seed (ids are as wide)
        Path longer = dir.resolve("longer.csv");
        SyntheticConsultation.write(LSOA, longer, 2_000, 7);
        assertTrue(Files.readString(longer).startsWith(Files.readString(a)));
    }

    @Test
    void readableWithTheRequestedCountAndUniqueIds() throws Exception {
        assertEquals(5_000, responses.size());
        assertEquals(5_000, summary.responses());
        Set<String> ids = new HashSet<>();
        responses.forEach(r -> ids.add(r.id()));
        assertEquals(5_000, ids.size());
        assertEquals("SYNTHETIC-000001", responses.get(0).id());
        assertEquals("SYNTHETIC-005000", responses.get(4_999).id());
        assertEquals(String.join(",", SyntheticConsultation.COLUMNS),
                Files.readAllLines(dir.resolve("consultation.csv")).get(0));
    }

    @Test
    void questionOneIsCloseToThePublishedSplit() {
        Map<String, Integer> q1 = count("q1_polyclinics");
        assertEquals(q1, summary.q1());
        assertEquals(0.51, q1.get("support") / 5_000.0, 0.02, q1::toString);
        assertEquals(0.29, q1.get("oppose") / 5_000.0, 0.02, q1::toString);
        assertEquals(0.20, q1.get("undecided") / 5_000.0, 0.02, q1::toString);
        assertTrue(count("q2_extended_hours").get("support") > 3_000);
        assertTrue(count("q3_stroke_units").get("support") > 3_000);
        // clinicians lean against
        long clinicians = responses.stream().filter(r -> r.respondentType().equals("clinician")).count();
        long against = responses.stream().filter(r -> r.respondentType().equals("clinician")
                && r.answers().get("q1_polyclinics").equals("oppose")).count();
        assertTrue(against > 0.45 * clinicians, against + " of " + clinicians);
    }

    @Test
    void respondentsAreSkewedAsDescribed() {
        Map<String, Integer> types = new HashMap<>();
        responses.forEach(r -> types.merge(r.respondentType(), 1, Integer::sum));
        assertEquals(0.80, types.get("individual") / 5_000.0, 0.03, types::toString);
        assertTrue(types.keySet().containsAll(SyntheticConsultation.RESPONDENT_TYPES), types::toString);
        long blankArea = responses.stream().filter(r -> r.area().isEmpty()).count();
        assertEquals(0.05, blankArea / 5_000.0, 0.015);
        assertTrue(responses.stream().filter(r -> !r.area().isEmpty())
                .allMatch(r -> r.area().matches("E01\\d{6}")));
    }

    @Test
    void campaignsPersonalDataAndBlanksAreThere() {
        assertTrue(summary.campaigns().size() >= 4);
        double inCampaigns = summary.inCampaigns() / 5_000.0;
        assertTrue(inCampaigns > 0.30 && inCampaigns < 0.40, summary.campaigns()::toString);
        // word-for-word copies: the commonest text appears many times
        Map<String, Integer> texts = new HashMap<>();
        responses.stream().filter(r -> r.text().length() > 300).forEach(r -> texts.merge(r.text(), 1, Integer::sum));
        assertTrue(texts.values().stream().mapToInt(Integer::intValue).max().orElse(0) > 50);
        // free text with commas, quotes and line breaks survives the round trip
        assertTrue(responses.stream().anyMatch(r -> r.text().contains("\"") && r.text().contains("\n")));
        double personal = summary.withPersonalData() / 5_000.0;
        assertTrue(personal > 0.15 && personal < 0.25, "personal data in " + personal);
        Pattern email = Pattern.compile("[\\w.+-]+@example\\.(com|org|net)");
        assertTrue(responses.stream().filter(r -> email.matcher(r.text()).find()).count() > 50);
        assertTrue(responses.stream().anyMatch(r -> r.text().contains("07700 900") || r.text().contains("7946 0")));
        assertTrue(responses.stream().anyMatch(r -> r.text().matches("(?s).*Yours sincerely,\n[A-Z][a-z]+ [A-Z].*")));
        long blank = responses.stream().filter(r -> r.text().isEmpty()).count();
        assertEquals(summary.blankText(), blank);
        assertTrue(blank > 0.01 * 5_000 && blank < 0.05 * 5_000, "blank " + blank);
    }

    @Test
    void refusesNoResponses() {
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticConsultation.write(LSOA, dir.resolve("none.csv"), 0, 1));
    }

    private static Map<String, Integer> count(String question) {
        Map<String, Integer> counts = new HashMap<>();
        responses.forEach(r -> counts.merge(r.answers().get(question), 1, Integer::sum));
        return counts;
    }
}
