package dev.trustmap.review;

import java.util.Arrays;
import java.util.Locale;

/** Whom a campaign sends each identity to. */
public enum Grouping {
    /** Its technical owner; a transfer names the new technical owner. */
    TECHNICAL_OWNER,
    /** Its business owner; a transfer names the new business owner. */
    BUSINESS_OWNER,
    /** One workbook per system, sent to the technical owner holding most of its identities. */
    SYSTEM;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The grouping of a key, e.g. {@code technical-owner}. */
    public static Grouping of(String key) {
        return Arrays.stream(values()).filter(g -> g.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a grouping: " + key));
    }

    /** The owners workbook column a transfer changes. */
    public String transferColumn() {
        return this == BUSINESS_OWNER ? "business_owner" : "technical_owner";
    }
}
