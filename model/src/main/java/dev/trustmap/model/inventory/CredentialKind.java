package dev.trustmap.model.inventory;

import java.util.Locale;
import java.util.Optional;

/** What a credential is. The snake-case {@link #key()} is what files and outputs use. */
public enum CredentialKind {
    ACCESS_KEY(true),
    API_KEY(true),
    CLIENT_SECRET(true),
    CERTIFICATE(false),
    SSH_KEY(true),
    PERSONAL_ACCESS_TOKEN(true),
    OAUTH_TOKEN(false),
    SERVICE_ACCOUNT_TOKEN(false),
    FEDERATED(false),
    PASSWORD(true);

    private final boolean staticSecret;

    CredentialKind(boolean staticSecret) {
        this.staticSecret = staticSecret;
    }

    /**
     * True for kinds that are long-lived shared secrets by nature. A service-account token is static only when
     * it never expires; that is decided per credential, not here.
     */
    public boolean staticSecret() {
        return staticSecret;
    }

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    public static Optional<CredentialKind> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normalised = key.trim().replace('-', '_').replace(' ', '_');
        for (CredentialKind kind : values()) {
            if (kind.key().equalsIgnoreCase(normalised)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
