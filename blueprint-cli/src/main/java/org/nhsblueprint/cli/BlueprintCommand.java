package org.nhsblueprint.cli;

import picocli.CommandLine.Command;

/** The top-level {@code blueprint} command: lists the subcommands. */
@Command(name = "blueprint", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Plan, test and explain changes to health services, on real data.",
        footer = {"", "Start with: blueprint demo    (the London baseline report)"})
final class BlueprintCommand extends GroupCommand {
    static final String VERSION = "0.1.0";
}
