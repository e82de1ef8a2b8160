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
}
