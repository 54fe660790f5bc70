package dev.trustmap.evidence.sheet;

/** A cell whose value cannot be used; the reader turns it into a located problem (line or cell). */
final class CellException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String fix;

    CellException(String column, String message, String fix) {
        super(message, null, false, false);
        this.column = column;
        this.fix = fix;
    }

    /** The column of the cell, lower case. */
    String column() {
        return column;
    }

    String fix() {
        return fix;
    }
}
