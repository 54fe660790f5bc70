package dev.trustmap.cli.commands.quarterly;

import java.io.PrintWriter;
import java.util.Locale;

/** The steps of a long run, one line each on standard error as they finish, with how long each took. */
final class Steps {

    private final PrintWriter err;
    private String step;
    private long started;

    Steps(PrintWriter err) {
        this.err = err;
    }

    void start(String what) {
        step = what;
        started = System.nanoTime();
    }

    void done(String outcome) {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println(String.format(Locale.ROOT, "%-28s %s (%.1f s)", step, outcome, seconds));
        err.flush();
    }
}
