package dev.trustmap.model.text;

import dev.trustmap.model.problem.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * UTF-8 text read from a stream a buffer at a time, counting lines as it decodes, so that a byte sequence that is
 * not UTF-8 fails with its line however far into a large export it sits, without a second pass over the file.
 * The failure is an {@link InputException}, unchecked, so that it passes unchanged through the CSV and JSON
 * parsers reading from this reader.
 */
public final class StrictUtf8Reader extends Reader {

    private static final int BUFFER = 1 << 14;

    private final String file;
    private final InputStream in;
    private final CharsetDecoder decoder = Utf8Text.strictDecoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private long line = 1;
    private boolean afterCarriageReturn;
    private boolean endOfInput;
    private boolean flushed;

    private StrictUtf8Reader(String file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    /**
     * The text of a stream, a leading UTF-8 byte order mark dropped.
     *
     * @param file the file as the user named it, for the problem
     */
    public static Reader of(String file, InputStream in) throws IOException {
        InputStream marked = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
        marked.mark(3);
        if (!Utf8Text.startsWithBom(marked.readNBytes(3))) {
            marked.reset();
        }
        return new StrictUtf8Reader(file, marked);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next chars into the buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            if (!endOfInput) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (!result.isError() && endOfInput && !bytes.hasRemaining()) {
                result = decoder.flush(chars);
                flushed = !result.isOverflow();
            }
            countLines();
            if (result.isError()) {
                throw Utf8Text.notUtf8(file, line);
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /** Counts the line breaks among the chars just decoded: LF, CR LF and a lone CR each end a line. */
    private void countLines() {
        char[] array = chars.array();
        for (int i = 0; i < chars.position(); i++) {
            char c = array[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                afterCarriageReturn = false;
            } else if (c == '\r') {
                line++;
                afterCarriageReturn = true;
            } else {
                afterCarriageReturn = false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
