package org.nhsblueprint.model;

import java.util.List;
import java.util.Objects;

/**
 * What a Monte Carlo appraisal simulates: the activity types and their rates, the shifts out of hospital, the named
 * assumptions, correlations between any two of them, the horizon in years and which site table is the acute
 * setting. Immutable.
 *
 * @param correlations pairs of assumption or shift ids with their correlation in (-1, 1)
 */
public record SimulationSpec(List<ActivityRate> activities, List<ActivityShift> shifts,
                             List<Assumption> assumptions, List<Correlation> correlations, int horizonYears,
                             String acuteTable) {
    /** A correlation between two uncertain inputs, by name (a shift's id or an assumption's name). */
    public record Correlation(String first, String second, double rho) {
        public Correlation {
            if (!(rho > -1 && rho < 1)) {
                throw new IllegalArgumentException("a correlation must be between -1 and 1, not " + rho);
            }
        }
    }

    /** The simulation a scenario file asks for, before the dataset's activity rates and assumptions are added. */
    public static SimulationSpec of(List<ActivityShift> shifts, List<Assumption> assumptions,
                                    List<Correlation> correlations, int horizonYears) {
        return new SimulationSpec(List.of(), shifts, assumptions, correlations, horizonYears, "acute_sites");
    }

    /**
     * This spec with a dataset's activity rates and assumptions: an assumption the scenario names replaces the
     * dataset's of the same name.
     */
    public SimulationSpec withDataset(List<ActivityRate> rates, List<Assumption> datasetAssumptions) {
        java.util.Map<String, Assumption> merged = new java.util.LinkedHashMap<>();
        datasetAssumptions.forEach(a -> merged.put(a.name(), a));
        assumptions.forEach(a -> merged.put(a.name(), a));
        return new SimulationSpec(rates, shifts, List.copyOf(merged.values()), correlations, horizonYears,
                acuteTable);
    }

    public SimulationSpec {
        activities = List.copyOf(activities);
        shifts = List.copyOf(shifts);
        assumptions = List.copyOf(assumptions);
        correlations = List.copyOf(correlations);
        Objects.requireNonNull(acuteTable, "acuteTable");
        if (horizonYears < 1 || horizonYears > 60) {
            throw new IllegalArgumentException("horizon must be 1 to 60 years, not " + horizonYears);
        }
    }
}
