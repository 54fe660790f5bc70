package dev.trustmap.evidence;

import dev.trustmap.model.collection.SortedRuns;
import dev.trustmap.model.collection.SpillFolder;
import dev.trustmap.model.inventory.Identity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
 * order across runs. Files may be read side by side: the records of an id are then put back in file order as they
 * are read (see {@link Groups#next}).
 */
final class IdentityRuns {

    /**
     * One record, with the position of the file that sent it among the files the import read.
     *
     * @param late true for a record added after every file was read (one sent under an alias, filed under the id
     *     it stands for), which comes after the records the files sent
     */
    record Sent(int file, boolean late, Identity identity) {

        /** Where the record stands among its id's: files in order, late records after them. */
        int rank() {
            return late ? Integer.MAX_VALUE : file;
        }
    }

    /** A group's records in the order a sequential import would have received them. */
    private static final Comparator<Sent> ARRIVAL = Comparator.comparingInt(Sent::rank);

    private static final Comparator<Sent> BY_ID = Comparator.comparing(s -> s.identity().id());

    private final TreeMap<String, List<Sent>> held = new TreeMap<>();
    private final SortedRuns<Sent> runs;

    IdentityRuns(String kind, SpillFolder folder) {
        this.runs = new SortedRuns<>(folder, kind, BY_ID, new Codec());
    }

    /** Files a record one of the files sent; not safe across threads (the builder holds a lock). */
    void add(int file, Identity identity) {
        hold(new Sent(file, false, identity));
    }

    /** Files a record after every file was read; it comes after the files' records of its id. */
    void addLate(int file, Identity identity) {
        hold(new Sent(file, true, identity));
    }

    private void hold(Sent sent) {
        held.computeIfAbsent(sent.identity().id(), id -> new ArrayList<>(2)).add(sent);
    }

    /** True once a run has been written: the merged result is then too large to hold as well. */
    boolean spilled() {
        return runs.any();
    }

    /** Writes what is held as a run, sorted by id, and lets it go. */
    void spill() {
        runs.write(() -> held.values().stream().flatMap(List::stream).iterator());
        held.clear();
    }

    /**
     * Every record, grouped by id in id order, each group in arrival order. Consumes what is held and deletes the
     * runs as they are read, so it can be asked for once.
     */
    Groups groups() {
        Iterator<Sent> newest = new Iterator<>() {
            private Iterator<Sent> group = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                return group.hasNext() || !held.isEmpty();
            }

            @Override
            public Sent next() {
                if (!group.hasNext()) {
                    // taken out as they are read, so the merged result can take their place in memory
                    group = held.pollFirstEntry().getValue().iterator();
                }
                return group.next();
            }
        };
        return new Groups(runs.merge(newest, true));
    }

    /** The records one id's group at a time, in id order. */
    static final class Groups implements AutoCloseable {
        private final SortedRuns.Merge<Sent> merge;

        private Groups(SortedRuns.Merge<Sent> merge) {
            this.merge = merge;
        }

        boolean hasNext() {
            return merge.hasNext();
        }

        /** The id of the next group. */
        String peekId() {
            return merge.peek().identity().id();
        }

        /**
         * The next id's records in the order a sequential import would have received them: by file, each file's in
         * the order it sent them, then the late ones in the order they were added. Files read side by side send
         * their records interleaved, but each file's in its own order, and runs are read back in the order they were
         * written, so a stable sort by file restores that order.
         */
        List<Sent> next() {
            String id = peekId();
            List<Sent> group = new ArrayList<>(2);
            while (merge.hasNext() && merge.peek().identity().id().equals(id)) {
                group.add(merge.next());
            }
            if (group.size() > 1) {
                group.sort(ARRIVAL);
            }
            return group;
        }

        /** The groups as an iterator, for a {@link dev.trustmap.model.collection.Prefetch} to read ahead. */
        Iterator<List<Sent>> iterator() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return Groups.this.hasNext();
                }

                @Override
                public List<Sent> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return Groups.this.next();
                }
            };
        }

        @Override
        public void close() {
            merge.close();
        }
    }

    /** A record as the file number and the identity in {@link IdentityCodec}'s form. */
    private static final class Codec implements SortedRuns.Codec<Sent> {
        private final IdentityCodec identities = new IdentityCodec();

        @Override
        public void write(DataOutputStream out, Sent sent) throws IOException {
            out.writeInt(sent.late() ? -1 - sent.file() : sent.file());
            identities.write(out, sent.identity());
        }

        @Override
        public Sent read(DataInputStream in) throws IOException {
            int file = in.readInt();
            Identity identity = identities.read(in);
            return file < 0 ? new Sent(-1 - file, true, identity) : new Sent(file, false, identity);
        }
    }
}
