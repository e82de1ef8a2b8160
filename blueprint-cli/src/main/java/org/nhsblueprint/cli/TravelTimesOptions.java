package org.nhsblueprint.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that choose a run's travel times, shared by every command that computes access. Set by picocli; one
 * instance per command line.
 */
final class TravelTimesOptions {
    /** How travel times are obtained. */
    enum Source { estimate, network }

    @Option(names = "--travel-times", paramLabel = "SOURCE", defaultValue = "estimate",
            description = "estimate (straight-line distance with published speeds; the default) or network "
                    + "(road-network times from a network built with 'blueprint network build'; needs --network).")
    Source source;

    @Option(names = "--network", paramLabel = "DIR", description = "Road network folder for --travel-times network.")
    Path network;

    @Option(names = "--estimate-parameters", paramLabel = "FILE",
            description = "Speeds and detour factors for the estimate, e.g. as fitted by 'blueprint calibrate'.")
    Path estimateParameters;
}
