package dev.trustmap.sample;

/** RFC 4180 cells: quoted only when they hold a comma, a quote or a line break. */
final class Csv {

    private Csv() {
    }

    static StringBuilder cell(StringBuilder line, String value) {
        if (value == null) {
            return line;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return line.append(value);
        }
        return line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** The cells joined with commas. */
    static String row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            cell(line, cells[i]);
        }
        return line.toString();
    }
}
