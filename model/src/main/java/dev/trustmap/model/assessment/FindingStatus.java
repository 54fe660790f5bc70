package dev.trustmap.model.assessment;

import java.util.Locale;

/** An open finding needs work; an accepted one is covered by an exception that is valid at the as-of date. */
public enum FindingStatus {
    OPEN,
    ACCEPTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
