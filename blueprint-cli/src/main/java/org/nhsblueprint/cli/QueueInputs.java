package org.nhsblueprint.cli;

import picocli.CommandLine.Option;

/** The arrivals and service time a queue command needs (a picocli mixin). Set by picocli; one per command line. */
final class QueueInputs {
    @Option(names = "--arrivals-per-hour", required = true, paramLabel = "X", description = "Mean arrivals an hour.")
    double arrivals;

    @Option(names = "--service-minutes", required = true, paramLabel = "Y",
            description = "Mean time with a clinician, minutes.")
    double minutes;
}
