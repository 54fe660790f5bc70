package dev.trustmap.evidence.redact;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line keeping each line's own break (LF, CRLF or a lone CR, as {@code BufferedReader} counts
 * lines), so that a copy can write back exactly the lines it did not change.
 */
final class Lines {

    private final Reader in;
    private final StringBuilder line = new StringBuilder();
    private String lineBreak = "";
    private int next = -2;

    /** @param in a buffered reader */
    Lines(Reader in) {
        this.in = in;
    }

    /** The next line without its break, or null at the end of the text. */
    String next() throws IOException {
        line.setLength(0);
        lineBreak = "";
        int c = next != -2 ? next : in.read();
        next = -2;
        if (c < 0) {
            return null;
        }
        while (c >= 0) {
            if (c == '\n') {
                lineBreak = "\n";
                break;
            }
            if (c == '\r') {
                int after = in.read();
                if (after == '\n') {
                    lineBreak = "\r\n";
                } else {
                    lineBreak = "\r";
                    next = after;
                }
                break;
            }
            line.append((char) c);
            c = in.read();
        }
        return line.toString();
    }

    /** The break that ended the last line read: empty for a last line without one. */
    String lineBreak() {
        return lineBreak;
    }
}
