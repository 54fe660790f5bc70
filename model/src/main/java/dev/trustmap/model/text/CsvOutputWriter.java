package dev.trustmap.model.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for CSV files, for one thread. Commons CSV writes each cell in several small pieces (a
 * part of a string, a quote, a separator); {@link java.io.BufferedWriter} takes a lock for every one of them, and
 * a plain writer turns each part of a string into a substring. This one copies the characters into its buffer
 * directly, and hands the buffer to the UTF-8 encoder when it is full. The bytes written are the same.
 */
public final class CsvOutputWriter extends Writer {

    private static final int BUFFER = 1 << 16;

    private final Writer out;
    private final char[] buffer = new char[BUFFER];
    private int used;

    public CsvOutputWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int c) throws IOException {
        if (used == BUFFER) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length >= BUFFER) { // larger than the buffer: straight through, after what is waiting
            drain();
            out.write(chars, offset, length);
            return;
        }
        if (length > BUFFER - used) {
            drain();
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int at = offset;
        int left = length;
        while (left > 0) {
            if (used == BUFFER) {
                drain();
            }
            int n = Math.min(left, BUFFER - used);
            text.getChars(at, at + n, buffer, used);
            used += n;
            at += n;
            left -= n;
        }
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
        if (text instanceof String string) {
            write(string, start, end - start);
            return this;
        }
        return super.append(text, start, end);
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
