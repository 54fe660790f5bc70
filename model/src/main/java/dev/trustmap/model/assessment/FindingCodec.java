package dev.trustmap.model.assessment;

import dev.trustmap.model.collection.SortedRuns;
import dev.trustmap.model.collection.SpillStreams;
import dev.trustmap.model.vocabulary.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding as the temporary files of a large run hold it: every field, in a fixed binary layout, read back equal.
 * Only trustmap's own spill files use it; it is no exchange format.
 */
public final class FindingCodec implements SortedRuns.Codec<Finding> {

    public static final FindingCodec INSTANCE = new FindingCodec();

    private FindingCodec() {
    }

    @Override
    public void write(DataOutputStream out, Finding f) throws IOException {
        text(out, f.id());
        text(out, f.control());
        text(out, f.subject().identity());
        text(out, f.subject().credential());
        text(out, f.subject().lane());
        text(out, f.subject().owner());
        text(out, f.subject().kind());
        text(out, f.subject().evidence());
        out.writeByte(f.severity().ordinal());
        text(out, f.observed());
        text(out, f.limit());
        out.writeByte(f.status().ordinal());
        text(out, f.exception());
        text(out, f.exceptionNote());
        out.writeLong(f.firstSeen().getEpochSecond());
        out.writeInt(f.firstSeen().getNano());
        out.writeByte(f.firstSeenBy().ordinal());
        out.writeLong(f.dueOn().toEpochDay());
        out.writeInt(f.daysOverdue());
        out.writeByte(f.change().ordinal());
        text(out, f.remediation());
    }

    @Override
    public Finding read(DataInputStream in) throws IOException {
        // the findings of a walk come by severity and control: the fields that follow the control repeat from one
        // finding to the next (nine times in ten or more at 100,000 identities), and are read back as the same
        // strings (slots of SpillStreams.readText); ids, owners, evidence and observations mostly change
        String id = text(in);
        String control = SpillStreams.readText(in, 0);
        Subject subject = new Subject(text(in), text(in), SpillStreams.readText(in, 1), text(in),
                SpillStreams.readText(in, 2), text(in));
        Severity severity = Severity.values()[in.readByte()];
        String observed = text(in);
        String limit = SpillStreams.readText(in, 3);
        FindingStatus status = FindingStatus.values()[in.readByte()];
        String exception = SpillStreams.readText(in, 4);
        String note = SpillStreams.readText(in, 5);
        Instant firstSeen = Instant.ofEpochSecond(in.readLong(), in.readInt());
        FirstSeenBy by = FirstSeenBy.values()[in.readByte()];
        LocalDate due = LocalDate.ofEpochDay(in.readLong());
        int daysOverdue = in.readInt();
        Change change = Change.values()[in.readByte()];
        return new Finding(id, control, subject, severity, observed, limit, status, exception, note, firstSeen, by,
                due, daysOverdue, change, SpillStreams.readText(in, 6));
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        SpillStreams.writeText(out, value);
    }

    private static String text(DataInputStream in) throws IOException {
        return SpillStreams.readText(in);
    }
}
