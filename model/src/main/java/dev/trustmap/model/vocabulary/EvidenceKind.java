package dev.trustmap.model.vocabulary;

import java.util.Optional;

/** How a control is judged: from exports, from a signed attestation, or both. */
public enum EvidenceKind {
    AUTOMATED("automated"),
    ATTESTATION("attestation"),
    AUTOMATED_AND_ATTESTATION("automated+attestation");

    private final String key;

    EvidenceKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<EvidenceKind> fromKey(String key) {
        for (EvidenceKind kind : values()) {
            if (kind.key.equalsIgnoreCase(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
