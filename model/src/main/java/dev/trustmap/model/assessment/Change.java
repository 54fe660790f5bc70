package dev.trustmap.model.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a finding of this quarter stands against the earlier quarters given as history. Without history every finding
 * is {@link #NEW}.
 */
public enum Change {
    /** In no earlier quarter. */
    NEW,
    /** In the quarter just before this one. */
    PERSISTING,
    /** In an earlier quarter, gone in the one just before this, back now. */
    REOPENED;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    public static Optional<Change> fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
    }
}
