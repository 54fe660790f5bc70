package dev.trustmap.assessment;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingCodec;
import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.collection.SortedRuns;
import dev.trustmap.model.collection.SpillFolder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The findings of an assessment, in the assessment's order: by severity, then control, then identity and
 * credential, and for equal subjects in the order the check reported them. Findings arrive one by one while the
 * checks walk the inventory, and are kept in one segment per severity and control. Up to a number of findings they
 * are held in memory; past it, every segment held is sorted and written to a temporary file as a run
 * ({@link SortedRuns}), and the list handed out merges each segment's runs on every walk, so a million identities'
 * findings never sit in memory and nothing is sorted as a whole.
 */
final class FindingStore {

    /** Findings held in memory before the store spills to disk. */
    static final int DEFAULT_MEMORY_LIMIT = 250_000;

    private static final Comparator<Finding> BY_SUBJECT = Comparator
            .comparing((Finding f) -> f.subject().identity())
            .thenComparing(f -> f.subject().credential() == null ? "" : f.subject().credential());

    private record Key(int severity, String control) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return severity != other.severity ? Integer.compare(severity, other.severity)
                    : control.compareTo(other.control);
        }
    }

    private final int memoryLimit;
    private final Map<Key, List<Finding>> held = new TreeMap<>();
    /** Each segment's runs on disk; among equal subjects an older run's findings come first. */
    private final Map<Key, SortedRuns<Finding>> runs = new TreeMap<>();
    private final SpillFolder folder = new SpillFolder("trustmap-findings-", "the findings");
    private int heldCount;
    private int size;

    FindingStore(int memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    /** One finding, as its check reported it. */
    void add(Finding finding) {
        held.computeIfAbsent(new Key(finding.severity().ordinal(), finding.control()), k -> new ArrayList<>())
                .add(finding);
        size++;
        if (++heldCount > memoryLimit) {
            spillHeld();
        }
    }

    /** All the findings, in order: a plain list when they fit in memory, else one read from disk on each walk. */
    List<Finding> findings() {
        if (!folder.used()) {
            List<Finding> all = new ArrayList<>(size);
            held.values().forEach(segment -> {
                segment.sort(BY_SUBJECT); // stable: equal subjects keep the check's order
                all.addAll(segment);
            });
            return all;
        }
        spillHeld();
        return new Spilled(new ArrayList<>(runs.values()), size);
    }

    private void spillHeld() {
        held.forEach((key, segment) -> {
            segment.sort(BY_SUBJECT);
            runs.computeIfAbsent(key, k -> new SortedRuns<>(folder, "findings", BY_SUBJECT, FindingCodec.INSTANCE))
                    .write(segment);
        });
        held.clear();
        heldCount = 0;
    }

    /**
     * The spilled findings as a list, walked segment by segment; each segment's runs are merged by subject, an older
     * run first among equals, which keeps the order the check reported equal subjects in.
     */
    private static final class Spilled extends ReplayedList<Finding> {

        private final List<SortedRuns<Finding>> segments;
        private final int size;

        Spilled(List<SortedRuns<Finding>> segments, int size) {
            this.segments = segments;
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Finding> iterator() {
            return new Iterator<>() {
                private int segment = -1;
                private SortedRuns.Merge<Finding> merge;

                @Override
                public boolean hasNext() {
                    while (merge == null || !merge.hasNext()) {
                        if (merge != null) {
                            merge.close();
                        }
                        if (++segment >= segments.size()) {
                            merge = null;
                            return false;
                        }
                        merge = segments.get(segment).merge(Collections.emptyIterator(), false);
                    }
                    return true;
                }

                @Override
                public Finding next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return merge.next();
                }
            };
        }
    }
}
