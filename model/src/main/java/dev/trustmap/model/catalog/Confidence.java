package dev.trustmap.model.catalog;

import java.util.Optional;

/** How sure the reviewer is that a mapping is right, the category of an OSCAL 1.2 {@code confidence-score}. */
public enum Confidence {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String key;

    Confidence(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Confidence> fromKey(String key) {
        for (Confidence confidence : values()) {
            if (confidence.key.equals(key)) {
                return Optional.of(confidence);
            }
        }
        return Optional.empty();
    }
}
