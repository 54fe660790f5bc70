package dev.trustmap.reports.oscal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as OSCAL's data types take it. A {@code string} has no leading or trailing space and no line break (the
 * schema's {@code ^\S(.*\S)?$}); a {@code token} is a letter or {@code _} followed by letters, digits and
 * {@code . - _}; markup fields are Markdown in OSCAL JSON, so text from the inputs is escaped there.
 */
final class OscalText {

    /** Whitespace, including the line ends that Java's {@code .} does not match (NEL, LS, PS) and no-break space. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u0085\\u00a0\\u2028\\u2029]+");
    private static final Pattern LINE_END = Pattern.compile("\\r\\n|[\\r\\u0085\\u2028\\u2029]");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\s\\u00a0]*\\n");
    private static final Pattern NOT_IN_TOKEN = Pattern.compile("[^\\p{L}\\p{N}._-]");
    private static final Pattern TOKEN_START = Pattern.compile("^[\\p{L}_]");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d+)([.)])");
    /**
     * Characters with an inline meaning in OSCAL's Markdown: CommonMark's emphasis, code, links, HTML and entities,
     * and OSCAL's own {@code {{ insert }}}, {@code ~sub~} and {@code ^super^}.
     */
    private static final String INLINE_SPECIAL = "\\`*_{}[]<>&~^|";
    /** Characters that start a block (heading, list, quote, setext line) at the start of a paragraph. */
    private static final String BLOCK_START = "#-+=>";
    /** {@link #INLINE_SPECIAL} as a table over ASCII, looked up once per character of every line. */
    private static final boolean[] INLINE_TABLE = new boolean[128];

    static {
        for (char c : INLINE_SPECIAL.toCharArray()) {
            INLINE_TABLE[c] = true;
        }
    }

    private OscalText() {
    }

    /** The text on one line with single spaces, or null when nothing but whitespace is left. */
    static String string(String text) {
        if (text == null) {
            return null;
        }
        if (alreadyOneLine(text)) {
            return text;
        }
        String one = SPACE.matcher(text).replaceAll(" ").strip();
        return one.isEmpty() ? null : one;
    }

    /** For {@code markup-line} fields (titles): the text on one line, escaped as Markdown. */
    static String line(String text) {
        String one = string(text);
        return one == null ? null : escape(one);
    }

    /**
     * For {@code markup-multiline} fields (descriptions, statements, remarks): each paragraph (separated by a blank
     * line) on one line, escaped as Markdown, paragraphs separated by a blank line.
     */
    static String markup(String text) {
        if (text == null) {
            return null;
        }
        if (!hasLineEnd(text)) {
            return line(text);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(LINE_END.matcher(text).replaceAll("\n"))) {
            String one = line(paragraph);
            if (one != null) {
                paragraphs.add(one);
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /**
     * An id as an OSCAL token: each character a token may not hold becomes {@code _} ({@code GOVERN 1.1} gives
     * {@code GOVERN_1.1}, {@code NHI7:2025} gives {@code NHI7_2025}), and an id that does not start with a letter
     * or {@code _} gets a {@code _} in front.
     */
    static String token(String id) {
        String token = NOT_IN_TOKEN.matcher(id == null ? "" : id).replaceAll("_");
        return TOKEN_START.matcher(token).find() ? token : "_" + token;
    }

    /** A number as assessment.json writes it (at least one decimal: {@code 100.0}), never in exponent form. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return (decimal.scale() < 1 ? decimal.setScale(1) : decimal).toPlainString();
    }

    private static String escape(String line) {
        if (!needsEscape(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0 || i == 0 && BLOCK_START.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // "1. text" or "1) text" would start an ordered list: escape the dot or bracket
        if (!out.isEmpty() && out.charAt(0) >= '0' && out.charAt(0) <= '9') {
            var list = ORDERED_LIST_START.matcher(out);
            if (list.find()) {
                out.insert(list.end(1), '\\');
            }
        }
        return out.toString();
    }

    /*
     * The checks below let most text skip the patterns above, which a POA&M of millions of findings would otherwise
     * run several times per finding. They are conservative: any character they are unsure of takes the long way.
     */

    /** True when {@link #string} has nothing to do: single inner spaces only, none at either end, no other space. */
    private static boolean alreadyOneLine(String text) {
        int last = text.length() - 1;
        if (last < 0) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < ' ' || c >= '\u007f' && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '\u0085')) {
                return false;
            }
        }
        return true;
    }

    /** True when {@link #escape} would change the line: a special character, or a digit first. */
    private static boolean needsEscape(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        if (BLOCK_START.indexOf(first) >= 0 || first >= '0' && first <= '9') {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < INLINE_TABLE.length && INLINE_TABLE[c]) {
                return true;
            }
        }
        return false;
    }

    /** True when the text may hold a line end, and so more than one paragraph. */
    private static boolean hasLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
