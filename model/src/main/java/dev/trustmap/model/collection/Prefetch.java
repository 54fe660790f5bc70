package dev.trustmap.model.collection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The items of an iterator, made on a thread of its own a few batches ahead of the one using them, in the same
 * order: reading and decoding a large input then runs beside the work done with what it gives, on a second core.
 * Only the producing thread touches the source, and only the consuming one sees the items, so neither needs to be
 * thread-safe; what the source throws is thrown to the consumer, in its place in the order.
 *
 * <p>Closing it (always, in a finally or try-with-resources) stops and waits for the producing thread, so the source
 * can then be closed safely.
 *
 * @param <T> the item type
 */
public final class Prefetch<T> implements Iterator<T>, AutoCloseable {

    /** Items handed over at a time, and batches made ahead: enough to keep both threads busy, little memory. */
    static final int BATCH = 512;
    static final int AHEAD = 4;

    /** A failure of the source, in the queue where its next batch would have been. */
    private record Failure(Throwable thrown) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread producer;
    private volatile boolean closed;
    private List<T> batch = List.of();
    private int next;
    private boolean ended;

    private Prefetch(Iterator<T> source, String name) {
        producer = new Thread(() -> produce(source), name);
        producer.setDaemon(true);
        producer.start();
    }

    /** The items of {@code source}, made ahead on a thread named {@code name}. */
    public static <T> Prefetch<T> of(Iterator<T> source, String name) {
        return new Prefetch<>(source, name);
    }

    /**
     * Gives every item of {@code list} to {@code action}, in order. A list read back from disk on each walk (a
     * {@link ReplayedList}) is read and decoded ahead on a thread of its own; a list in memory is simply walked.
     */
    public static <T> void forEach(List<T> list, String name, Consumer<? super T> action) {
        if (!(list instanceof ReplayedList<T>)) {
            list.forEach(action);
            return;
        }
        try (Prefetch<T> ahead = of(list.iterator(), name)) {
            while (ahead.hasNext()) {
                action.accept(ahead.next());
            }
        }
    }

    private void produce(Iterator<T> source) {
        try {
            while (!closed) {
                List<T> made = new ArrayList<>(BATCH);
                while (made.size() < BATCH && source.hasNext()) {
                    made.add(source.next());
                }
                if (!made.isEmpty() && !hand(made)) {
                    return;
                }
                if (made.size() < BATCH) {
                    hand(END);
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            hand(new Failure(e));
        }
    }

    /** Puts {@code item} in the queue unless the consumer closed first; false when it did. */
    private boolean hand(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public boolean hasNext() {
        if (next < batch.size()) {
            return true;
        }
        if (ended) {
            return false;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
        if (item == END) {
            ended = true;
            return false;
        }
        if (item instanceof Failure failure) {
            ended = true;
            if (failure.thrown() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure.thrown();
        }
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) item;
        batch = items;
        next = 0;
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
    }

    /** Stops the producing thread and waits for it, so that the source is no longer in use. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (producer.isAlive()) {
            try {
                producer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
