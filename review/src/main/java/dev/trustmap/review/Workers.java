package dev.trustmap.review;

import dev.trustmap.model.collection.TaskFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent jobs (one workbook each) on every core, and hands their results back in the order given. */
final class Workers {

    private Workers() {
    }

    static <T> List<T> all(List<Callable<T>> jobs) throws IOException {
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "trustmap-review");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            jobs.forEach(job -> futures.add(pool.submit(job)));
            List<T> results = new ArrayList<>(jobs.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException(TaskFailure.rethrown(e));
        } finally {
            pool.shutdownNow();
        }
    }
}
