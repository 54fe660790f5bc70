package dev.trustmap.evidence;

import dev.trustmap.model.collection.SpillFolder;
import dev.trustmap.model.inventory.Identity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Identity records as importers sent them, each with the number of the file it came from, handed back grouped by
 * id in id order. They are held by id until the builder says to spill; then they are written to a temporary file
 * as a run, sorted by id, and let go. Reading back merges the runs (and what is still held), so the import's
 * memory does not grow with the estate.
 *
 * <p>Records are kept as they came, not merged on arrival: {@link Identity#mergedWith} is not associative (which
 * privilege reason wins depends on how the records are grouped), so the only way a spilled import gives exactly
 * what a held one does is to merge every id's records left to right in arrival order, once, at the end. Within a
 * run an id's records stay in arrival order, and runs are read with ties broken by run number, which is arrival
 * order across runs.
 */
final class IdentityRuns {

    /** One record, with the position of the file that sent it among the files the import read. */
    record Sent(int file, Identity identity) {
    }

    /** At most this many runs are read at once; more are first merged in groups into longer runs. */
    static final int FAN_IN = 64;
    private static final int BUFFER = 1 << 16;

    private record Run(Path file, long records) {
    }

    private final String kind;
    private final SpillFolder folder;
    private final TreeMap<String, List<Sent>> held = new TreeMap<>();
    private final List<Run> runs = new ArrayList<>();

    IdentityRuns(String kind, SpillFolder folder) {
        this.kind = kind;
        this.folder = folder;
    }

    void add(int file, Identity identity) {
        held.computeIfAbsent(identity.id(), id -> new ArrayList<>(2)).add(new Sent(file, identity));
    }

    /** True once a run has been written: the merged result is then too large to hold as well. */
    boolean spilled() {
        return !runs.isEmpty();
    }

    /** Writes what is held as a run, sorted by id, and lets it go. */
    void spill() {
        if (held.isEmpty()) {
            return;
        }
        Path file = folder.newFile(kind);
        long records = 0;
        IdentityCodec codec = new IdentityCodec();
        try (DataOutputStream out = output(file)) {
            for (List<Sent> sent : held.values()) {
                for (Sent s : sent) {
                    out.writeInt(s.file());
                    codec.write(out, s.identity());
                    records++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write imported identities to a temporary file " + file + ": "
                    + e.getMessage(), e);
        }
        runs.add(new Run(file, records));
        held.clear();
    }

    /**
     * Every record, grouped by id in id order, each group in arrival order. Consumes what is held and deletes the
     * runs as they are read, so it can be asked for once.
     */
    Groups groups() {
        while (runs.size() > FAN_IN) {
            List<Run> longer = new ArrayList<>();
            for (int from = 0; from < runs.size(); from += FAN_IN) {
                List<Run> group = runs.subList(from, Math.min(runs.size(), from + FAN_IN));
                longer.add(group.size() == 1 ? group.get(0) : combine(group));
            }
            runs.clear();
            runs.addAll(longer);
        }
        List<Source> sources = new ArrayList<>();
        for (Run run : runs) {
            sources.add(new RunSource(run, sources.size()));
        }
        sources.add(new HeldSource(held, sources.size())); // held records came after every run's
        runs.clear();
        return new Groups(sources);
    }

    /** Merges consecutive runs into one, records in the order they will be read: by id, then by run. */
    private Run combine(List<Run> group) {
        Path file = folder.newFile(kind);
        long records = 0;
        List<Source> sources = new ArrayList<>();
        for (Run run : group) {
            sources.add(new RunSource(run, sources.size()));
        }
        IdentityCodec codec = new IdentityCodec();
        try (Groups merge = new Groups(sources); DataOutputStream out = output(file)) {
            while (merge.hasNext()) {
                for (Sent s : merge.next()) {
                    out.writeInt(s.file());
                    codec.write(out, s.identity());
                    records++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write imported identities to a temporary file " + file + ": "
                    + e.getMessage(), e);
        }
        return new Run(file, records);
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
    }

    /** A sorted stream of records: a run on disk, or what is held. */
    private abstract static class Source {
        final int order;
        Sent current;

        Source(int order) {
            this.order = order;
        }

        String id() {
            return current.identity().id();
        }

        /** Moves to the next record; false (and no current record) at the end. */
        abstract boolean advance();

        void close() {
        }
    }

    private static final class RunSource extends Source {
        private final Run run;
        private final IdentityCodec codec = new IdentityCodec();
        private DataInputStream in;
        private long left;

        RunSource(Run run, int order) {
            super(order);
            this.run = run;
            this.left = run.records();
        }

        @Override
        boolean advance() {
            try {
                if (in == null) {
                    in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file()), BUFFER));
                }
                if (left == 0) {
                    current = null;
                    return false;
                }
                left--;
                int file = in.readInt();
                current = new Sent(file, codec.read(in));
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back imported identities from a temporary file "
                        + run.file() + ": " + e.getMessage(), e);
            }
        }

        @Override
        void close() {
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException e) {
                // only read from; nothing is lost
            }
            SpillFolder.delete(run.file());
        }
    }

    private static final class HeldSource extends Source {
        private final TreeMap<String, List<Sent>> held;
        private Iterator<Sent> group = List.<Sent>of().iterator();

        HeldSource(TreeMap<String, List<Sent>> held, int order) {
            super(order);
            this.held = held;
        }

        @Override
        boolean advance() {
            if (!group.hasNext()) {
                // taken out as they are read, so the merged result can take their place in memory
                Map.Entry<String, List<Sent>> next = held.pollFirstEntry();
                if (next == null) {
                    current = null;
                    return false;
                }
                group = next.getValue().iterator();
            }
            current = group.next();
            return true;
        }
    }

    /** The records of every source, one id's group at a time, in id order. */
    static final class Groups implements AutoCloseable {

        private static final Comparator<Source> ORDER = Comparator.comparing(Source::id)
                .thenComparingInt(s -> s.order);

        private final List<Source> sources;
        private final PriorityQueue<Source> queue = new PriorityQueue<>(ORDER);

        private Groups(List<Source> sources) {
            this.sources = sources;
            for (Source source : sources) {
                if (source.advance()) {
                    queue.add(source);
                } else {
                    source.close();
                }
            }
        }

        boolean hasNext() {
            return !queue.isEmpty();
        }

        /** The id of the next group. */
        String peekId() {
            return queue.peek().id();
        }

        /** The next id's records, in arrival order. */
        List<Sent> next() {
            String id = peekId();
            List<Sent> group = new ArrayList<>(2);
            while (!queue.isEmpty() && queue.peek().id().equals(id)) {
                Source source = queue.poll();
                group.add(source.current);
                if (source.advance()) {
                    queue.add(source);
                } else {
                    source.close();
                }
            }
            return group;
        }

        @Override
        public void close() {
            sources.forEach(Source::close);
        }
    }
}
