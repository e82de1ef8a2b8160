package org.nhsblueprint.cli;

import picocli.CommandLine.Command;

/** {@code blueprint network}: groups the road-network commands; on its own it prints their usage. */
@Command(name = "network", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Road networks from OpenStreetMap (GraphHopper): build one, then use it with "
                + "'blueprint route' or '--travel-times network'.")
final class NetworkCommand extends GroupCommand {
}
