package org.nhsblueprint.cli;

import org.nhsblueprint.dataset.DatasetException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Translates failures into exit codes once, at the edge: a bad dataset or a request the data cannot answer prints a
 * clear message and exits 1; anything unexpected prints its stack trace (a bug to report) and exits 1. Usage errors
 * never reach here: picocli exits 2 for them.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof DatasetException || e instanceof IllegalArgumentException
                || e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            cli.getErr().println("blueprint: " + e.getMessage());
        } else {
            cli.getErr().println("blueprint: unexpected error (please report it):");
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return FAILURE;
    }
}
