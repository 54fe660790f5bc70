package dev.trustmap.reports.oscal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OSCAL JSON object being built: members stay in the order they were first put. OSCAL allows neither an empty
 * string nor an empty array, so a null, a blank string or an empty list leaves its member out. An empty object is
 * kept: {@code include-all} is one.
 */
final class OscalObject {

    private final Map<String, Object> members = new LinkedHashMap<>();

    static OscalObject of() {
        return new OscalObject();
    }

    /** Puts the member, or leaves it out when there is nothing to say; putting it again keeps its position. */
    OscalObject put(String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return this;
        }
        members.put(name, value);
        return this;
    }

    @JsonValue
    Map<String, Object> members() {
        return members;
    }
}
