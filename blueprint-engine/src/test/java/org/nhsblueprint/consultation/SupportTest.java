package org.nhsblueprint.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wilson intervals against worked values, and support counted by group. */
class SupportTest {

    @Test
    void wilsonIntervalsMatchWorkedValues() {
        // p = k / n; z = 1.959963984540054; centre (p + z^2 / 2n) / (1 + z^2 / n), half-width as Wilson (1927)
        double[] a = Support.wilson(51, 100, 0.95);
        assertEquals(0.4134801193402717, a[0], 1e-12);
        assertEquals(0.6057800106955886, a[1], 1e-12);
        // the 2008 London consultation: about 5,000 responses, 51% for polyclinics
        double[] london = Support.wilson(2550, 5000, 0.95);
        assertEquals(0.49614137445684164, london[0], 1e-12);
        assertEquals(0.5238432715042572, london[1], 1e-12);
        assertEquals(0.0, Support.wilson(0, 10, 0.95)[0], 1e-12);
        assertEquals(0.2775327998628892, Support.wilson(0, 10, 0.95)[1], 1e-12);
        assertEquals(1.0, Support.wilson(10, 10, 0.95)[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Support.wilson(3, 2, 0.95));
    }

    @Test
    void sharesAreCountedOverallAndByGroupWithBlankAnswersKept() {
        List<String> answers = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        answers.addAll(Collections.nCopies(51, "for"));
        answers.addAll(Collections.nCopies(29, "against"));
        answers.addAll(Collections.nCopies(20, ""));
        for (int i = 0; i < 100; i++) {
            groups.add(i % 2 == 0 ? "individual" : "organisation");
        }
        List<Support.Share> shares = Support.of(answers, groups, 0.95);
        Support.Share allFor = shares.stream().filter(s -> s.group().equals("all") && s.answer().equals("for"))
                .findFirst().orElseThrow();
        assertEquals(51, allFor.count());
        assertEquals(100, allFor.total());
        assertEquals(0.51, allFor.share(), 1e-12);
        assertEquals(0.4134801193402717, allFor.low(), 1e-12);
        assertEquals(20, shares.stream().filter(s -> s.group().equals("all") && s.answer().equals("no answer"))
                .findFirst().orElseThrow().count());
        assertEquals(50, shares.stream().filter(s -> s.group().equals("individual"))
                .mapToInt(Support.Share::count).sum());
        assertEquals("all", shares.get(0).group());
    }

    @Test
    void equalWeightsReproduceTheCountAndUnevenWeightsWidenTheInterval() {
        List<String> answers = List.of("yes", "yes", "no", "yes", "no", "", "yes", "no");
        double[] ones = new double[answers.size()];
        java.util.Arrays.fill(ones, 1);
        List<Support.Share> plain = Support.of(answers, java.util.Collections.nCopies(answers.size(), "x"), 0.95)
                .stream().filter(s -> s.group().equals("all")).toList();
        List<Support.Share> weighted = Support.weighted(answers, ones, "reweighted", 0.95);
        assertEquals(plain.size(), weighted.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.get(i).answer(), weighted.get(i).answer());
            assertEquals(plain.get(i).share(), weighted.get(i).share(), 1e-12);
            assertEquals(plain.get(i).low(), weighted.get(i).low(), 1e-12);
            assertEquals(plain.get(i).high(), weighted.get(i).high(), 1e-12);
        }
        double[] uneven = {3, 0.2, 1, 0.2, 1, 1, 3, 1};
        Support.Share yes = Support.weighted(answers, uneven, "reweighted", 0.95).stream()
                .filter(s -> s.answer().equals("yes")).findFirst().orElseThrow();
        assertEquals((3 + 0.2 + 0.2 + 3) / 10.4, yes.share(), 1e-12);
        double[] sameShare = Support.wilson(yes.share(), 8, 0.95);
        org.junit.jupiter.api.Assertions.assertTrue(yes.high() - yes.low() > sameShare[1] - sameShare[0],
                "Kish's effective size is below 8, so the interval is wider");
    }
}
