package dev.trustmap.reports.render.xlsx;

import dev.trustmap.model.collection.BoundedMemo;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One column of a table sheet: a field of the row record under a header a person reads ("Days overdue", not
 * {@code daysOverdue}; the JSON and CSV keep the field names), and the kind of cell it becomes. Fields that hold a
 * key of trustmap's vocabulary ({@code not_met}, {@code REVOCATION}) are shown as words.
 *
 * @param field the record component's name
 */
record Column(String field, String header, Kind kind, boolean label, Method accessor) {

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

    /** Text fields holding a vocabulary key, shown as words. */
    static final Set<String> LABEL_FIELDS = Set.of("severity", "status", "change", "firstSeenBy", "lane", "domain",
            "kind", "managedBy", "actorClass", "controlStatus", "relationship", "state");

    /** What a vocabulary key looks like; compiled once, as it is tried on every label cell of every row. */
    private static final Pattern VOCABULARY_KEY = Pattern.compile("[A-Za-z0-9_]+");

    /**
     * Label cells hold a few vocabulary keys over and over: their words are kept, up to a bound (a label column
     * holding free text would otherwise fill memory), and shared by the workbooks rendered side by side.
     */
    private static final BoundedMemo<String, String> WORDS = new BoundedMemo<>(4096, Column::wordsOf);

    /** Headers that are not simply the field's words. */
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("id", "ID"),
            Map.entry("dueOn", "Due"),
            Map.entry("remediation", "What to do"),
            Map.entry("controlTitle", "Control title"),
            Map.entry("identityName", "Identity name"),
            Map.entry("ttlSeconds", "TTL (seconds)"),
            Map.entry("lifetimeSeconds", "Lifetime (seconds)"),
            Map.entry("ageDays", "Age (days)"),
            Map.entry("daysSinceUse", "Days since use"),
            Map.entry("daysToExpiry", "Days to expiry"),
            Map.entry("daysOpen", "Days open"),
            Map.entry("passRate", "Pass rate (%)"),
            Map.entry("firstSeenBy", "First seen from"),
            Map.entry("open", "Open"),
            Map.entry("ttl", "TTL"));

    /** Every field of the record type: those named in {@code first} in that order, then the rest as declared. */
    static List<Column> of(Class<? extends Record> type, String... first) {
        List<Column> declared = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            // checked once here rather than on each of millions of calls
            component.getAccessor().setAccessible(true);
            declared.add(new Column(name, header(name), kind(component),
                    component.getType() == String.class && LABEL_FIELDS.contains(name), component.getAccessor()));
        }
        List<Column> columns = new ArrayList<>();
        for (String name : first) {
            Column column = declared.stream().filter(c -> c.field.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no field " + name));
            columns.add(column);
            declared.remove(column);
        }
        columns.addAll(declared);
        return List.copyOf(columns);
    }

    Object read(Record row) {
        try {
            Object value = accessor.invoke(row);
            return label && value != null ? words(value.toString()) : value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    /** A field name as a header: {@code controlTitle} → "Control title". */
    static String header(String field) {
        String known = HEADERS.get(field);
        if (known != null) {
            return known;
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (i == 0) {
                words.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    /** A vocabulary key as words: {@code not_met} → "not met", {@code REVOCATION} → "Revocation". */
    static String words(String key) {
        return WORDS.apply(key);
    }

    private static String wordsOf(String key) {
        if (key.isEmpty() || !VOCABULARY_KEY.matcher(key).matches()) {
            return key;
        }
        String spaced = key.replace('_', ' ');
        if (key.equals(key.toUpperCase(Locale.ROOT))) {
            String lower = spaced.toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return spaced;
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
