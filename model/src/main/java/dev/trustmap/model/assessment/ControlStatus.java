package dev.trustmap.model.assessment;

import java.util.Locale;

/** How a control stands. Missing evidence is never a pass: it is not assessed. */
public enum ControlStatus {
    MET,
    PARTIAL,
    NOT_MET,
    NOT_ASSESSED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
