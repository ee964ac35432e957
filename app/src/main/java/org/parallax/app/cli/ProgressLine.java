package org.parallax.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One progress line on standard error. On a terminal it is rewritten in place at most once a
 * second; otherwise (a log file, a pipe) a new line is printed at most once every few seconds, so
 * a long job leaves a readable trail rather than one line per item. Quiet prints no progress.
 */
final class ProgressLine {
    /** Between two progress lines written to a file or pipe. */
    static final Duration LOGGED_EVERY = Duration.ofSeconds(5);
    private static final Duration REWRITTEN_EVERY = Duration.ofSeconds(1);

    private final PrintStream out;
    private final boolean terminal;
    private final boolean quiet;
    private final LongSupplier nanos;
    private final long intervalNanos;
    private long lastShown;
    private boolean open;

    ProgressLine(PrintStream out, boolean terminal, boolean quiet, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.quiet = quiet;
        this.nanos = nanos;
        this.intervalNanos = (terminal ? REWRITTEN_EVERY : LOGGED_EVERY).toNanos();
        this.lastShown = nanos.getAsLong();
    }

    /** Standard error, rewritten in place when it is a terminal. */
    static ProgressLine onStandardError(boolean quiet) {
        return new ProgressLine(System.err, System.console() != null, quiet, System::nanoTime);
    }

    /** Shows the line if the interval has passed since the last one shown; built only then. */
    void update(Supplier<String> line) {
        long now = nanos.getAsLong();
        if (quiet || now - lastShown < intervalNanos) {
            return;
        }
        lastShown = now;
        if (terminal) {
            out.print("\r" + line.get() + "\u001b[K");
            open = true;
        } else {
            out.println(line.get());
        }
    }

    /** A progress line that is always shown (unless quiet): the end of a stage. */
    void summary(String line) {
        if (!quiet) {
            message(line);
            lastShown = nanos.getAsLong();
        }
    }

    /** A line of its own that is not progress (a skipped item): shown even when quiet. */
    void message(String line) {
        clear();
        out.println(line);
    }

    /** Ends a line being rewritten, so that what follows starts on a line of its own. */
    void clear() {
        if (open) {
            out.println();
            open = false;
        }
    }
}
