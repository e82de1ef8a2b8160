package org.nhsblueprint.simulation;

import java.util.List;
import java.util.Optional;
import org.nhsblueprint.model.Uncertain;

/**
 * A Monte Carlo run's results: every metric's distribution and mean, the tornado charts of the headline metrics, the
 * inputs as assumed (with their sources) and notes on anything left out. Immutable.
 */
public record SimulationResult(int iterations, long seed, List<Metric> metrics, List<Tornado> tornadoes,
                               List<String> inputNames, List<Uncertain> inputs, List<String> inputSources,
                               List<String> notes) {
    public SimulationResult {
        metrics = List.copyOf(metrics);
        tornadoes = List.copyOf(tornadoes);
        inputNames = List.copyOf(inputNames);
        inputs = List.copyOf(inputs);
        inputSources = List.copyOf(inputSources);
        notes = List.copyOf(notes);
    }

    public Optional<Metric> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The metrics whose names start with {@code prefix}, in order. */
    public List<Metric> metricsStartingWith(String prefix) {
        return metrics.stream().filter(m -> m.name().startsWith(prefix)).toList();
    }
}
