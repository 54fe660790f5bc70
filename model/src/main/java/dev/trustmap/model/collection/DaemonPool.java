package dev.trustmap.model.collection;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread pools trustmap runs side-by-side work on: a fixed number of daemon threads (a run that fails never
 * waits on them to exit), named for what they do, so a profile or a thread dump shows which work is where.
 */
public final class DaemonPool {

    private DaemonPool() {
    }

    /** A pool of {@code threads} daemon threads named {@code name-1}, {@code name-2}... */
    public static ExecutorService of(String name, int threads) {
        AtomicInteger made = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + "-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** As many threads as there is work, up to one per processor, and at least one. */
    public static int threadsFor(int jobs) {
        return Math.max(1, Math.min(jobs, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Stops the pool and waits, bounded, for its threads to finish the task each is in: after a failure, work still
     * running must not go on writing where the caller is about to clean up. Silent: it is called on the way out of a
     * failure, which an exception from here would hide.
     */
    public static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
