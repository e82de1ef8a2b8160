package org.nhsblueprint.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nhsblueprint.model.ServiceId;

/**
 * Reads a scenario's {@code simulation:} section (see {@code docs/simulation.md}): horizon, shifts (the dataset's or
 * a list), ramp, assumptions with their distributions, and correlations, each checked with file, line and field. Part
 * of {@link ScenarioFile}. Stateless.
 */
final class ScenarioSimulationSection {
    private static final Set<String> SIMULATION_FIELDS = Set.of("horizon_years", "shifts", "ramp_years",
            "assumptions", "correlations");
    private static final Set<String> SHIFT_FIELDS = Set.of("id", "activity", "to_service", "share", "ramp_years",
            "source");

    private ScenarioSimulationSection() {
    }

    /** The section as a {@link ScenarioFile.Simulation}; every fault a problem naming the file, line and field. */
    static ScenarioFile.Simulation read(JsonNode node, String file, int line, Problems problems) {
        if (!node.isObject()) {
            problems.add(file, line, "simulation", "", "must be a mapping (horizon_years, shifts, assumptions, ...)");
            return null;
        }
        int before = problems.count();
        node.fieldNames().forEachRemaining(f -> {
            if (!SIMULATION_FIELDS.contains(f)) {
                problems.add(file, line, "simulation." + f, "", "is not a simulation field ("
                        + String.join(", ", new java.util.TreeSet<>(SIMULATION_FIELDS)) + ")");
            }
        });
        int horizon = whole(node.path("horizon_years"), 10, "simulation.horizon_years", 1, 60, file, line, problems);
        int ramp = whole(node.path("ramp_years"), 1, "simulation.ramp_years", 1, 60, file, line, problems);
        boolean datasetShifts = false;
        List<org.nhsblueprint.model.ActivityShift> shifts = new ArrayList<>();
        JsonNode list = node.path("shifts");
        if (list.isTextual() && list.asText().equals("dataset")) {
            datasetShifts = true;
        } else if (list.isArray()) {
            for (JsonNode s : list) {
                var shift = shift(s, file, line, problems);
                if (shift != null) {
                    shifts.add(shift);
                }
            }
        } else if (!list.isMissingNode()) {
            problems.add(file, line, "simulation.shifts", list.asText(""), "must be 'dataset' or a list of shifts");
        }
        List<org.nhsblueprint.model.Assumption> assumptions = new ArrayList<>();
        JsonNode map = node.path("assumptions");
        if (!map.isMissingNode() && !map.isObject()) {
            problems.add(file, line, "simulation.assumptions", "", "must map assumption names to values or ranges");
        }
        map.fields().forEachRemaining(e -> {
            org.nhsblueprint.model.Uncertain u = uncertain(e.getValue(), "simulation.assumptions." + e.getKey(),
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, file, line, problems);
            if (u != null) {
                assumptions.add(new org.nhsblueprint.model.Assumption(e.getKey(), u, file + ":" + line
                        + " (scenario assumption)"));
            }
        });
        List<org.nhsblueprint.model.SimulationSpec.Correlation> correlations = new ArrayList<>();
        for (JsonNode c : node.path("correlations")) {
            JsonNode between = c.path("between");
            double rho = c.path("rho").asDouble(Double.NaN);
            if (!between.isArray() || between.size() != 2 || !(rho > -1 && rho < 1)) {
                problems.add(file, line, "simulation.correlations", c.toString(),
                        "each must be {between: [A, B], rho: R} with R between -1 and 1");
                continue;
            }
            correlations.add(new org.nhsblueprint.model.SimulationSpec.Correlation(between.get(0).asText(),
                    between.get(1).asText(), rho));
        }
        if (problems.count() > before) {
            return null;
        }
        return new ScenarioFile.Simulation(org.nhsblueprint.model.SimulationSpec.of(shifts, assumptions, correlations, horizon),
                datasetShifts, ramp);
    }

    private static org.nhsblueprint.model.ActivityShift shift(JsonNode s, String file, int line, Problems problems) {
        int before = problems.count();
        if (!s.isObject()) {
            problems.add(file, line, "simulation.shifts", s.asText(""), "each shift must be a mapping");
            return null;
        }
        s.fieldNames().forEachRemaining(f -> {
            if (!SHIFT_FIELDS.contains(f)) {
                problems.add(file, line, "simulation.shifts." + f, "", "is not a shift field ("
                        + String.join(", ", new java.util.TreeSet<>(SHIFT_FIELDS)) + ")");
            }
        });
        String activity = s.path("activity").asText("");
        if (activity.isBlank()) {
            problems.add(file, line, "simulation.shifts.activity", "", "is missing");
        }
        ServiceId to = ScenarioFile.service(s.path("to_service").asText(""), file, line, problems);
        org.nhsblueprint.model.Uncertain share = uncertain(s.path("share"), "simulation.shifts.share", 0, 1, file,
                line, problems);
        int ramp = whole(s.path("ramp_years"), 1, "simulation.shifts.ramp_years", 1, 60, file, line, problems);
        if (problems.count() > before) {
            return null;
        }
        return new org.nhsblueprint.model.ActivityShift(s.path("id").asText(activity), activity, to, share, ramp,
                file + ":" + line + (s.hasNonNull("source") ? ": " + s.get("source").asText() : ""));
    }

    /**
     * A number (fixed), {@code {low, high}} (an 80% interval), {@code {low, mode, high}} (triangular) or
     * {@code {uniform: [low, high]}}; values must lie in {@code [min, max]}.
     */
    private static org.nhsblueprint.model.Uncertain uncertain(JsonNode v, String field, double min, double max,
                                                              String file, int line, Problems problems) {
        try {
            org.nhsblueprint.model.Uncertain u;
            if (v.isNumber()) {
                u = new org.nhsblueprint.model.Uncertain.Fixed(v.asDouble());
            } else if (v.isObject() && v.has("uniform") && v.get("uniform").isArray() && v.get("uniform").size() == 2) {
                u = new org.nhsblueprint.model.Uncertain.Uniform(v.get("uniform").get(0).asDouble(),
                        v.get("uniform").get(1).asDouble());
            } else if (v.isObject() && v.path("low").isNumber() && v.path("high").isNumber() && v.has("mode")
                    && v.path("mode").isNumber()) {
                u = new org.nhsblueprint.model.Uncertain.Triangular(v.get("low").asDouble(), v.get("mode").asDouble(),
                        v.get("high").asDouble());
            } else if (v.isObject() && v.path("low").isNumber() && v.path("high").isNumber() && v.size() == 2) {
                u = new org.nhsblueprint.model.Uncertain.Interval80(v.get("low").asDouble(), v.get("high").asDouble(),
                        min, max);
            } else {
                problems.add(file, line, field, v.toString(), "must be a number, {low: L, high: H} (an 80% interval),"
                        + " {low: L, mode: M, high: H} (triangular) or {uniform: [L, H]}");
                return null;
            }
            double lo = u instanceof org.nhsblueprint.model.Uncertain.Interval80 ? min : lowest(u);
            double hi = u instanceof org.nhsblueprint.model.Uncertain.Interval80 ? max : highest(u);
            if (lo < min || hi > max) {
                problems.add(file, line, field, v.toString(), "must lie between " + min + " and " + max);
                return null;
            }
            return u;
        } catch (IllegalArgumentException e) {
            problems.add(file, line, field, v.toString(), e.getMessage());
            return null;
        }
    }

    private static double lowest(org.nhsblueprint.model.Uncertain u) {
        if (u instanceof org.nhsblueprint.model.Uncertain.Fixed f) {
            return f.value();
        }
        if (u instanceof org.nhsblueprint.model.Uncertain.Uniform un) {
            return un.low();
        }
        return ((org.nhsblueprint.model.Uncertain.Triangular) u).min();
    }

    private static double highest(org.nhsblueprint.model.Uncertain u) {
        if (u instanceof org.nhsblueprint.model.Uncertain.Fixed f) {
            return f.value();
        }
        if (u instanceof org.nhsblueprint.model.Uncertain.Uniform un) {
            return un.high();
        }
        return ((org.nhsblueprint.model.Uncertain.Triangular) u).max();
    }

    private static int whole(JsonNode n, int otherwise, String field, int min, int max, String file, int line,
                             Problems problems) {
        if (n.isMissingNode() || n.isNull()) {
            return otherwise;
        }
        if (!n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
            problems.add(file, line, field, n.asText(""), "must be a whole number from " + min + " to " + max);
            return otherwise;
        }
        return n.asInt();
    }

}
