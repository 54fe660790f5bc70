package dev.trustmap.evidence.assessment;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.vocabulary.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
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
import java.util.TreeMap;

/**
 * The findings of an assessment, in the assessment's order: by severity, then control, then identity and
 * credential. Each control's findings arrive together, so they are kept in one segment per severity and control,
 * each sorted on arrival, and the order comes from reading the segments in turn; nothing is sorted as a whole.
 * Segments are held in memory up to a number of findings; past it, every segment is written to a temporary file,
 * and the list handed out reads them back on each walk, so a million identities' findings never sit in memory.
 */
final class FindingStore {

    /** Findings held in memory before the store spills to disk. */
    static final int DEFAULT_MEMORY_LIMIT = 250_000;

    private static final Comparator<Finding> WITHIN_SEGMENT = Comparator
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
    private final Map<Key, Path> spilled = new TreeMap<>();
    private int heldCount;
    private int size;
    private Path dir;

    FindingStore(int memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    /** Every finding of one control, in the order the check reported them. */
    void addControl(String control, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(WITHIN_SEGMENT); // stable: equal subjects keep the check's order
        Map<Key, List<Finding>> segments = new TreeMap<>();
        for (Finding f : sorted) {
            segments.computeIfAbsent(new Key(f.severity().ordinal(), control), k -> new ArrayList<>()).add(f);
        }
        size += sorted.size();
        if (dir != null) {
            segments.forEach(this::spill);
            return;
        }
        held.putAll(segments);
        heldCount += sorted.size();
        if (heldCount > memoryLimit) {
            held.forEach(this::spill);
            held.clear();
            heldCount = 0;
        }
    }

    /** All the findings, in order: a plain list when they fit in memory, else one read from disk on each walk. */
    List<Finding> findings() {
        if (dir == null) {
            List<Finding> all = new ArrayList<>(size);
            held.values().forEach(all::addAll);
            return all;
        }
        return new Spilled(new ArrayList<>(spilled.values()), size);
    }

    private void spill(Key key, List<Finding> segment) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("trustmap-findings-");
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(key.severity() + "-" + spilled.size() + ".bin");
            file.toFile().deleteOnExit(); // registered after the folder, so deleted before it
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                    1 << 16))) {
                for (Finding f : segment) {
                    write(out, f);
                }
            }
            spilled.put(key, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write findings to a temporary file: " + e.getMessage(), e);
        }
    }

    private static void write(DataOutputStream out, Finding f) throws IOException {
        out.writeBoolean(true);
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

    /**
     * The spilled findings as a list: walked by reading the segment files in order. {@link #get} walks from the
     * start, so index into it only when the list is small; iterate otherwise.
     */
    private static final class Spilled extends ReplayedList<Finding> {

        private final List<Path> segments;
        private final int size;

        Spilled(List<Path> segments, int size) {
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
                private DataInputStream in;
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
                        while (true) {
                            if (in != null) {
                                try {
                                    if (in.readBoolean()) {
                                        return read(in);
                                    }
                                } catch (EOFException end) {
                                    // this segment is done
                                }
                                in.close();
                                in = null;
                            }
                            if (++segment >= segments.size()) {
                                return null;
                            }
                            in = new DataInputStream(new BufferedInputStream(
                                    Files.newInputStream(segments.get(segment)), 1 << 16));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read back the findings: " + e.getMessage(), e);
                    }
                }
            };
        }
    }
}
