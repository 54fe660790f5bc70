package dev.trustmap.model.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** Severity of a failed control, highest first. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
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
