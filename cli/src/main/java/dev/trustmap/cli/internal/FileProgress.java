package dev.trustmap.cli.internal;

import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.evidence.file.EvidenceFile;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Shows how far the reading of a file has got. On a terminal, one line rewritten twice a second; elsewhere (a
 * pipe, a CI log) one plain line per file, so logs stay readable.
 */
public final class FileProgress implements AutoCloseable, InventoryImport.Listener {

    private final PrintWriter err;
    private final boolean terminal;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> ticking;

    public FileProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.timer = terminal ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "trustmap-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /** True when standard error is a terminal a line can be rewritten on. */
    public static boolean onTerminal() {
        return System.console() != null;
    }

    public synchronized void start(EvidenceFile file, String source) {
        stop();
        if (!terminal) {
            err.println("reading " + file.name() + " as " + source);
            err.flush();
            return;
        }
        long size = Math.max(1, file.size());
        long startBytes = file.bytesRead();
        ticking = timer.scheduleAtFixedRate(() -> {
            long done = Math.min(size, file.bytesRead() - startBytes);
            synchronized (this) {
                err.print("\rreading " + file.name() + " as " + source + ": " + (100 * done / size) + "% of "
                        + (size >> 20) + " MB   ");
                err.flush();
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public void reading(EvidenceFile file, String source) {
        start(file, source);
    }

    @Override
    public void read(EvidenceFile file) {
        stop();
    }

    public synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
            err.print("\r\033[K");
            err.flush();
        }
    }

    @Override
    public void close() {
        stop();
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
