package org.nhsblueprint.model;

import java.util.Objects;

/**
 * One named assumption of the simulation, as a range, with its source. Names follow a convention the simulation reads
 * (the simulation engine's SimulationPlan): {@code price.acute.ACTIVITY}, {@code cost.polyclinic.ACTIVITY},
 * {@code productivity.polyclinic.ACTIVITY}, {@code min_cases.polyclinic.ACTIVITY}, {@code finance.discount_rate},
 * {@code finance.capital_per_polyclinic}, {@code finance.fixed_cost_per_polyclinic_year},
 * {@code finance.double_running_years}, {@code finance.funding_gap}, {@code queue.urgent_care.service_minutes},
 * {@code queue.urgent_care.clinicians}, {@code queue.urgent_care.opening_hours_per_year},
 * {@code queue.urgent_care.target_seconds}, {@code beds.target_occupancy}. Immutable.
 */
public record Assumption(String name, Uncertain value, String source) {
    public Assumption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        source = source == null ? "" : source;
    }
}
