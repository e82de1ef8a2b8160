package org.nhsblueprint.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clustering recovers planted topics, names them by their words, and repeats itself for a seed. */
class DiscoveryTest {
    private static final String[][] TOPICS = {
        {"parking", "car", "spaces", "park", "drive", "meter"},
        {"interpreter", "translation", "language", "english", "translated", "leaflets"},
        {"children", "school", "paediatric", "nursery", "baby", "toddler"},
    };
    private static final String[] FILLER = {"the", "new", "centre", "would", "need", "more", "for", "people", "area"};

    private static List<String> texts(long seed, int perTopic) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < perTopic; i++) {
            for (String[] topic : TOPICS) {
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    b.append(w % 2 == 0 ? topic[random.nextInt(topic.length)] : FILLER[random.nextInt(FILLER.length)])
                            .append(' ');
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void plantedTopicsComeBackAsClustersNamedByTheirWords() {
        List<String> texts = texts(7, 40);
        List<Discovery.Cluster> clusters = Discovery.cluster(texts, 3, 4, 2, 2008);
        assertEquals(3, clusters.size());
        Set<Integer> topicsSeen = new HashSet<>();
        for (Discovery.Cluster c : clusters) {
            assertEquals(40, c.members().size(), "each topic is exactly one cluster");
            int topic = c.members().get(0) % 3;
            c.members().forEach(i -> assertEquals(topic, i % 3));
            topicsSeen.add(topic);
            Set<String> words = Set.of(TOPICS[topic]);
            assertTrue(c.terms().stream().allMatch(words::contains), c.terms() + " should be words of " + words);
            assertEquals(2, c.representative().size());
        }
        assertEquals(3, topicsSeen.size());
    }

    @Test
    void theSameSeedGivesTheSameClusters() {
        List<String> texts = texts(11, 30);
        assertEquals(Discovery.cluster(texts, 5, 5, 3, 1), Discovery.cluster(texts, 5, 5, 3, 1));
    }

    @Test
    void fewerTextsThanClustersGiveFewerClusters() {
        List<String> texts = List.of("parking parking car", "parking car spaces", "car spaces parking", "zzz");
        assertTrue(Discovery.cluster(texts, 10, 3, 1, 1).size() <= 3);
        assertEquals(List.of(), Discovery.cluster(List.of(), 3, 3, 1, 1));
    }
}
