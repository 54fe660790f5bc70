package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.file.EvidenceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** What a rewritten text file keeps of the original's layout: its byte-order mark and its line breaks. */
final class TextLayout {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextLayout() {
    }

    /** Writes a UTF-8 byte-order mark when the original starts with one (Excel reads CSV as UTF-8 only then). */
    static void copyBom(EvidenceFile file, OutputStream out) throws IOException {
        try (InputStream in = file.open()) {
            byte[] start = in.readNBytes(3);
            if (start.length == 3 && start[0] == BOM[0] && start[1] == BOM[1] && start[2] == BOM[2]) {
                out.write(BOM);
            }
        }
    }

    /** The line break the file uses first: CRLF, LF or a lone CR; LF when it has none. */
    static String lineBreak(EvidenceFile file) {
        String text = file.head().text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }
}
