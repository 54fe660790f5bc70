package dev.trustmap.reports.build;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Remediation;
import dev.trustmap.model.collection.DaemonPool;
import dev.trustmap.model.vocabulary.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code board-tally.json}: the board's counts of the findings ({@link FindingTally}), kept by {@code trustmap assess}
 * beside the {@code assessment.json} it counted them from. A board then reads the assessment without its findings
 * array, which is nearly all of the file at scale.
 *
 * <p>The tally names the assessment file it was counted from by its size and digest, and where the findings array lies
 * in it. It is used only while the file still has that digest, so the board is the one a full read of the file gives;
 * a tally that is missing, unreadable or of another file is passed over, and the findings are counted from the file.
 *
 * <p>The digest is SHA-256 over the SHA-256 digests of the file's pieces of {@value #PIECE} bytes, in order, so that
 * the pieces can be hashed on every core; the piece size is fixed, so the digest does not depend on the cores.
 */
public final class BoardTally {

    /** The file's name, beside {@code assessment.json}. */
    public static final String FILE = "board-tally.json";

    static final int PIECE = 64 << 20;

    private static final int SCHEMA_VERSION = 1;
    private static final byte[] NO_FINDINGS = "[]".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path assessmentFile;
    private final FindingTally tally;
    private final long findingsFrom;
    private final long findingsTo;

    private BoardTally(Path assessmentFile, FindingTally tally, long findingsFrom, long findingsTo) {
        this.assessmentFile = assessmentFile;
        this.tally = tally;
        this.findingsFrom = findingsFrom;
        this.findingsTo = findingsTo;
    }

    /** The counts, as counting the file's findings gives them. */
    public FindingTally tally() {
        return tally;
    }

    /**
     * {@code withoutFindings}, the assessment read through {@link #assessmentWithoutFindings}, when the tally's totals
     * are those it states itself (open findings, overdue ones, overdue critical ones and the most overdue of those);
     * empty when they are not, after {@code passedOver} hears why. The assessment's totals come from the same
     * digest-checked file, so a tally edited on its own is caught here, except for how its counts are spread across
     * the controls.
     */
    public Optional<Assessment> agreeing(Assessment withoutFindings, Consumer<String> passedOver) {
        Optional<String> why = disagreement(withoutFindings);
        why.ifPresent(reason -> passedOver.accept(assessmentFile.resolveSibling(FILE) + " disagrees with the totals of "
                + assessmentFile + " (" + reason + "); the findings are counted from the file instead."));
        return why.isPresent() ? Optional.empty() : Optional.of(withoutFindings);
    }

    private Optional<String> disagreement(Assessment assessment) {
        Remediation remediation = assessment.remediation();
        if (remediation == null) { // an assessment of the first schema: 'trustmap assess' never kept a tally of one
            return Optional.of("it keeps no remediation figures to check the tally against");
        }
        int open = 0;
        int overdue = 0;
        for (String control : tally.controls()) {
            open += tally.open(control);
            overdue += tally.overdue(control);
        }
        List<FindingTally.Overdue> most = tally.overdueCritical();
        String oldest = most.isEmpty() ? null : most.get(0).id();
        Long oldestDays = most.isEmpty() ? null : (long) most.get(0).daysOverdue();
        if (open != assessment.kpis().openFindings()) {
            return Optional.of(open + " open findings against the assessment's " + assessment.kpis().openFindings());
        }
        if (overdue != remediation.overdue()) {
            return Optional.of(overdue + " overdue findings against the assessment's " + remediation.overdue());
        }
        int critical = remediation.overdueBySeverity().getOrDefault(Severity.CRITICAL, 0);
        if (tally.overdueCriticalCount() != critical || most.size() != Math.min(critical,
                FindingTally.OVERDUE_CRITICAL_SHOWN) || !Objects.equals(oldest, remediation.oldestOverdueCritical())
                || !Objects.equals(oldestDays, remediation.oldestOverdueCriticalDays())) {
            return Optional.of("its overdue critical findings are not the assessment's");
        }
        return Optional.empty();
    }

    /** The assessment file with an empty findings array in place of its own: everything else the board reads. */
    public InputStream assessmentWithoutFindings() throws IOException {
        return new SequenceInputStream(Collections.enumeration(List.of(range(0, findingsFrom),
                new ByteArrayInputStream(NO_FINDINGS), range(findingsTo, Long.MAX_VALUE))));
    }

    /** The file's bytes from {@code from} up to {@code to} or its end, opened when first read. */
    private InputStream range(long from, long to) {
        return new InputStream() {
            private InputStream in;
            private long left = to - from;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                if (in == null) {
                    in = Channels.newInputStream(FileChannel.open(assessmentFile, StandardOpenOption.READ)
                            .position(from));
                }
                int n = in.read(bytes, offset, (int) Math.min(length, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                if (in != null) {
                    in.close();
                }
            }
        };
    }

    /**
     * Writes the tally of the findings of {@code assessmentFile}, just written, whose findings array lies from
     * {@code findingsFrom} to {@code findingsTo}.
     */
    public static void write(FindingTally tally, Path assessmentFile, long findingsFrom, long findingsTo,
            OutputStream out) throws IOException {
        long size = Files.size(assessmentFile);
        String digest = digest(assessmentFile);
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            // line ends are \n on every system: the same bytes everywhere
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("about", "The board's counts of the open findings of assessment.json, kept by"
                    + " 'trustmap assess' so that a board need not read every finding. Used only while"
                    + " assessment.json has the size and digest below; otherwise the findings are counted again.");
            json.writeObjectFieldStart("assessment");
            json.writeNumberField("bytes", size);
            json.writeNumberField("pieceBytes", PIECE);
            json.writeStringField("sha256OfPieces", digest);
            json.writeNumberField("findingsFrom", findingsFrom);
            json.writeNumberField("findingsTo", findingsTo);
            json.writeEndObject();
            json.writeArrayFieldStart("controls");
            List<String> controls = new ArrayList<>();
            tally.controls().forEach(controls::add);
            controls.sort(null);
            for (String control : controls) {
                json.writeStartObject();
                json.writeStringField("control", control);
                json.writeNumberField("open", tally.open(control));
                json.writeNumberField("openHighOrCritical", tally.openHighOrCritical(control));
                json.writeNumberField("overdue", tally.overdue(control));
                json.writeStringField("worst", tally.worst(control).key());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("overdueCritical", tally.overdueCriticalCount());
            json.writeArrayFieldStart("mostOverdueCritical");
            for (FindingTally.Overdue o : tally.overdueCritical()) {
                json.writeStartObject();
                json.writeStringField("id", o.id());
                json.writeStringField("control", o.control());
                json.writeStringField("identity", o.identity());
                json.writeStringField("owner", o.owner());
                json.writeStringField("dueOn", o.dueOn());
                json.writeNumberField("daysOverdue", o.daysOverdue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * The tally kept beside {@code assessmentFile}, when there is one and the file is still the one it was counted
     * from; {@code passedOver} hears why a tally that is there is not used.
     */
    public static Optional<BoardTally> read(Path assessmentFile, Consumer<String> passedOver) {
        Path file = assessmentFile.resolveSibling(FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(assessmentFile)) {
            return Optional.empty(); // without the assessment, reading it says what is wrong
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (root == null || root.path("schemaVersion").asInt() != SCHEMA_VERSION) {
                passedOver.accept(file + " is not of a schema this version reads; the findings are counted from "
                        + assessmentFile + " instead.");
                return Optional.empty();
            }
            JsonNode of = root.path("assessment");
            long from = of.path("findingsFrom").asLong(-1);
            long to = of.path("findingsTo").asLong(-1);
            if (of.path("pieceBytes").asLong() != PIECE || Files.size(assessmentFile) != of.path("bytes").asLong(-1)
                    || from < 0 || to <= from || !digest(assessmentFile).equals(of.path("sha256OfPieces").asText())) {
                passedOver.accept(file + " was counted from another " + assessmentFile.getFileName() + " (it has"
                        + " changed since 'trustmap assess' wrote both); the findings are counted from the file.");
                return Optional.empty();
            }
            return Optional.of(new BoardTally(assessmentFile, tally(root), from, to));
        } catch (IOException | IllegalArgumentException e) {
            // a file that cannot be read at all is reported by the full read that follows
            passedOver.accept(file + " cannot be read (" + String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse("") + "); the findings are counted from " + assessmentFile + " instead.");
            return Optional.empty();
        }
    }

    private static FindingTally tally(JsonNode root) {
        FindingTally tally = new FindingTally();
        for (JsonNode c : root.path("controls")) {
            Severity worst = Severity.fromKey(c.path("worst").asText()).orElseThrow(
                    () -> new IllegalArgumentException("a control's worst severity is not one"));
            tally.restore(text(c, "control"), c.path("open").asInt(), c.path("openHighOrCritical").asInt(),
                    c.path("overdue").asInt(), worst);
        }
        List<FindingTally.Overdue> overdue = new ArrayList<>();
        for (JsonNode o : root.path("mostOverdueCritical")) {
            String owner = o.path("owner").isNull() ? null : text(o, "owner");
            overdue.add(new FindingTally.Overdue(text(o, "id"), text(o, "control"), text(o, "identity"), owner,
                    text(o, "dueOn"), o.path("daysOverdue").asInt()));
        }
        tally.restore(root.path("overdueCritical").asInt(), overdue);
        return tally;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value.asText();
    }

    /** SHA-256 over the SHA-256 digests of the file's pieces, the pieces hashed side by side. */
    static String digest(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int pieces = (int) Math.max(1, (size + PIECE - 1) / PIECE);
            ExecutorService pool = DaemonPool.of("trustmap-digest", DaemonPool.threadsFor(pieces));
            try {
                List<Future<byte[]>> digests = new ArrayList<>();
                for (int i = 0; i < pieces; i++) {
                    long start = (long) i * PIECE;
                    long length = Math.min(PIECE, size - start);
                    digests.add(pool.submit(() -> piece(channel, start, length)));
                }
                MessageDigest all = sha256();
                for (Future<byte[]> d : digests) {
                    all.update(d.get());
                }
                return HexFormat.of().formatHex(all.digest());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while hashing " + file, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                DaemonPool.stop(pool);
            }
        }
    }

    private static byte[] piece(FileChannel channel, long start, long length) throws IOException {
        MessageDigest digest = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        long at = start;
        long end = start + length;
        while (at < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("the file ended while it was being hashed");
            }
            digest.update(buffer.array(), 0, n);
            at += n;
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
