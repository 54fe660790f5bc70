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

    public String key() {
        return name().toLowerCase(Locale.ROOT);
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
