package dev.trustmap.model.catalog;

import java.util.Optional;

/**
 * How a mapping relates the control to the item, the OSCAL 1.2 {@code matching-rationale} (NIST IR 8477 section
 * 4.3): by their wording, by their meaning, or by what they achieve (a control against a risk it reduces).
 */
public enum Matching {
    SYNTACTIC("syntactic"),
    SEMANTIC("semantic"),
    FUNCTIONAL("functional");

    private final String key;

    Matching(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Matching> fromKey(String key) {
        for (Matching matching : values()) {
            if (matching.key.equals(key)) {
                return Optional.of(matching);
            }
        }
        return Optional.empty();
    }
}
