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
 * order across runs.
 */
final class IdentityRuns {

    /** One record, with the position of the file that sent it among the files the import read. */
    record Sent(int file, Identity identity) {
    }

    private static final Comparator<Sent> BY_ID = Comparator.comparing(s -> s.identity().id());

    private final TreeMap<String, List<Sent>> held = new TreeMap<>();
    private final SortedRuns<Sent> runs;

    IdentityRuns(String kind, SpillFolder folder) {
        this.runs = new SortedRuns<>(folder, kind, BY_ID, new Codec());
    }

    void add(int file, Identity identity) {
        held.computeIfAbsent(identity.id(), id -> new ArrayList<>(2)).add(new Sent(file, identity));
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

        /** The next id's records, in arrival order. */
        List<Sent> next() {
            String id = peekId();
            List<Sent> group = new ArrayList<>(2);
            while (merge.hasNext() && merge.peek().identity().id().equals(id)) {
                group.add(merge.next());
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
            out.writeInt(sent.file());
            identities.write(out, sent.identity());
        }

        @Override
        public Sent read(DataInputStream in) throws IOException {
            int file = in.readInt();
            return new Sent(file, identities.read(in));
        }
    }
}
