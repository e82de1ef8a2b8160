package org.nhsblueprint.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Erlang C against independently published reference values (src/test/resources/validation/erlang-c: the CRAN
 * ErlangC package, pyworkforce, Hillier and Lieberman, exact rational cases), each to the digits its source printed.
 */
class ErlangCTest {

    private static List<String[]> references() throws IOException {
        try (InputStream in = ErlangCTest.class.getResourceAsStream("/validation/erlang-c/reference_values.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the last column (a note) is unquoted and may hold commas: split into at most 15 fields
            return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", 15)).toList();
        }
    }

    /** Half a unit in the last printed digit of {@code printed}. */
    private static double tolerance(String printed) {
        int dot = printed.indexOf('.');
        int decimals = dot < 0 ? 0 : printed.length() - dot - 1;
        return 0.5 * Math.pow(10, -decimals) + 1e-12;
    }

    private static double perHour(double rate, String unit) {
        if (unit.contains("per 30 min")) {
            return rate * 2;
        }
        if (unit.equals("per hour") || unit.equals("per unit time")) {
            return rate; // a "unit time" is read as an hour throughout
        }
        throw new AssertionError("unit " + unit);
    }

    private static double minutes(double time, String unit) {
        return switch (unit) {
            case "s" -> time / 60;
            case "min" -> time;
            case "unit time" -> time * 60;
            default -> throw new AssertionError("unit " + unit);
        };
    }

    @Test
    void everyPublishedReferenceValueIsMatchedToTheDigitsItWasPrintedTo() throws IOException {
        List<String[]> rows = references();
        assertEquals(9, rows.size());
        for (String[] r : rows) {
            String id = r[0];
            double target = r[8].isEmpty() ? Double.NaN : Double.parseDouble(r[8]);
            ErlangC.Result q = ErlangC.of(perHour(Double.parseDouble(r[2]), r[3]),
                    minutes(Double.parseDouble(r[4]), r[5]), Integer.parseInt(r[6]), target);
            assertEquals(Double.parseDouble(r[7]), q.offeredLoad(), tolerance(r[7]), id + " load");
            assertEquals(Double.parseDouble(r[9]), q.pWait(), tolerance(r[9]), id + " p_wait");
            if (!r[10].isEmpty()) {
                double waitMinutes = q.meanWaitSeconds() / 60;
                double expected = minutes(Double.parseDouble(r[10]), r[11]);
                double scale = minutes(1, r[11]);
                assertEquals(expected, waitMinutes, tolerance(r[10]) * scale, id + " mean wait");
            }
            if (!r[12].isEmpty()) {
                assertEquals(Double.parseDouble(r[12]), q.serviceLevel(), tolerance(r[12]), id + " service level");
            }
            assertEquals(Double.parseDouble(r[13]), q.occupancy(), tolerance(r[13]), id + " occupancy");
        }
    }

    @Test
    void staffingMatchesThePublishedAnswers() {
        // 100 calls per 30 minutes, 180 s each, 80% within 20 s: 14 agents at most 85% occupied, 20 with 30% shrinkage
        ErlangC.Staffing s = ErlangC.staff(200, 3, 20, 0.8, 0.85, 0.3);
        assertEquals(14, s.atServers().servers());
        assertEquals(20, s.rostered());
        // pyworkforce: at most 70% occupied gives 15 raw positions and 22 with shrinkage, service level 0.941
        ErlangC.Staffing t = ErlangC.staff(200, 3, 19.8, 0.8, 0.70, 0.3);
        assertEquals(15, t.atServers().servers());
        assertEquals(22, t.rostered());
        assertEquals(0.941, t.atServers().serviceLevel(), 0.0005);
    }

    @Test
    void theRecursionAgreesWithTheTextbookSumWhereThatSumIsStillExact() {
        for (int c = 1; c <= 30; c++) {
            for (double a = 0.25; a < c; a += 0.5) {
                double sum = 0;
                double term = 1;
                for (int k = 0; k < c; k++) {
                    sum += term;
                    term *= a / (k + 1);
                }
                // term is now a^c / c!
                double top = term * c / (c - a);
                assertEquals(top / (sum + top), ErlangC.pWait(c, a), 1e-12, c + " servers, " + a + " erlangs");
            }
        }
        // and stays finite where factorials overflow a double
        double p = ErlangC.pWait(400, 390);
        assertTrue(p > 0 && p < 1, "p " + p);
    }

    @Test
    void anOverloadedQueueIsUnstableNotNegative() {
        ErlangC.Result r = ErlangC.of(30, 10, 5, 20);
        assertFalse(r.stable());
        assertEquals(1, r.pWait());
        assertEquals(Double.POSITIVE_INFINITY, r.meanWaitSeconds());
        assertEquals(0, r.serviceLevel());
        assertThrows(IllegalArgumentException.class, () -> ErlangC.of(10, 0, 2, 20));
        assertThrows(IllegalArgumentException.class, () -> ErlangC.of(10, 5, 0, 20));
        assertThrows(IllegalArgumentException.class, () -> ErlangC.of(-1, 5, 2, 20));
    }

    @Test
    void bedsAtATargetOccupancy() {
        assertEquals(100, BedsNeeded.of(100 * 365 * 0.85, 0.85));
        assertEquals(101, BedsNeeded.of(100 * 365 * 0.85 + 1, 0.85));
        assertEquals(0, BedsNeeded.of(0, 0.85));
        assertThrows(IllegalArgumentException.class, () -> BedsNeeded.of(10, 0));
    }
}
