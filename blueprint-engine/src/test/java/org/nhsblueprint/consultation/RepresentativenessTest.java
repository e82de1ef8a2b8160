package org.nhsblueprint.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Profiles against the population and raking weights with known answers. */
class RepresentativenessTest {
    @Test
    void profileSharesLeaveOutUnknownsAndShowCategoriesNobodyIsIn() {
        List<Representativeness.Row> rows = Representativeness.profile("age",
                List.of("65+", "65+", "under", "", "65+"), Map.of("65+", 0.2, "under", 0.7, "nobody", 0.1));
        assertEquals(3, rows.size());
        Representativeness.Row old = rows.stream().filter(r -> r.category().equals("65+")).findFirst().orElseThrow();
        assertEquals(3, old.respondents());
        assertEquals(0.75, old.respondentShare(), 1e-12);
        assertEquals(3.75, old.ratio(), 1e-12);
        assertEquals(0, rows.stream().filter(r -> r.category().equals("nobody")).findFirst().orElseThrow()
                .respondents());
    }

    @Test
    void onOneDimensionTheWeightIsPopulationShareOverSampleShare() {
        List<String> age = List.of("old", "old", "old", "young");
        Representativeness.Weights w = Representativeness.rake(List.of(age),
                List.of(Map.of("old", 0.5, "young", 0.5)), 10, 50);
        // old: 0.5 / 0.75 = 2/3; young: 0.5 / 0.25 = 2 (mean 1)
        assertEquals(2.0 / 3, w.weights()[0], 1e-9);
        assertEquals(2.0, w.weights()[3], 1e-9);
        assertEquals(4, w.used());
        assertEquals(3.0, w.effectiveSize(), 1e-9, "(sum w)^2 / sum w^2 = 16 / (16 / 3)");
    }

    @Test
    void rakingMatchesEveryMarginAtOnceAndLeavesUnknownsOut() {
        Random random = new Random(3);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            a.add(random.nextDouble() < 0.7 ? "a1" : "a2");
            b.add(i == 5 ? "" : random.nextDouble() < (a.get(i).equals("a1") ? 0.6 : 0.3) ? "b1" : "b2");
        }
        List<Map<String, Double>> population = List.of(Map.of("a1", 0.4, "a2", 0.6), Map.of("b1", 0.5, "b2", 0.5));
        Representativeness.Weights w = Representativeness.rake(List.of(a, b), population, 5, 200);
        assertEquals(0, w.weights()[5], "an unknown category is not used");
        assertEquals(1999, w.used());
        assertTrue(w.largestMarginError() < 1e-6, "margins matched: " + w.largestMarginError());
        double sum = 0;
        double a1 = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += w.weights()[i];
            a1 += a.get(i).equals("a1") ? w.weights()[i] : 0;
        }
        assertEquals(0.4, a1 / sum, 1e-6);
        assertEquals(1999, sum, 1e-6, "weights average 1 over those used");
    }

    @Test
    void weightsAreCappedSoAFewCannotSpeakForMany() {
        List<String> age = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            age.add("old");
        }
        age.add("young");
        Representativeness.Weights w = Representativeness.rake(List.of(age),
                List.of(Map.of("old", 0.2, "young", 0.8)), 5, 100);
        for (double x : w.weights()) {
            assertTrue(x <= 5 + 1e-9, "weight " + x + " above the cap");
        }
        assertTrue(w.largestMarginError() > 0.1, "a capped fit cannot match the margin, and says so");
    }
}
