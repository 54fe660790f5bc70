package dev.trustmap.model.text;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Input text is UTF-8 or it is refused: a byte sequence that is not UTF-8 stops the read at its line instead of
 * turning into U+FFFD, which would make a name or a date quietly mean something else.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** A decoder that reports malformed bytes rather than replacing them. */
    public static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The bytes as text, a leading UTF-8 byte order mark removed.
     *
     * @throws InputException naming the line of the first byte sequence that is not UTF-8
     */
    public static String decode(String file, byte[] bytes) {
        int start = startsWithBom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never gives more chars than bytes: one byte at least per char, four bytes per surrogate pair
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = strictDecoder();
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(file, lineAt(bytes, start, in.position()));
        }
        return out.flip().toString();
    }

    /** True when the bytes start with the UTF-8 byte order mark EF BB BF. */
    public static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The refusal, the same wherever the text comes from. */
    public static InputException notUtf8(String file, long line) {
        return new InputException(new InputProblem(file, "line " + line, "holds bytes that are not UTF-8 (the file"
                + " was probably saved in another encoding, such as Windows-1252 or Latin-1).",
                "Save the file as UTF-8 (in Excel: Save As, CSV UTF-8; in an editor: save with encoding UTF-8), or"
                        + " export it again."));
    }

    /** The 1-based line of the byte at {@code end}: line feeds, and carriage returns not followed by one. */
    private static long lineAt(byte[] bytes, int start, int end) {
        long line = 1;
        for (int i = start; i < end; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
