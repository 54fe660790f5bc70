package dev.trustmap.model.collection;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Buffered data streams over trustmap's temporary files. A codec reads and writes a value a few bytes at a time
 * ({@code readInt} is four single-byte reads), and the JDK's buffered streams take a lock on every one of them; these
 * buffers are for one thread and take none. A large run reads its spilled findings back once per report, so this is
 * on the path of every finding of every walk.
 */
public final class SpillStreams {

    private static final int BUFFER = 1 << 16;

    private SpillStreams() {
    }

    /** A temporary file to read from the start, buffered. */
    public static DataInputStream input(Path file) throws IOException {
        return new DataInputStream(new Input(Files.newInputStream(file)));
    }

    /** A temporary file to write, created or truncated, buffered. */
    public static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new Output(Files.newOutputStream(file)));
    }

    private static final class Input extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;

        Input(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            if (position == limit) {
                if (length >= BUFFER) {
                    return in.read(into, offset, length); // a large read skips the buffer
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, limit - position);
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() throws IOException {
            return limit - position + in.available();
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, BUFFER);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Output extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int count;

        Output(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == BUFFER) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] from, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, from.length);
            if (length >= BUFFER) {
                drain();
                out.write(from, offset, length);
                return;
            }
            if (length > BUFFER - count) {
                drain();
            }
            System.arraycopy(from, offset, buffer, count, length);
            count += length;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        private void drain() throws IOException {
            if (count > 0) {
                out.write(buffer, 0, count);
                count = 0;
            }
        }

        @Override
        public void close() throws IOException {
            try (OutputStream closing = out) {
                drain();
            }
        }
    }
}
