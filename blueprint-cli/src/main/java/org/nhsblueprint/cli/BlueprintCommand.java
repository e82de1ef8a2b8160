package org.nhsblueprint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code blueprint} command: lists the subcommands. */
@Command(name = "blueprint", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Plan, test and explain changes to health services, on real data.",
        footer = {"", "Start with: blueprint demo    (the London baseline report)"})
final class BlueprintCommand implements Callable<Integer> {
    static final String VERSION = "0.1.0";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
