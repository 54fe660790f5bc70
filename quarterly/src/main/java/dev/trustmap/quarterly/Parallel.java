package dev.trustmap.quarterly;

import dev.trustmap.model.collection.DaemonPool;
import dev.trustmap.model.collection.TaskFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Independent writers (one per report format) run side by side, one per processor. Each writes files of its own,
 * so what they write does not depend on the order they finish in.
 */
final class Parallel {

    private Parallel() {
    }

    /**
     * Runs every task; returns how long each took, e.g. {@code "pdf 1.2 s, xlsx 0.8 s"}, in the order given.
     *
     * @throws IOException the first failure, in the order given, as the task threw it
     */
    static String run(Map<String, Callable<Void>> tasks) throws IOException {
        ExecutorService pool = DaemonPool.of("trustmap-render", DaemonPool.threadsFor(tasks.size()));
        try {
            Map<String, Future<Double>> running = new LinkedHashMap<>();
            tasks.forEach((name, task) -> running.put(name, pool.submit(() -> {
                long start = System.nanoTime();
                task.call();
                return (System.nanoTime() - start) / 1e9;
            })));
            List<String> took = new ArrayList<>();
            for (Map.Entry<String, Future<Double>> entry : running.entrySet()) {
                took.add(String.format(Locale.ROOT, "%s %.1f s", entry.getKey(), get(entry.getValue())));
            }
            return String.join(", ", took);
        } finally {
            // when one task failed, the others must have stopped writing before the caller clears the staging area
            // (else a renderer still at work recreates folders there after it is removed)
            DaemonPool.stop(pool);
        }
    }

    private static double get(Future<Double> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the reports", e);
        } catch (ExecutionException e) {
            throw TaskFailure.rethrown(e);
        }
    }
}
