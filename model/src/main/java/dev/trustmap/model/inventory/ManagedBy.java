package dev.trustmap.model.inventory;

import java.util.Locale;

/** Who rotates a credential: its user, or the platform (GCP system-managed keys, Kubernetes projected tokens). */
public enum ManagedBy {
    USER,
    PLATFORM;

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }
}
