package dev.trustmap.model.catalog;

import java.util.Optional;

/**
 * NIST IR 8477 set-theory relationships, read as "control &lt;relationship&gt; framework item".
 */
public enum Relationship {
    /** Same scope. */
    EQUAL("equal"),
    /** The control addresses part of what the item covers. */
    SUBSET_OF("subset-of"),
    /** The control covers all of the item, and more. */
    SUPERSET_OF("superset-of"),
    /** They overlap; each has parts the other lacks. */
    INTERSECTS_WITH("intersects-with"),
    /** Considered and deliberately unrelated. */
    NO_RELATIONSHIP("no-relationship");

    private final String key;

    Relationship(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** True when the control fully covers the item (equal or superset-of). */
    public boolean coversWholeItem() {
        return this == EQUAL || this == SUPERSET_OF;
    }

    public static Optional<Relationship> fromKey(String key) {
        for (Relationship relationship : values()) {
            if (relationship.key.equalsIgnoreCase(key)) {
                return Optional.of(relationship);
            }
        }
        return Optional.empty();
    }
}
