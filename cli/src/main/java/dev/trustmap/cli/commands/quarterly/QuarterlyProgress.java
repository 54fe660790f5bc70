package dev.trustmap.cli.commands.quarterly;

import dev.trustmap.cli.internal.FileProgress;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.quarterly.QuarterlyRun;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A quarterly run as the user watches it on standard error: one line per step as it finishes, with how long it
 * took; a progress bar per file on a terminal; every import warning.
 */
final class QuarterlyProgress implements QuarterlyRun.Listener, AutoCloseable {

    private final PrintWriter err;
    private final FileProgress files;
    private String step;
    private long started;

    QuarterlyProgress(PrintWriter err) {
        this.err = err;
        this.files = new FileProgress(err, FileProgress.onTerminal());
    }

    @Override
    public void started(String what) {
        step = what;
        started = System.nanoTime();
    }

    @Override
    public void finished(String outcome) {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println(String.format(Locale.ROOT, "%-28s %s (%.1f s)", step, outcome, seconds));
        err.flush();
    }

    @Override
    public void reading(EvidenceFile file, String source) {
        files.start(file, source);
    }

    @Override
    public void read(EvidenceFile file) {
        files.stop();
    }

    @Override
    public void warning(InputProblem warning) {
        err.println("  warning: " + warning.describe());
        err.flush();
    }

    @Override
    public void close() {
        files.close();
    }
}
