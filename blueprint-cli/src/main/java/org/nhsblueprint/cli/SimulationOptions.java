package org.nhsblueprint.cli;

import java.util.ArrayList;
import java.util.List;
import org.nhsblueprint.simulation.MonteCarlo;
import picocli.CommandLine.Option;

/**
 * The Monte Carlo options of {@code appraise} (a picocli mixin). The simulation runs when the scenario has a
 * {@code simulation} section. Set by picocli; one instance per command line.
 */
final class SimulationOptions {
    @Option(names = "--iterations", paramLabel = "N", defaultValue = "" + MonteCarlo.DEFAULT_ITERATIONS,
            description = "Monte Carlo iterations for a scenario with a simulation section (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + MonteCarlo.DEFAULT_SEED,
            description = "Random seed: the same seed and inputs give the same numbers (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: every core); the results do not depend on it.")
    Integer threads;

    @Option(names = "--chance", paramLabel = "METRIC<=X",
            description = "Ask the probability a result is at or below (<=) or above (>) a value, e.g. "
                    + "'activity.acute_outpatients.acute_change<=-0.72' or 'finance.npv>0'. Repeatable.")
    List<String> chances = new ArrayList<>();

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
