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
        append(out, text, false);
        return out.toString();
    }

    /**
     * Appends {@code text} as element content, escaped as {@link #escape} does, with each carriage return as a
     * character reference: a parser turns a raw one into a line feed, and a spreadsheet cell must keep it.
     */
    public static void appendText(StringBuilder out, String text) {
        append(out, text, true);
    }

    private static void append(StringBuilder out, String text, boolean keepCarriageReturns) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append(keepCarriageReturns ? "&#13;" : "\r");
                default -> {
                    if ((c >= 0x20 || c == '\t' || c == '\n') && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
