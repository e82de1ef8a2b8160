package org.nhsblueprint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code blueprint capacity}: groups the capacity calculators; on its own it prints their usage. */
@Command(name = "capacity", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Capacity calculators: queues for urgent services (Erlang C), staffing to a service level, beds"
                + " at a target occupancy.")
final class CapacityCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
