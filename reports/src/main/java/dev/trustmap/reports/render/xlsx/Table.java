package dev.trustmap.reports.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How one table is laid out on its sheet: the columns in the order a reader needs them, the column coloured by
 * severity, where each row is recorded for links into this sheet, and which cells link to rows of other sheets.
 */
final class Table<T extends Record> {

    /**
     * A cell of {@code field} that links to the row {@code key} names on the sheet {@code index} records.
     */
    record Link<T>(String field, SheetRows index, Function<T, String> key) {
    }

    /** The rows of a written table, by key, and the sheet name they start on. */
    record SheetRows(String sheet, RowIndex rows) {
    }

    final String name;
    final Class<T> type;
    List<Column> columns;
    String severityField;
    Function<T, String> indexKey;
    RowIndex index;
    final List<Link<T>> links = new ArrayList<>();

    private Table(String name, Class<T> type) {
        this.name = name;
        this.type = type;
        this.columns = Column.of(type);
    }

    static <T extends Record> Table<T> of(String name, Class<T> type) {
        return new Table<>(name, type);
    }

    /** These fields first, in this order; the others follow as the record declares them. */
    Table<T> first(String... fields) {
        columns = Column.of(type, fields);
        return this;
    }

    Table<T> severity(String field) {
        severityField = field;
        return this;
    }

    /** Records each row under {@code key} so that other sheets can link to it. */
    SheetRows indexBy(Function<T, String> key) {
        indexKey = key;
        index = new RowIndex();
        return new SheetRows(name, index);
    }

    Table<T> link(String field, SheetRows target, Function<T, String> key) {
        links.add(new Link<>(field, target, key));
        return this;
    }

    int column(String field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) {
                return i;
            }
        }
        return -1;
    }
}
