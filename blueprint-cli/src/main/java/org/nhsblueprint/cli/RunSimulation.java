package org.nhsblueprint.cli;

import java.nio.file.Path;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.ScenarioFile;
import org.nhsblueprint.dataset.SimulationFiles;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.SimulationSpec;
import org.nhsblueprint.simulation.MonteCarlo;
import org.nhsblueprint.simulation.SimulationPlan;
import org.nhsblueprint.simulation.SimulationResult;

/**
 * Puts a scenario's simulation section together with its dataset's simulation inputs and runs it: the dataset's
 * activity rates and assumptions, the scenario's assumptions over them, and the dataset's shifts when the scenario
 * asks for them ({@code shifts: dataset}). Stateless.
 */
final class RunSimulation {
    private RunSimulation() {
    }

    static SimulationResult run(ScenarioFile.Simulation section, Path dataset, RegionModel baseline,
                                RegionModel option, AccessAnalysis access, SimulationOptions options)
            throws InterruptedException {
        if (!SimulationFiles.present(dataset)) {
            throw new CommandFailure("the scenario has a simulation section but the dataset " + dataset
                    + " has no simulation/ folder of activity rates and assumptions");
        }
        SimulationSpec spec = section.with(new SimulationFiles().read(dataset));
        SimulationPlan plan;
        try {
            plan = SimulationPlan.of(spec, baseline, option, access);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("simulation: " + e.getMessage());
        }
        return new MonteCarlo(options.threads()).run(plan, options.iterations, options.seed);
    }
}
