package dev.trustmap.model.vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * Identities are split into lanes by what they are, not by where they live. Humans appear only as owners,
 * approvers and delegators, never in NHI metrics.
 */
public enum Lane {
    MACHINE,
    AI,
    HUMAN;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in files and outputs. */
    public String key() {
        return key;
    }

    public static Optional<Lane> fromKey(String key) {
        for (Lane lane : values()) {
            if (lane.key().equalsIgnoreCase(key)) {
                return Optional.of(lane);
            }
        }
        return Optional.empty();
    }
}
