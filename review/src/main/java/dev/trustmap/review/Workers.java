package dev.trustmap.review;

import dev.trustmap.model.collection.DaemonPool;
import dev.trustmap.model.collection.TaskFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Runs independent jobs (one workbook each) on every core, and hands their results back in the order given. */
final class Workers {

    private Workers() {
    }

    static <T> List<T> all(List<Callable<T>> jobs) throws IOException {
        ExecutorService pool = DaemonPool.of("trustmap-review", DaemonPool.threadsFor(jobs.size()));
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
