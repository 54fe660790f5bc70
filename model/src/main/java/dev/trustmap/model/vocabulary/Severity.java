package dev.trustmap.model.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** Severity of a failed control, highest first. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    /** True when this severity is the given one or worse. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Severity> fromKey(String key) {
        for (Severity severity : values()) {
            if (severity.key().equalsIgnoreCase(key)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
