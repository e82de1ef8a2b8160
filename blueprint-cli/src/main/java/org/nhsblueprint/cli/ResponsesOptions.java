package org.nhsblueprint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The responses file, its id and text columns and the campaign threshold, shared by the consultation commands. Set
 * by picocli; one instance per command line.
 */
final class ResponsesOptions {
    @Parameters(index = "0", paramLabel = "RESPONSES", description = "Responses: .csv (header row), .json (an array"
            + " of objects) or .jsonl/.ndjson (one object per line).")
    Path file;

    @Option(names = "--id-column", defaultValue = "response_id", paramLabel = "COLUMN",
            description = "Column with the response id (default ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--text-column", defaultValue = "response", paramLabel = "COLUMN",
            description = "Column with the free text (default ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "0.5",
            description = "Jaccard similarity of word 3-shingles that joins two responses (default ${DEFAULT-VALUE}).")
    double threshold;

    /** @throws CommandLine.ParameterException (exit 2) for a missing file or a threshold outside (0, 1] */
    void check(CommandSpec spec) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "RESPONSES: file not found: " + file);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be in (0, 1]");
        }
    }
}
