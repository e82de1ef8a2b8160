package org.nhsblueprint.cli;

import picocli.CommandLine.Command;

/** {@code blueprint consult}: groups the consultation-analysis commands; on its own it prints their usage. */
@Command(name = "consult", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Consultation analysis: the whole reading (analyse), organised campaigns alone (campaigns), and"
                + " a synthetic London consultation for demonstrations and benchmarks (synthesise).")
final class ConsultCommand extends GroupCommand {
}
