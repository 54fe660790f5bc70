package dev.trustmap.reports.pack;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Size, SHA-256 and CRC-32 of some content, computed as it is read.
 *
 * @param size bytes read
 * @param sha256 lowercase hex
 * @param crc32 as a zip entry records it
 */
record ContentDigest(long size, String sha256, long crc32) {

    /** Reads {@code in} to its end. */
    static ContentDigest of(InputStream in) throws IOException {
        Running running = new Running();
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
            running.update(buffer, 0, n);
        }
        return running.result();
    }

    static ContentDigest of(byte[] content) {
        Running running = new Running();
        running.update(content, 0, content.length);
        return running.result();
    }

    static String sha256Hex(byte[] content) {
        return of(content).sha256();
    }

    /** A digest being computed. */
    static final class Running {
        private final MessageDigest sha256;
        private final CRC32 crc = new CRC32();
        private long size;

        Running() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        void update(byte[] bytes, int offset, int length) {
            sha256.update(bytes, offset, length);
            crc.update(bytes, offset, length);
            size += length;
        }

        ContentDigest result() {
            return new ContentDigest(size, HexFormat.of().formatHex(sha256.digest()), crc.getValue());
        }
    }
}
