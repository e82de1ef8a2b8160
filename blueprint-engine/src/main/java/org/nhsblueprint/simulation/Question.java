package org.nhsblueprint.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain probability question about a result: is it at or below a value ({@code METRIC<=X}) or above it
 * ({@code METRIC>X})? For example "what is the chance that hospital outpatient activity falls by 72% or more?" is
 * {@code activity.acute_outpatients.acute_change<=-0.72}. Immutable.
 */
public record Question(String metric, boolean atOrBelow, double value) {

    /** @throws IllegalArgumentException if the text is not {@code METRIC<=X} or {@code METRIC>X} */
    public static Question parse(String text) {
        String t = text.replace(" ", "");
        int at = t.indexOf("<=");
        boolean below = at > 0;
        if (!below) {
            at = t.indexOf('>');
        }
        if (at <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not METRIC<=X or METRIC>X");
        }
        try {
            return new Question(t.substring(0, at), below, Double.parseDouble(t.substring(at + (below ? 2 : 1))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': the value is not a number");
        }
    }

    /** The questions always asked: every hospital activity falling by 72% or more, and a positive NPV. */
    public static List<Question> standard(SimulationResult r) {
        List<Question> out = new ArrayList<>();
        for (Metric m : r.metrics()) {
            if (m.name().startsWith("activity.") && m.name().endsWith(".acute_change")) {
                out.add(new Question(m.name(), true, -0.72));
            }
        }
        r.metric("finance.npv").ifPresent(m -> out.add(new Question(m.name(), false, 0)));
        return out;
    }

    /** @throws IllegalArgumentException if the result has no such metric */
    public double probability(SimulationResult r) {
        Metric m = r.metric(metric).orElseThrow(() -> new IllegalArgumentException("no result '" + metric
                + "' (e.g. " + r.metrics().stream().filter(x -> !x.name().startsWith("site."))
                .limit(8).map(Metric::name).toList() + ")"));
        double below = m.chanceAtOrBelow(value);
        return atOrBelow ? below : 1 - below;
    }

    public String text() {
        return metric + (atOrBelow ? "<=" : ">") + String.format(Locale.ROOT, "%s", value);
    }
}
