package dev.trustmap.reports.oscal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OSCAL JSON object being built: members stay in the order they were first put. OSCAL allows neither an empty
 * string nor an empty array, so a null, a blank string or an empty list leaves its member out. An empty object is
 * kept: {@code include-all} is one.
 *
 * <p>The members are two small arrays, names and values, searched in order: an object has a handful of members,
 * and a POA&amp;M builds three objects per finding, for which a hash map per object cost more than the search.
 */
final class OscalObject {

    private String[] names = new String[8];
    private Object[] values = new Object[8];
    private int size;

    static OscalObject of() {
        return new OscalObject();
    }

    /** Puts the member, or leaves it out when there is nothing to say; putting it again keeps its position. */
    OscalObject put(String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return this;
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                values[i] = value;
                return this;
            }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        return this;
    }

    /** How many members it has. */
    int size() {
        return size;
    }

    /** The name of the member at {@code index}, in the order first put. */
    String name(int index) {
        return names[index];
    }

    /** The value of the member at {@code index}. */
    Object value(int index) {
        return values[index];
    }

    /** The members as a map in their order, for Jackson when an object is written through it. */
    @JsonValue
    Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            members.put(names[i], values[i]);
        }
        return members;
    }
}
