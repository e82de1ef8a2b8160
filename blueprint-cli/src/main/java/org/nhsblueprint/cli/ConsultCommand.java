package org.nhsblueprint.cli;

import picocli.CommandLine.Command;

/** {@code blueprint consult}: groups the consultation-analysis commands; on its own it prints their usage. */
@Command(name = "consult", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Consultation analysis: organised campaigns among responses (more to come: support by group,"
                + " themes, representativeness).")
final class ConsultCommand extends GroupCommand {
}
