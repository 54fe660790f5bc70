package dev.trustmap.model.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for CSV files. Commons CSV appends each cell as a part of a string
 * ({@code append(text, start, end)}), which a plain writer turns into a new substring per cell; this one copies the
 * characters into its buffer directly. The bytes written are the same.
 */
public final class CsvOutputWriter extends BufferedWriter {

    private static final int BUFFER = 1 << 16;

    public CsvOutputWriter(OutputStream out) {
        super(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
        if (text instanceof String string) {
            write(string, start, end - start);
            return this;
        }
        return super.append(text, start, end);
    }
}
