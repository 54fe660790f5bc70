package dev.trustmap.model.assessment;

import java.util.Locale;

/** Where an exception stands at the as-of date. Only an active one accepts anything. */
public enum ExceptionState {
    ACTIVE,
    EXPIRED,
    /** Self-approved, without expiry, or longer than the policy allows: a RVK-05 failure itself. */
    INVALID;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
