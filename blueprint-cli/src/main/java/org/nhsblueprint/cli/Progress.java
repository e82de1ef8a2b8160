package org.nhsblueprint.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for a fixed number of steps, so that standard output stays clean for {@code --json}.
 * On a terminal the bar redraws in place; otherwise each step is one line. Mutable; one per command run.
 */
final class Progress {
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private int steps;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final long started;
    private int done;

    Progress(PrintWriter err, int steps, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.steps = steps;
        this.terminal = terminal;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    /** Marks the start of the next step. */
    void step(String what) {
        done++;
        int filled = WIDTH * (done - 1) / steps;
        String bar = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + steps + " " + what;
        if (terminal) {
            err.print("\r\033[K" + bar);
        } else {
            err.println(bar);
        }
        err.flush();
    }

    /** Changes the number of steps once it is known (after loading, say). */
    void resize(int total) {
        this.steps = Math.max(total, done);
    }

    /** Ends the bar with the elapsed time. */
    void finish() {
        String line = String.format(java.util.Locale.ROOT, "[%s] done in %.1f s", "#".repeat(WIDTH),
                (nanos.getAsLong() - started) / 1e9);
        err.println(terminal ? "\r\033[K" + line : line);
        err.flush();
    }
}
