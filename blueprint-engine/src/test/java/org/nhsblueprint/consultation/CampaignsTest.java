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
    void manyShortIdenticalRepliesAreDuplicatesButNotACampaign() {
        List<String> texts = List.of("I agree.", "I agree", "i agree!", "", "", "Yes", "Yes", TEMPLATE, TEMPLATE);
        List<Campaigns.Campaign> found = new Campaigns(0.5).find(texts);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of(7, 8), found.get(0).members());
        assertEquals(found.stream().map(Campaigns.Campaign::members).toList(),
                new Campaigns(0.5).allPairs(texts).stream().map(Campaigns.Campaign::members).toList());
        assertEquals(3, Campaigns.exactDuplicateGroups(texts), "blank, Yes and the template; the three I agrees differ");
    }

    @Test
    void normalisingDropsApostrophesPunctuationAndCase() {
        assertEquals(Campaigns.normalise("Don't  CLOSE our GP!"), Campaigns.normalise("dont close our gp"));
        assertEquals(1.0, Campaigns.jaccard(Campaigns.shingles("a b c d"), Campaigns.shingles("a b c d")), 0.0);
        assertEquals(0.0, Campaigns.jaccard(Campaigns.shingles("a b c"), Campaigns.shingles("x y z")), 0.0);
    }

    /** The labels with every two groups that hold the same text (white space aside) made one. */
    private static int[] joinIdentical(List<String> texts, int[] labels) {
        int[] out = labels.clone();
        Map<String, Integer> first = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            first.clear();
            for (int i = 0; i < out.length; i++) {
                if (out[i] < 0) {
                    continue;
                }
                Integer seen = first.putIfAbsent(texts.get(i).strip(), out[i]);
                if (seen != null && seen != out[i]) {
                    int from = out[i];
                    for (int k = 0; k < out.length; k++) {
                        out[k] = out[k] == from ? seen : out[k];
                    }
                    changed = true;
                }
            }
        }
        return out;
    }

    private static int[] labels(List<Campaigns.Campaign> campaigns, int n) {
        int[] out = new int[n];
        Arrays.fill(out, -1);
        for (int c = 0; c < campaigns.size(); c++) {
            for (int i : campaigns.get(c).members()) {
                out[i] = c;
            }
        }
        return out;
    }

    @Test
    void exactDuplicatesAreCountedAsTheSourceCountedThem() throws IOException {
        // SOURCE.md's table, counted when the data was copied: 505 rows, 482 distinct texts, largest group 15
        Labelled data = read(Path.of("../datasets/consultation-validation/regulationsgov_gsa_cdo/"
                + "EPA-HQ-OA-2018-0259-9322.csv"));
        Map<String, Integer> copies = new HashMap<>();
        data.texts().forEach(t -> copies.merge(t.strip(), 1, Integer::sum));
        assertEquals(482, copies.size());
        assertEquals(15, copies.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        assertEquals(copies.values().stream().filter(c -> c > 1).count(), Campaigns.exactDuplicateGroups(data.texts()));
        assertEquals(2, Campaigns.exactDuplicateGroups(List.of("a", "b", "a", "c", "c", "c", "A")));
    }

    @Test
    void oneThreadOrManyGiveTheSameCampaigns() throws Exception {
        List<String> texts = read(Path.of("../datasets/consultation-validation/regulationsgov_gsa_cdo/"
                + "clustered_comments.csv")).texts();
        List<Campaigns.Campaign> many = new Campaigns(0.5).find(texts);
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            assertEquals(many, one.submit(() -> new Campaigns(0.5).find(texts)).get());
        } finally {
            one.shutdown();
        }
    }

    @Test
    void aBucketHoldingOneBigCampaignIsNotQuadratic() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            texts.add("Dear NHS London, " + TEMPLATE + " Yours, resident number " + i);
        }
        long start = System.nanoTime();
        List<Campaigns.Campaign> found = new Campaigns(0.5).find(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, found.size());
        assertEquals(50_000, found.get(0).size());
        assertTrue(seconds < 20, "50,000 copies of one template took " + seconds + " s");
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
            // the fast search finds what verifying every pair finds
            PairAgreement vsAllPairs = PairAgreement.of(ours, labels(new Campaigns(0.5).allPairs(data.texts()),
                    ours.length));
            assertEquals(1.0, vsAllPairs.precision(), f + ": every pair we join is verified");
            assertTrue(vsAllPairs.recall() >= 0.99, f + ": LSH finds " + vsAllPairs.recall() + " of all-pairs pairs");
            // Texts under MIN_WORDS words ("See attached file(s)", 135 times in one file) are by design no campaign:
            // they are compared on the texts that can be one, and the short ones reported apart.
            int[] comp = data.comp().clone();
            int[] clust = data.clust().clone();
            int shortTexts = 0;
            for (int i = 0; i < ours.length; i++) {
                if (Words.of(data.texts().get(i)).length < Campaigns.MIN_WORDS) {
                    comp[i] = -1;
                    clust[i] = -1;
                    shortTexts++;
                }
            }
            // The labels sometimes put identical texts in different components (65 pairs, docs/consultation-validation.md);
            // no grouping can be right to split identical texts, so those components are joined before comparing.
            comp = joinIdentical(data.texts(), comp);
            PairAgreement vsComp = PairAgreement.of(ours, comp);
            PairAgreement vsClust = PairAgreement.of(ours, clust);
            PairAgreement allComp = PairAgreement.of(ours, data.comp());
            System.out.printf(java.util.Locale.ROOT, "%s: %d campaigns, %d exact-duplicate groups, %d short texts;"
                            + " vs comp P %.3f R %.3f; vs clust P %.3f R %.3f; all texts vs comp P %.3f R %.3f%n",
                    f.getFileName(), found.size(), Campaigns.exactDuplicateGroups(data.texts()), shortTexts,
                    vsComp.precision(), vsComp.recall(), vsClust.precision(), vsClust.recall(), allComp.precision(),
                    allComp.recall());
            // what we group, the embedding method also groups: wording-level campaigns are a subset of its components
            // Measured 0.850 on clustered_comments whichever near-threshold links the hashing happens to propose
            // (0.8496 to 0.8503), so the bar sits 0.01 below: the pairs under it are sister letters, one containing
            // the other, that the embedding keeps apart (docs/consultation-validation.md, section 1).
            assertTrue(vsComp.precision() >= 0.84, f + " precision against comp " + vsComp.precision());
        }
    }
}
