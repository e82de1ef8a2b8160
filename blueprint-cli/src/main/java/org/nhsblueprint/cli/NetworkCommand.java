package org.nhsblueprint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code blueprint network}: groups the road-network commands; on its own it prints their usage. */
@Command(name = "network", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Road networks from OpenStreetMap (GraphHopper): build one, then use it with "
                + "'blueprint route' or '--travel-times network'.")
final class NetworkCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
