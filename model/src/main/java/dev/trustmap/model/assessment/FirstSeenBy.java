package dev.trustmap.model.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which rule dated a finding's start: the evidence itself, an earlier quarter's pack, or neither. */
public enum FirstSeenBy {
    /** The evidence dates the problem: a key's age crossed the limit on a day that can be computed, a leak's commit. */
    EVIDENCE,
    /** The same finding was in an earlier quarter's pack: the as-of instant of the earliest such quarter. */
    HISTORY,
    /** Neither: the problem is first seen at this quarter's as-of instant. */
    THIS_QUARTER;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    public static Optional<FirstSeenBy> fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
    }
}
