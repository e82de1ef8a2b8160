package org.nhsblueprint.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Campaign detection on letters with known edits, and against the independent embedding-based clusters of real
 * regulations.gov comments (datasets/consultation-validation).
 */
class CampaignsTest {
    private static final String TEMPLATE = "I am writing to oppose the plan to close my local GP surgery and move it"
            + " into a polyclinic. Patients like me value seeing a doctor who knows our history, and the extra travel"
            + " to a large centre would be hard for older people and those without a car. Please don't go ahead.";

    @Test
    void templateLettersWithPersonalEditsAreOneCampaignAndOtherLettersAreNot() {
        List<String> texts = List.of(
                TEMPLATE,
                "Dear Sir or Madam, " + TEMPLATE + " Yours faithfully, Jane Smith",
                TEMPLATE.replace("don't", "dont"),
                TEMPLATE + " My own surgery has served my family for thirty years.",
                TEMPLATE,
                "Extended opening hours in the evening would help me as I work shifts; I support the polyclinic plan.",
                "The consultation document does not explain how the new centres will be staffed or paid for.");
        List<Campaigns.Campaign> found = new Campaigns(0.5).find(texts);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of(0, 1, 2, 3, 4), found.get(0).members());
        assertEquals(3, found.get(0).exactCopies(), "0, 2 and 4 normalise to the same text");
    }

    @Test
    void normalisingDropsApostrophesPunctuationAndCase() {
        assertEquals(Campaigns.normalise("Don't  CLOSE our GP!"), Campaigns.normalise("dont close our gp"));
        assertEquals(1.0, Campaigns.jaccard(Campaigns.shingles("a b c d"), Campaigns.shingles("a b c d")), 0.0);
        assertEquals(0.0, Campaigns.jaccard(Campaigns.shingles("a b c"), Campaigns.shingles("x y z")), 0.0);
    }

    private record Labelled(List<String> texts, int[] comp, int[] clust) {
    }

    private static Labelled read(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> comp = new ArrayList<>();
        List<Integer> clust = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .build().parse(r)) {
            for (var rec : parser) {
                texts.add(rec.get("text"));
                comp.add((int) Double.parseDouble(rec.get("comp")));
                clust.add((int) Double.parseDouble(rec.get("clust")));
            }
        }
        return new Labelled(texts, comp.stream().mapToInt(Integer::intValue).toArray(),
                clust.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void realFormLettersAgreeWithTheIndependentClustersWhereTheyShareWording() throws IOException {
        Path dir = Path.of("../datasets/consultation-validation/regulationsgov_gsa_cdo");
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(9, files.size());
        for (Path f : files) {
            Labelled data = read(f);
            List<Campaigns.Campaign> found = new Campaigns(0.5).find(data.texts());
            int[] ours = new int[data.texts().size()];
            Arrays.fill(ours, -1);
            for (int c = 0; c < found.size(); c++) {
                for (int i : found.get(c).members()) {
                    ours[i] = c;
                }
            }
            // every group of identical texts lies inside one campaign
            Map<String, Integer> campaignOf = new HashMap<>();
            for (int i = 0; i < ours.length; i++) {
                Integer seen = campaignOf.putIfAbsent(data.texts().get(i), ours[i]);
                assertTrue(seen == null || seen == ours[i], f + ": identical texts split");
            }
            PairAgreement vsComp = PairAgreement.of(ours, data.comp());
            System.out.printf(java.util.Locale.ROOT, "%s: %d campaigns; vs comp P %.3f R %.3f; vs clust P %.3f R %.3f%n",
                    f.getFileName(), found.size(), vsComp.precision(), vsComp.recall(),
                    PairAgreement.of(ours, data.clust()).precision(), PairAgreement.of(ours, data.clust()).recall());
            // what we group, the embedding method also groups: wording-level campaigns are a subset of its components
            assertTrue(vsComp.precision() >= 0.85, f + " precision against comp " + vsComp.precision());
        }
    }
}
