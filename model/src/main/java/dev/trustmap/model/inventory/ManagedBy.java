package dev.trustmap.model.inventory;

import java.util.Locale;

/** Who rotates a credential: its user, or the platform (GCP system-managed keys, Kubernetes projected tokens). */
public enum ManagedBy {
    USER,
    PLATFORM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
