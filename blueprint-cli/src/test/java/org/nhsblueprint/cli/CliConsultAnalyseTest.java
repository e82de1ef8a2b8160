package org.nhsblueprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code consult analyse} on the shipped synthetic London consultation: the JSON the issue asks for, the report, and
 * no personal data from the input in anything published.
 */
class CliConsultAnalyseTest {
    static final Path RESPONSES = CliTest.HOME.resolve(
            "datasets/london/consultation/london_consultation_2008_synthetic.csv");
    static final Path CODEBOOK = CliTest.HOME.resolve("codebooks/london-polyclinics-2008.yaml");

    @TempDir
    static Path dir;
    static CliTest.Run run;

    static String[] args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("consult", "analyse", RESPONSES.toString(), "--type-column",
                "respondent_type", "--area-column", "lsoa21", "--age-column", "age_band", "--question",
                "q1_polyclinics", "--question", "q2_extended_hours", "--question", "q3_stroke_units", "--codebook",
                CODEBOOK.toString(), "--reweight", "--json", "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @BeforeAll
    static void analyse() {
        run = CliTest.run(args(dir.resolve("report")));
    }

    @Test
    void theJsonHasWhatTheIssueAsksFor() throws Exception {
        assertEquals(0, run.code(), run.err());
        JsonNode j = run.json();
        assertEquals(5000, j.get("responses").asInt());
        assertTrue(j.get("exact_duplicate_groups").asInt() > 0);
        JsonNode campaigns = j.get("campaigns");
        assertTrue(campaigns.size() >= 6, "the six campaigns the generator wrote: " + campaigns.size());
        int inCampaigns = 0;
        for (JsonNode c : campaigns) {
            assertTrue(c.get("id").asText().startsWith("C"));
            assertEquals(c.get("size").asInt(), c.get("response_ids").size());
            assertFalse(c.get("template").asText().isBlank());
            inCampaigns += c.get("size").asInt();
        }
        assertEquals(inCampaigns, j.get("responses_in_campaigns").asInt());
        assertEquals(5000 - inCampaigns + campaigns.size(), j.get("counted_once_per_campaign").asInt());
        assertEquals(643, campaigns.get(0).get("size").asInt(), "the largest campaign, save Larkspur surgery");
        JsonNode themes = j.get("themes");
        assertEquals(8, themes.size());
        for (JsonNode t : themes) {
            assertTrue(t.get("count").asInt() > 0, t.toString());
            assertTrue(t.get("counted_once_per_campaign").asInt() <= t.get("count").asInt());
        }
        JsonNode q1 = j.get("questions").get(0);
        assertEquals("q1_polyclinics", q1.get("question").asText());
        double support = 0;
        for (JsonNode s : q1.get("every_response")) {
            support += s.get("answer").asText().equals("support") ? s.get("share").asDouble() : 0;
        }
        assertEquals(0.51, support, 0.02, "the generator is calibrated to the published 51% support");
        assertTrue(j.get("reweighting").get("method").asText().contains("model estimate"));
        assertTrue(j.get("discovered_themes").size() > 0);
        assertTrue(Files.isRegularFile(dir.resolve("report/consultation.html")));
        assertTrue(Files.isRegularFile(dir.resolve("report/consultation_support.csv")));
    }

    @Test
    void noPersonalDataFromTheInputReachesAnyPublishedOutput() throws Exception {
        assertEquals(0, run.code(), run.err());
        String input = Files.readString(RESPONSES, StandardCharsets.UTF_8);
        Set<String> personal = new LinkedHashSet<>();
        collect(personal, Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"), input, 0);
        collect(personal, Pattern.compile("7946 ?0\\d{3}|07700 ?900\\d{3}"), input, 0);
        collect(personal, Pattern.compile("\\b\\d{1,3}a? [A-Z][a-z]+ (?:Road|Street|Avenue|Lane|Close|Gardens|Way)\\b"),
                input, 0);
        // signed names: the line after a sign-off, when it is a capitalised first name and surname
        collect(personal, Pattern.compile("(?:sincerely|faithfully|regards|wishes|thanks|Signed:),?\\r?\\n"
                + "((?:Dr |Mrs |Mr )?[A-Z][a-z]+ [A-Z][A-Za-z'-]*[a-z])(?=\\r?\\n|\"|$)"), input, 1);
        collect(personal, Pattern.compile("[Mm]y name is ([A-Z][a-z]+ [A-Z][A-Za-z'-]+)"), input, 1);
        assertTrue(personal.size() > 300, "the input holds plenty of personal data to test with: " + personal.size());
        List<String> published = List.of(run.out(),
                Files.readString(dir.resolve("report/consultation.html"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("report/consultation_support.csv"), StandardCharsets.UTF_8));
        for (String p : personal) {
            for (String out : published) {
                assertFalse(out.contains(p) || out.contains(p.replace("'", "&#39;")), "'" + p + "' was published");
            }
        }
        JsonNode redacted = run.json().get("personal_data");
        assertTrue(redacted.get("responses_with_personal_data").asInt() > 900, redacted.toString());
    }

    private static void collect(Set<String> into, Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(group));
        }
    }

    @Test
    void theSameInputsGiveTheSameNumbersAndJsonInputReadsTheSame() throws Exception {
        JsonNode again = CliTest.run(args(dir.resolve("again"))).json();
        JsonNode first = run.json();
        for (JsonNode j : List.of(first, again)) {
            ((ObjectNode) j).remove(List.of("timings_ms", "report"));
        }
        assertEquals(first, again);
        // the first 300 rows as JSON lines give the same campaigns as the same rows as CSV
        List<String> lines = new ArrayList<>();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder csv = new StringBuilder();
        try (var reader = Files.newBufferedReader(RESPONSES);
             var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .build().parse(reader);
             var printer = new org.apache.commons.csv.CSVPrinter(csv, org.apache.commons.csv.CSVFormat.RFC4180
                     .builder().setHeader(parser.getHeaderNames().toArray(String[]::new)).build())) {
            int n = 0;
            for (var rec : parser) {
                if (n++ == 300) {
                    break;
                }
                lines.add(mapper.writeValueAsString(rec.toMap()));
                printer.printRecord(rec.values());
            }
        }
        Path jsonl = Files.write(dir.resolve("some.jsonl"), lines);
        Path small = Files.writeString(dir.resolve("some.csv"), csv);
        JsonNode fromJson = CliTest.run("consult", "analyse", jsonl.toString(), "--json").json();
        JsonNode fromCsv = CliTest.run("consult", "analyse", small.toString(), "--json").json();
        assertEquals(300, fromJson.get("responses").asInt());
        assertEquals(fromCsv.get("campaigns"), fromJson.get("campaigns"));
    }

    @Test
    void badInputAndBadUsageAreToldApart() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"response_id\": \"a\", \"response\": \"x\"}\n"
                + "{\"response_id\": \"a\", \"response\": \"y\"}\n");
        CliTest.Run repeated = CliTest.run("consult", "analyse", bad.toString());
        assertEquals(1, repeated.code());
        assertTrue(repeated.err().contains("bad.jsonl:2: response_id 'a' repeats the id on line 1"), repeated.err());
        assertEquals(2, CliTest.run("consult", "analyse", bad.toString(), "--clusters", "-1").code());
        assertEquals(2, CliTest.run("consult", "analyse", dir.resolve("none.csv").toString()).code());
        CliTest.Run noColumn = CliTest.run("consult", "analyse", RESPONSES.toString(), "--question", "q9");
        assertEquals(1, noColumn.code());
        assertTrue(noColumn.err().contains("q9"), noColumn.err());
    }
}
