package dev.trustmap.model.text;

/** Text made safe inside XML and HTML, content and double-quoted attributes alike. */
public final class Markup {

    private Markup() {
    }

    /**
     * Escapes {@code & < > "} and drops the characters XML 1.0 cannot hold (control characters other than tab, line
     * feed and carriage return, and U+FFFE and U+FFFF), which would make a file unreadable rather than wrong.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
