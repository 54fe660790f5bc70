package dev.trustmap.evidence;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakReference;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.ToolVerdict;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Identities in the compact binary form of the import's temporary files. Only this JVM reads what it wrote, so
 * the form is free to change; what matters is that an identity read back equals the one written, field for field,
 * whatever its strings hold (unpaired surrogates included), because a spilled import must give the same inventory
 * as one held in memory.
 *
 * <p>A record is its length, then its fields (the id first). Each record is put together in a byte array of the
 * codec's and written or read in one piece: going through a stream a byte at a time made writing three times
 * slower than reading. One codec serves one stream at a time.
 */
final class IdentityCodec {

    private static final ActorClass[] ACTOR_CLASSES = ActorClass.values();
    private static final CredentialKind[] KINDS = CredentialKind.values();
    private static final ManagedBy[] MANAGERS = ManagedBy.values();
    private static final ToolVerdict[] VERDICTS = ToolVerdict.values();

    private byte[] buf = new byte[4096];
    /** While writing, the bytes put so far; while reading, the next byte to take. */
    private int at;

    void write(DataOutputStream out, Identity i) throws IOException {
        at = 0;
        text(i.id());
        text(i.name());
        text(i.platform());
        text(i.account());
        put(i.actorClass() == null ? 0 : i.actorClass().ordinal() + 1);
        text(i.actorClassReason());
        text(i.environment());
        text(i.system());
        text(i.status());
        time(i.lastUsedAt());
        text(i.technicalOwner());
        text(i.businessOwner());
        text(i.purpose());
        bool(i.privileged());
        text(i.privilegeReason());
        texts(i.scopes());
        text(i.onBehalfOf());
        text(i.executesAs());
        text(i.parentIdentity());
        text(i.approvedBy());
        time(i.approvalExpiresAt());
        time(i.taskEndsAt());
        time(i.decommissionOn());
        texts(i.sources());
        count(i.credentials().size());
        for (Credential c : i.credentials()) {
            credential(c);
        }
        count(i.externalResults().size());
        for (ExternalResult r : i.externalResults()) {
            result(r);
        }
        out.writeInt(at);
        out.write(buf, 0, at);
    }

    Identity read(DataInputStream in) throws IOException {
        fill(in);
        Identity.Builder b = Identity.builder(text());
        b.name(text()).platform(text()).account(text());
        int actorClass = take();
        b.actorClass(actorClass == 0 ? null : ACTOR_CLASSES[actorClass - 1]);
        b.actorClassReason(text()).environment(text()).system(text()).status(text()).lastUsedAt(time())
                .technicalOwner(text()).businessOwner(text()).purpose(text()).privileged(bool())
                .privilegeReason(text()).scopes(texts()).onBehalfOf(text()).executesAs(text())
                .parentIdentity(text()).approvedBy(text()).approvalExpiresAt(time()).taskEndsAt(time())
                .decommissionOn(time()).sources(texts());
        int credentials = count();
        List<Credential> list = new ArrayList<>(credentials);
        for (int k = 0; k < credentials; k++) {
            list.add(credential());
        }
        int results = count();
        List<ExternalResult> external = new ArrayList<>(results);
        for (int k = 0; k < results; k++) {
            external.add(result());
        }
        return b.credentials(list).externalResults(external).build();
    }

    /** The id of the next record, the rest of it unread. */
    String readId(DataInputStream in) throws IOException {
        fill(in);
        return text();
    }

    private void fill(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (buf.length < length) {
            buf = new byte[Math.max(length, buf.length * 2)];
        }
        in.readFully(buf, 0, length);
        at = 0;
    }

    private void credential(Credential c) {
        text(c.id());
        put(c.kind() == null ? 0 : c.kind().ordinal() + 1);
        put(c.managedBy() == null ? 0 : c.managedBy().ordinal() + 1);
        bool(c.active());
        time(c.createdAt());
        time(c.lastRotatedAt());
        time(c.lastUsedAt());
        time(c.expiresAt());
        if (c.ttlSeconds() == null) {
            put(0);
        } else {
            put(1);
            putLong(c.ttlSeconds());
        }
        text(c.fingerprint());
        count(c.leaks().size());
        for (LeakReference l : c.leaks()) {
            text(l.scanner());
            text(l.findingId());
            text(l.rule());
            text(l.location());
            time(l.detectedAt());
        }
        origin(c.origin());
    }

    private void result(ExternalResult r) {
        text(r.tool());
        text(r.check());
        put(r.verdict() == null ? 0 : r.verdict().ordinal() + 1);
        text(r.findingId());
        time(r.observedAt());
        text(r.message());
        origin(r.origin());
    }

    private ExternalResult result() {
        String tool = text();
        String check = text();
        int verdict = take();
        return new ExternalResult(tool, check, verdict == 0 ? null : VERDICTS[verdict - 1], text(), time(), text(),
                origin());
    }

    private void origin(Origin origin) {
        if (origin == null) {
            put(0);
        } else {
            put(1);
            text(origin.file());
            text(origin.location());
        }
    }

    private Origin origin() {
        return take() == 1 ? new Origin(text(), text()) : null;
    }

    private Credential credential() {
        String id = text();
        int kind = take();
        int managedBy = take();
        Boolean active = bool();
        Instant createdAt = time();
        Instant lastRotatedAt = time();
        Instant lastUsedAt = time();
        Instant expiresAt = time();
        Long ttl = take() == 1 ? takeLong() : null;
        String fingerprint = text();
        int leakCount = count();
        List<LeakReference> leaks = new ArrayList<>(leakCount);
        for (int k = 0; k < leakCount; k++) {
            leaks.add(new LeakReference(text(), text(), text(), text(), time()));
        }
        Origin origin = origin();
        return new Credential(id, kind == 0 ? null : KINDS[kind - 1], managedBy == 0 ? null : MANAGERS[managedBy - 1],
                active, createdAt, lastRotatedAt, lastUsedAt, expiresAt, ttl, fingerprint, leaks, origin);
    }

    private void bool(Boolean value) {
        put(value == null ? 0 : value ? 2 : 1);
    }

    private Boolean bool() {
        int value = take();
        return value == 0 ? null : value == 2;
    }

    /** An instant to the nanosecond: most have no fraction, so the nanos are written only when there are some. */
    private void time(Instant value) {
        if (value == null) {
            put(0);
        } else if (value.getNano() == 0) {
            put(1);
            putLong(value.getEpochSecond());
        } else {
            put(2);
            putLong(value.getEpochSecond());
            putLong(value.getNano());
        }
    }

    private Instant time() {
        int form = take();
        if (form == 0) {
            return null;
        }
        long seconds = takeLong();
        return Instant.ofEpochSecond(seconds, form == 2 ? takeLong() : 0);
    }

    private void texts(List<String> values) {
        count(values.size());
        for (String value : values) {
            text(value);
        }
    }

    private List<String> texts() {
        int n = count();
        List<String> values = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            values.add(text());
        }
        return values;
    }

    /**
     * A string, or null. Nearly every string is ASCII, so one whose characters all fit a byte is written a byte a
     * character (read back as Latin-1, which maps each byte to the same character); any other is written as its
     * UTF-16 units, which keeps every char as it was. The header says which, and the length.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exactly "the low byte of each char"
    private void text(String value) {
        if (value == null) {
            count(0);
            return;
        }
        int length = value.length();
        boolean narrow = true;
        for (int k = 0; k < length && narrow; k++) {
            narrow = value.charAt(k) < 0x100;
        }
        count(((length << 1) | (narrow ? 0 : 1)) + 1);
        room(narrow ? length : 2 * length);
        if (narrow) {
            value.getBytes(0, length, buf, at); // a plain copy for a Latin-1 string
            at += length;
            return;
        }
        for (int k = 0; k < length; k++) {
            char c = value.charAt(k);
            buf[at++] = (byte) (c >>> 8);
            buf[at++] = (byte) c;
        }
    }

    private String text() {
        int header = count();
        if (header == 0) {
            return null;
        }
        int length = (header - 1) >>> 1;
        String value;
        if (((header - 1) & 1) == 0) {
            value = new String(buf, at, length, StandardCharsets.ISO_8859_1);
            at += length;
        } else {
            char[] chars = new char[length];
            for (int k = 0; k < length; k++) {
                chars[k] = (char) (((buf[at] & 0xFF) << 8) | (buf[at + 1] & 0xFF));
                at += 2;
            }
            value = new String(chars);
        }
        return value;
    }

    /** A non-negative int in seven-bit groups, low first: one byte for the short strings and lists most are. */
    private void count(int value) {
        room(5);
        int v = value;
        while ((v & ~0x7F) != 0) {
            buf[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[at++] = (byte) v;
    }

    private int count() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = buf[at++] & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    private void put(int b) {
        room(1);
        buf[at++] = (byte) b;
    }

    private int take() {
        return buf[at++] & 0xFF;
    }

    private void putLong(long v) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[at++] = (byte) (v >>> shift);
        }
    }

    private long takeLong() {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | (buf[at++] & 0xFF);
        }
        return v;
    }

    private void room(int bytes) {
        if (at + bytes > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(at + bytes, buf.length * 2));
        }
    }
}
