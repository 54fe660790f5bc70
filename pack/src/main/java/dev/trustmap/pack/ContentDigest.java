package dev.trustmap.pack;

import java.io.FilterInputStream;
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

        /** {@code in}, adding every byte read through it (skipped ones too) to this digest. */
        InputStream hashing(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        update(new byte[] {(byte) b}, 0, 1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        update(buffer, offset, n);
                    }
                    return n;
                }

                @Override
                public boolean markSupported() {
                    return false; // a reset would hash bytes twice
                }

                @Override
                public long skip(long n) throws IOException {
                    byte[] discard = new byte[(int) Math.min(Math.max(n, 0), 8192)];
                    return Math.max(0, read(discard, 0, discard.length));
                }
            };
        }

        ContentDigest result() {
            return new ContentDigest(size, HexFormat.of().formatHex(sha256.digest()), crc.getValue());
        }
    }
}
