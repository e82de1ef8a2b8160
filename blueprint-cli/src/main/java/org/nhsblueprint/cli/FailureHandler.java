package org.nhsblueprint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.nhsblueprint.dataset.DatasetException;
import org.nhsblueprint.network.CalibrationFileException;
import org.nhsblueprint.network.NetworkException;
import org.nhsblueprint.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Translates failures into exit codes once, at the edge. A bad dataset, a {@link CommandFailure} or a file that
 * cannot be read or written prints a clear message and exits 1; anything else is a bug: its stack trace is printed
 * for the report, and it exits 1 too. Usage errors never reach here: picocli exits 2 for them. Stateless.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof DatasetException || e instanceof CommandFailure || e instanceof NetworkException
                || e instanceof CalibrationFileException || e instanceof ScenarioException) {
            cli.getErr().println("blueprint: " + e.getMessage());
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
            cli.getErr().println("blueprint: cannot read or write a file: " + io.getClass().getSimpleName()
                    + ": " + io.getMessage());
        } else {
            cli.getErr().println("blueprint: unexpected error (please report it with the output below):");
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return FAILURE;
    }
}
