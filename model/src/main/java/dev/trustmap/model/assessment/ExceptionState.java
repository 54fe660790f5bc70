package dev.trustmap.model.assessment;

import java.util.Locale;

/** Where an exception stands at the as-of date. Only an active one accepts anything. */
public enum ExceptionState {
    ACTIVE,
    EXPIRED,
    /** Self-approved, without expiry, or longer than the policy allows: a RVK-05 failure itself. */
    INVALID;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }
}
