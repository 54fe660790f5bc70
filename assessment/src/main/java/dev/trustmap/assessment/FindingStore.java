package dev.trustmap.assessment;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.collection.SpillFolder;
import dev.trustmap.model.vocabulary.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The findings of an assessment, in the assessment's order: by severity, then control, then identity and
 * credential, and for equal subjects in the order the check reported them. Findings arrive one by one while the
 * checks walk the inventory, and are kept in one segment per severity and control. Up to a number of findings they
 * are held in memory; past it, every segment held is sorted and written to a temporary file as a run, and the list
 * handed out merges each segment's runs on every walk, so a million identities' findings never sit in memory and
 * nothing is sorted as a whole.
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
    /** Each segment's runs on disk, oldest first: a run holds findings that arrived before the next run's. */
    private final Map<Key, List<Path>> runs = new TreeMap<>();
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
        List<List<Path>> segments = new ArrayList<>(runs.values());
        return new Spilled(segments, size);
    }

    private void spillHeld() {
        held.forEach((key, segment) -> {
            segment.sort(BY_SUBJECT);
            runs.computeIfAbsent(key, k -> new ArrayList<>()).add(write(segment));
        });
        held.clear();
        heldCount = 0;
    }

    private Path write(List<Finding> run) {
        Path file = folder.newFile("run");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16))) {
            out.writeInt(run.size());
            for (Finding f : run) {
                write(out, f);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write findings to a temporary file: " + e.getMessage(), e);
        }
    }

    private static void write(DataOutputStream out, Finding f) throws IOException {
        text(out, f.id());
        text(out, f.control());
        text(out, f.subject().identity());
        text(out, f.subject().credential());
        text(out, f.subject().lane());
        text(out, f.subject().owner());
        text(out, f.subject().kind());
        out.writeByte(f.severity().ordinal());
        text(out, f.observed());
        text(out, f.limit());
        out.writeByte(f.status().ordinal());
        text(out, f.exception());
        text(out, f.exceptionNote());
        out.writeLong(f.dueOn() == null ? Long.MIN_VALUE : f.dueOn().toEpochDay());
        text(out, f.remediation());
    }

    private static Finding read(DataInputStream in) throws IOException {
        String id = text(in);
        String control = text(in);
        Subject subject = new Subject(text(in), text(in), text(in), text(in), text(in));
        Severity severity = Severity.values()[in.readByte()];
        String observed = text(in);
        String limit = text(in);
        FindingStatus status = FindingStatus.values()[in.readByte()];
        String exception = text(in);
        String note = text(in);
        long due = in.readLong();
        return new Finding(id, control, subject, severity, observed, limit, status, exception, note,
                due == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(due), text(in));
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** One run read back in order. */
    private static final class RunReader implements AutoCloseable {
        private final DataInputStream in;
        private final int order;
        private int left;
        private Finding current;

        RunReader(Path file, int order) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 14));
            this.order = order;
            this.left = in.readInt();
        }

        /** Moves to the next finding; false at the end of the run. */
        boolean advance() throws IOException {
            if (left == 0) {
                current = null;
                return false;
            }
            left--;
            current = read(in);
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * The spilled findings as a list, walked segment by segment; each segment's runs are merged by subject, an older
     * run first among equals, which keeps the order the check reported equal subjects in.
     */
    private static final class Spilled extends ReplayedList<Finding> {

        private static final Comparator<RunReader> NEXT = Comparator
                .comparing((RunReader r) -> r.current, BY_SUBJECT)
                .thenComparingInt(r -> r.order);

        private final List<List<Path>> segments;
        private final int size;

        Spilled(List<List<Path>> segments, int size) {
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
                private final PriorityQueue<RunReader> queue = new PriorityQueue<>(NEXT);
                private Finding next;

                @Override
                public boolean hasNext() {
                    if (next == null) {
                        next = advance();
                    }
                    return next != null;
                }

                @Override
                public Finding next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Finding f = next;
                    next = null;
                    return f;
                }

                private Finding advance() {
                    try {
                        while (queue.isEmpty()) {
                            if (++segment >= segments.size()) {
                                return null;
                            }
                            List<Path> files = segments.get(segment);
                            for (int i = 0; i < files.size(); i++) {
                                RunReader reader = new RunReader(files.get(i), i);
                                if (reader.advance()) {
                                    queue.add(reader);
                                } else {
                                    reader.close();
                                }
                            }
                        }
                        RunReader smallest = queue.poll();
                        Finding f = smallest.current;
                        if (smallest.advance()) {
                            queue.add(smallest);
                        } else {
                            smallest.close();
                        }
                        return f;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read back the findings: " + e.getMessage(), e);
                    }
                }
            };
        }
    }
}
