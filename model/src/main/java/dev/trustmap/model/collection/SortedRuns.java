package dev.trustmap.model.collection;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Values too many to hold, written to temporary files as sorted runs and read back merged into one ordered stream:
 * the records of a large import, the findings of a large assessment.
 *
 * <p>Among values the order calls equal, an earlier run's come first and a run keeps its own order, so whatever
 * order values arrived in survives the round trip: a sort that is stable across runs. At most {@link #FAN_IN} runs
 * are read at once; when there are more, consecutive runs are first merged in groups into longer ones (which keeps
 * the tie order), so the number of open files stays bounded however large the input.
 *
 * @param <T> the values
 */
public final class SortedRuns<T> {

    /** How a value is written to a run and read back. */
    public interface Codec<T> {
        void write(DataOutputStream out, T value) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    /** At most this many runs are read at once. */
    public static final int FAN_IN = 64;

    private record Run(Path file, long count) {
    }

    private final SpillFolder folder;
    private final String kind;
    private final Comparator<? super T> order;
    private final Codec<T> codec;
    private final int fanIn;
    private final List<Run> runs = new ArrayList<>();

    /**
     * @param folder where the runs are written
     * @param kind names the files, for whoever looks in the folder
     * @param order the order each run is written in and the merge reads in
     */
    public SortedRuns(SpillFolder folder, String kind, Comparator<? super T> order, Codec<T> codec) {
        this(folder, kind, order, codec, FAN_IN);
    }

    /** As above, reading at most {@code fanIn} runs at once (at least 2); small values let tests see the groups. */
    public SortedRuns(SpillFolder folder, String kind, Comparator<? super T> order, Codec<T> codec, int fanIn) {
        if (fanIn < 2) {
            throw new IllegalArgumentException("fan-in " + fanIn + " cannot merge anything");
        }
        this.folder = folder;
        this.kind = kind;
        this.order = order;
        this.codec = codec;
        this.fanIn = fanIn;
    }

    /** True once a run has been written. */
    public boolean any() {
        return !runs.isEmpty();
    }

    /** Writes values already in this collection's order as the next run; nothing is written for none. */
    public void write(Iterable<? extends T> sorted) {
        Iterator<? extends T> values = sorted.iterator();
        if (values.hasNext()) {
            runs.add(write(values));
        }
    }

    /**
     * Every value of every run, in order, followed among equals by those of {@code newest}: values held in memory,
     * in this collection's order, that arrived after every run's.
     *
     * @param consume true to delete each run as it is read to its end, so the merge can be walked once; false to
     *     keep the runs for another walk
     */
    public Merge<T> merge(Iterator<? extends T> newest, boolean consume) {
        int sources = runs.size() + (newest.hasNext() ? 1 : 0);
        while (sources > fanIn) {
            List<Run> longer = new ArrayList<>();
            for (int from = 0; from < runs.size(); from += fanIn) {
                List<Run> group = runs.subList(from, Math.min(runs.size(), from + fanIn));
                longer.add(group.size() == 1 ? group.get(0) : combine(group));
            }
            runs.clear();
            runs.addAll(longer);
            sources = runs.size() + (newest.hasNext() ? 1 : 0);
        }
        List<Source<T>> all = new ArrayList<>();
        for (Run run : runs) {
            all.add(new RunSource<>(run, codec, all.size(), consume));
        }
        if (newest.hasNext()) {
            all.add(new HeldSource<>(newest, all.size()));
        }
        if (consume) {
            runs.clear();
        }
        return new Merge<>(all, order);
    }

    /** Merges consecutive runs into one longer run and deletes them. */
    private Run combine(List<Run> group) {
        List<Source<T>> sources = new ArrayList<>();
        for (Run run : group) {
            sources.add(new RunSource<>(run, codec, sources.size(), true));
        }
        try (Merge<T> merge = new Merge<>(sources, order)) {
            return write(merge);
        }
    }

    private Run write(Iterator<? extends T> values) {
        Path file = folder.newFile(kind);
        long count = 0;
        try (DataOutputStream out = SpillStreams.output(file)) {
            while (values.hasNext()) {
                codec.write(out, values.next());
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + kind + " to a temporary file " + file + ": "
                    + e.getMessage(), e);
        }
        return new Run(file, count);
    }

    /** The values of several sorted sources as one sorted stream; ties go to the source added first. */
    public static final class Merge<T> implements Iterator<T>, AutoCloseable {
        private final List<Source<T>> sources;
        private final PriorityQueue<Source<T>> queue;

        private Merge(List<Source<T>> sources, Comparator<? super T> order) {
            this.sources = sources;
            Comparator<Source<T>> next = (a, b) -> order.compare(a.current, b.current);
            this.queue = new PriorityQueue<>(Math.max(1, sources.size()), next.thenComparingInt(s -> s.rank));
            for (Source<T> source : sources) {
                if (source.advance()) {
                    queue.add(source);
                } else {
                    source.close();
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !queue.isEmpty();
        }

        /** The next value without taking it. */
        public T peek() {
            if (queue.isEmpty()) {
                throw new NoSuchElementException();
            }
            return queue.peek().current;
        }

        @Override
        public T next() {
            Source<T> source = queue.poll();
            if (source == null) {
                throw new NoSuchElementException();
            }
            T value = source.current;
            if (source.advance()) {
                queue.add(source);
            } else {
                source.close();
            }
            return value;
        }

        @Override
        public void close() {
            sources.forEach(Source::close);
        }
    }

    /** One sorted stream of values: a run on disk, or values held in memory. */
    private abstract static class Source<T> {
        final int rank;
        T current;

        Source(int rank) {
            this.rank = rank;
        }

        /** Moves to the next value; false (and no current value) at the end. */
        abstract boolean advance();

        void close() {
        }
    }

    private static final class RunSource<T> extends Source<T> {
        private final Run run;
        private final Codec<T> codec;
        private final boolean consume;
        private DataInputStream in;
        private long left;

        RunSource(Run run, Codec<T> codec, int rank, boolean consume) {
            super(rank);
            this.run = run;
            this.codec = codec;
            this.consume = consume;
            this.left = run.count();
        }

        @Override
        boolean advance() {
            if (left == 0) {
                current = null;
                return false;
            }
            try {
                if (in == null) {
                    in = SpillStreams.input(run.file());
                }
                left--;
                current = codec.read(in);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back a temporary file " + run.file() + ": "
                        + e.getMessage(), e);
            }
        }

        @Override
        void close() {
            try {
                if (in != null) {
                    in.close();
                    in = null;
                }
            } catch (IOException e) {
                // only read from; nothing is lost
            }
            if (consume) {
                SpillFolder.delete(run.file());
            }
        }
    }

    private static final class HeldSource<T> extends Source<T> {
        private final Iterator<? extends T> values;

        HeldSource(Iterator<? extends T> values, int rank) {
            super(rank);
            this.values = values;
        }

        @Override
        boolean advance() {
            if (!values.hasNext()) {
                current = null;
                return false;
            }
            current = values.next();
            return true;
        }
    }
}
