package dev.trustmap.evidence.file;

import dev.trustmap.model.text.StrictUtf8Reader;
import dev.trustmap.model.text.Utf8Text;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An input file as the user named it, with its head for detection and readers that drop a UTF-8 BOM and refuse
 * bytes that are not UTF-8. The head is decoded leniently: it only guides detection, and it may end mid-character.
 */
public final class EvidenceFile {

    private static final int HEAD_BYTES = 64 * 1024;

    private final Path path;
    private final String name;
    private final AtomicLong bytesRead = new AtomicLong();
    private FileHead head;
    private String sha256;

    public EvidenceFile(Path path) {
        this(path, path.toString());
    }

    public EvidenceFile(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    public Path path() {
        return path;
    }

    /** The name to show in messages and outputs: the path as the user gave it. */
    public String name() {
        return name;
    }

    /** The file's bytes as they are (BOM included). */
    public InputStream open() throws IOException {
        return new BufferedInputStream(new FilterInputStream(Files.newInputStream(path)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        }, 1 << 16);
    }

    /** Bytes read so far through every stream opened on the file, for progress on long imports. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The file's size in bytes. */
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file as UTF-8 text without a leading BOM. Reading from it throws an {@code InputException} naming the
     * line when the file holds bytes that are not UTF-8.
     */
    public Reader reader() throws IOException {
        return StrictUtf8Reader.of(name, open());
    }

    /** The whole file as UTF-8 text without a leading BOM. For formats that are small by nature. */
    public String text() throws IOException {
        try (Reader reader = reader()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1 << 14];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    public FileHead head() {
        if (head == null) {
            try (InputStream in = open()) {
                byte[] bytes = in.readNBytes(HEAD_BYTES);
                boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
                int start = Utf8Text.startsWithBom(bytes) ? 3 : 0;
                String text = zip ? "" : new String(Arrays.copyOfRange(bytes, start, bytes.length),
                        StandardCharsets.UTF_8);
                head = new FileHead(path.getFileName().toString(), text, zip, path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return head;
    }

    /** SHA-256 of the file's bytes, hex. */
    public String sha256() {
        if (sha256 == null) {
            try (InputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                sha256 = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return sha256;
    }

    @Override
    public String toString() {
        return name;
    }
}
