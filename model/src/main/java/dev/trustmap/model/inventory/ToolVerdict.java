package dev.trustmap.model.inventory;

import java.util.Locale;
import java.util.Optional;

/**
 * What another tool's check said about an identity: passed, failed, left to a person (Prowler's MANUAL) or muted by
 * the tool's user (a Prowler finding with status Suppressed, whatever its result). Only {@link #PASS} is a pass.
 */
public enum ToolVerdict {
    PASS,
    FAIL,
    MANUAL,
    MUTED;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    public static Optional<ToolVerdict> fromKey(String key) {
        for (ToolVerdict verdict : values()) {
            if (verdict.key().equals(key)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
