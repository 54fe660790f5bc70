package dev.trustmap.model.collection;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        return new SpillInput(new Input(Files.newInputStream(file)));
    }

    /** A string or null, as {@link #readText} reads it: its UTF-8 length (-1 for null), then its UTF-8 bytes. */
    public static void writeText(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * A string or null as {@link #writeText} wrote it. From a temporary file opened by {@link #input}, the string is
     * decoded straight from the read buffer, without a copy of its bytes of its own.
     */
    public static String readText(DataInputStream in) throws IOException {
        return readText(in, -1);
    }

    /**
     * As {@link #readText(DataInputStream)}, for a field whose value often repeats from one record to the next (a
     * control id, a remediation text): from a temporary file opened by {@link #input}, when the bytes are those of
     * the last value read in the same {@code slot} (0 to {@value #SLOTS} - 1), that same string is returned rather
     * than a new copy. A slot of -1 keeps nothing.
     */
    public static String readText(DataInputStream in, int slot) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (in instanceof SpillInput spill) {
            String text = slot < 0 ? spill.buffer.decode(length) : spill.repeated(slot, length);
            if (text != null) {
                return text;
            }
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** How many repeating fields {@link #readText(DataInputStream, int)} remembers. */
    public static final int SLOTS = 16;

    /** A data stream that knows its buffer, and the last value of each repeating field. */
    private static final class SpillInput extends DataInputStream {
        private final Input buffer;
        private final String[] lastText = new String[SLOTS];
        private final byte[][] lastBytes = new byte[SLOTS][];

        SpillInput(Input buffer) {
            super(buffer);
            this.buffer = buffer;
        }

        /** The next {@code length} bytes as text, the slot's last string if they are its bytes; null if unbuffered. */
        String repeated(int slot, int length) {
            byte[] last = lastBytes[slot];
            if (last != null && buffer.startsWith(last, length)) {
                return lastText[slot];
            }
            int start = buffer.position;
            String text = buffer.decode(length);
            if (text != null) {
                lastBytes[slot] = Arrays.copyOfRange(buffer.buffer, start, start + length);
                lastText[slot] = text;
            }
            return text;
        }
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

        /** True, and the bytes taken, when the next {@code length} bytes are buffered and are {@code bytes}. */
        boolean startsWith(byte[] bytes, int length) {
            if (bytes.length != length || limit - position < length
                    || Arrays.mismatch(buffer, position, position + length, bytes, 0, length) >= 0) {
                return false;
            }
            position += length;
            return true;
        }

        /** The next {@code length} bytes as UTF-8, when they are all in the buffer; else null, and nothing taken. */
        String decode(int length) {
            if (limit - position < length) {
                return null;
            }
            String text = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
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
