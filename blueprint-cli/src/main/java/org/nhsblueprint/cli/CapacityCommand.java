package org.nhsblueprint.cli;

import picocli.CommandLine.Command;

/** {@code blueprint capacity}: groups the capacity calculators; on its own it prints their usage. */
@Command(name = "capacity", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Capacity calculators: queues for urgent services (Erlang C), staffing to a service level, beds"
                + " at a target occupancy.")
final class CapacityCommand extends GroupCommand {
}
