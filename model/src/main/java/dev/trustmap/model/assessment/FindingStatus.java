package dev.trustmap.model.assessment;

import java.util.Locale;

/** An open finding needs work; an accepted one is covered by an exception that is valid at the as-of date. */
public enum FindingStatus {
    OPEN,
    ACCEPTED;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }
}
