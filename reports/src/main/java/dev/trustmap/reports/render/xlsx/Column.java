package dev.trustmap.reports.render.xlsx;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One column of a table sheet: a field of the row record, named as in the JSON and CSV reports, and the kind of
 * cell it becomes.
 */
record Column(String header, Kind kind, Method accessor) {

    /** What a column's cells are written as. */
    enum Kind {
        TEXT,
        DATE,
        NUMBER,
        BOOLEAN
    }

    /** Text fields that hold an ISO instant or date, written as date cells. */
    static final Set<String> DATE_FIELDS = Set.of("createdAt", "lastRotatedAt", "lastUsedAt", "expiresAt", "dueOn",
            "firstSeen", "approvedOn", "expiresOn", "attestedOn", "validUntil", "detectedAt", "reviewDue");

    /** Every field of the record type, in declaration order. */
    static List<Column> of(Class<? extends Record> type) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            columns.add(new Column(component.getName(), kind(component), component.getAccessor()));
        }
        return List.copyOf(columns);
    }

    Object read(Record row) {
        try {
            return accessor.invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + header, e);
        }
    }

    private static Kind kind(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return DATE_FIELDS.contains(component.getName()) ? Kind.DATE : Kind.TEXT;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return Kind.NUMBER;
        }
        return Kind.TEXT;
    }
}
