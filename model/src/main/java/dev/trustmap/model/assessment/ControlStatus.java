package dev.trustmap.model.assessment;

import java.util.Locale;

/** How a control stands. Missing evidence is never a pass: it is not assessed. */
public enum ControlStatus {
    MET,
    PARTIAL,
    NOT_MET,
    NOT_ASSESSED;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }
}
