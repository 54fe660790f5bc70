package dev.trustmap.reports.render;

import java.util.Locale;

/** Who a report is for: the board (two pages), the operators (every row), or both. */
public enum Audience {
    BOARD,
    OPERATOR,
    ALL;

    public boolean includesBoard() {
        return this != OPERATOR;
    }

    public boolean includesOperator() {
        return this != BOARD;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
