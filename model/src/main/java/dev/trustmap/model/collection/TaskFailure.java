package dev.trustmap.model.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;

/** What a task run on a pool threw, given back as the caller would have seen it had it run the task itself. */
public final class TaskFailure {

    private TaskFailure() {
    }

    /**
     * The task's {@link IOException} (unwrapped from an {@link UncheckedIOException} too) to throw; a runtime
     * exception or an error is thrown from here as it was; anything else comes back wrapped in an IOException.
     */
    public static IOException rethrown(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
