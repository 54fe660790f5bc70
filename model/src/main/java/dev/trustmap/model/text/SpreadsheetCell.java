package dev.trustmap.model.text;

/**
 * Keeps a value that came from an input from running as a formula when a spreadsheet opens a CSV or XLSX:
 * a cell starting with {@code = + - @}, tab or carriage return is prefixed with an apostrophe.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /** The value, neutralised if a spreadsheet would evaluate it; null stays null. */
    public static String neutralise(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
