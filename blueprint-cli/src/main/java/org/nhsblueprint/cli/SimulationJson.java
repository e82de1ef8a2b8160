package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nhsblueprint.model.Uncertain;
import org.nhsblueprint.simulation.Metric;
import org.nhsblueprint.simulation.Question;
import org.nhsblueprint.simulation.MonteCarlo;
import org.nhsblueprint.simulation.SimulationResult;
import org.nhsblueprint.simulation.Tornado;

/**
 * A Monte Carlo run as JSON and as text: the inputs as assumed, every metric's P10, P50, P90 and mean, the
 * probability questions and the tornado charts. Stateless apart from its mapper.
 */
record SimulationJson(ObjectMapper mapper) {

    ObjectNode json(SimulationResult r, List<Question> chances) {
        ObjectNode n = mapper.createObjectNode();
        n.put("iterations", r.iterations());
        n.put("seed", r.seed());
        n.put("method", "Monte Carlo: seeded draws of every input (Gaussian copula for correlated inputs), site"
                + " volumes linear in the shifted shares, quantiles from a sketch with relative accuracy "
                + MonteCarlo.ACCURACY);
        ArrayNode inputs = n.putArray("inputs");
        for (int k = 0; k < r.inputNames().size(); k++) {
            ObjectNode i = inputs.addObject();
            i.put("name", r.inputNames().get(k));
            i.put("distribution", describe(r.inputs().get(k)));
            i.put("mid", r.inputs().get(k).mid());
            i.put("source", r.inputSources().get(k));
        }
        ArrayNode questions = n.putArray("probabilities");
        for (Question c : chances) {
            questions.addObject().put("question", c.text()).put("probability", round(c.probability(r), 4));
        }
        ArrayNode metrics = n.putArray("metrics");
        for (Metric m : r.metrics()) {
            ObjectNode o = metrics.addObject();
            o.put("name", m.name());
            o.put("label", m.definition().label());
            o.put("unit", m.definition().unit());
            if (m.definition().kind() == Metric.Kind.INDICATOR) {
                o.put("probability", round(m.mean(), 4));
            } else {
                o.put("mean", m.mean());
                o.put("p10", m.p10());
                o.put("p50", m.p50());
                o.put("p90", m.p90());
            }
        }
        ArrayNode tornadoes = n.putArray("tornado");
        for (Tornado t : r.tornadoes()) {
            ObjectNode o = tornadoes.addObject();
            o.put("metric", t.metric());
            o.put("at_mid", t.atMid());
            ArrayNode bars = o.putArray("bars");
            for (Tornado.Bar b : t.bars()) {
                bars.addObject().put("input", b.input()).put("at_p10", b.atLow()).put("at_p90", b.atHigh());
            }
        }
        r.notes().forEach(n.putArray("notes")::add);
        return n;
    }

    static String describe(Uncertain u) {
        if (u instanceof Uncertain.Fixed f) {
            return "fixed " + f.value();
        }
        if (u instanceof Uncertain.Interval80 i) {
            return "normal, 80% interval " + i.low() + " to " + i.high();
        }
        if (u instanceof Uncertain.Uniform un) {
            return "uniform " + un.low() + " to " + un.high();
        }
        Uncertain.Triangular t = (Uncertain.Triangular) u;
        return "triangular " + t.min() + ", mode " + t.mode() + ", " + t.max();
    }

    /** The headline lines for the text output. */
    static void text(java.io.PrintWriter o, SimulationResult r, List<Question> chances) {
        o.printf(Locale.ROOT, "%nMonte Carlo: %,d iterations, seed %d%n", r.iterations(), r.seed());
        o.printf(Locale.ROOT, "%-62s %12s %12s %12s%n", "result", "P10", "P50", "P90");
        for (Metric m : r.metrics()) {
            String name = m.name();
            boolean headline = (name.startsWith("activity.") && name.endsWith("acute_change"))
                    || name.equals("finance.npv") || name.equals("finance.gap_share")
                    || name.equals("capacity.sites_over") || name.equals("queue.sites_unstable")
                    || (name.startsWith("workforce.") && !name.endsWith(".below_min") && name.split("\\.").length == 3);
            if (headline) {
                o.printf(Locale.ROOT, "%-62s %12s %12s %12s%n", cut(m.definition().label(), 62), figure(m, m.p10()),
                        figure(m, m.p50()), figure(m, m.p90()));
            }
        }
        for (Question c : chances) {
            o.printf(Locale.ROOT, "P(%s) = %.3f%n", c.text(), c.probability(r));
        }
        r.notes().forEach(note -> o.println("note: " + note));
    }

    private static String figure(Metric m, double v) {
        return switch (m.definition().unit()) {
            case "share" -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case "GBP" -> String.format(Locale.ROOT, "£%.1fm", v / 1e6);
            default -> String.format(Locale.ROOT, "%,.0f", v);
        };
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
