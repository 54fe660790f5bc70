package dev.trustmap.model.inventory;

import java.time.Instant;

/**
 * What every part of trustmap agrees a credential is: active, the user's to manage, a static secret, still held.
 * One definition, used by the checks, the KPIs and the reports alike.
 */
public final class CredentialRules {

    private CredentialRules() {
    }

    /** Unknown is not revoked: only an explicit {@code false} takes a credential out. */
    public static boolean active(Credential credential) {
        return !Boolean.FALSE.equals(credential.active());
    }

    /** A platform-rotated key (GCP system-managed) is not the user's to rotate; null counts as the user's. */
    public static boolean userManaged(Credential credential) {
        return credential.managedBy() != ManagedBy.PLATFORM;
    }

    /**
     * A long-lived shared secret: a static kind, or a service-account token that never expires (neither an
     * expiry nor a stated TTL, as Vault root tokens and legacy Kubernetes token Secrets).
     */
    public static boolean staticSecret(Credential credential) {
        CredentialKind kind = credential.kind();
        if (kind == null) {
            return false;
        }
        return kind.staticSecret() || (kind == CredentialKind.SERVICE_ACCOUNT_TOKEN
                && credential.expiresAt() == null && credential.ttlSeconds() == null);
    }

    /**
     * True for an expiry that stands for "never": Entra writes 2299-12-31 for a secret created with the longest end
     * date it offers, other tools 9999-12-31. Any expiry in the year 2299 or later is taken so.
     */
    public static boolean neverExpires(Instant expiry) {
        return expiry != null && !expiry.isBefore(NEVER);
    }

    private static final Instant NEVER = Instant.parse("2299-01-01T00:00:00Z");

    /** When a credential stops working: its expiry, else its creation plus its stated TTL, else null (never). */
    public static Instant effectiveExpiry(Credential credential) {
        if (credential.expiresAt() != null) {
            return credential.expiresAt();
        }
        if (credential.createdAt() != null && credential.ttlSeconds() != null) {
            return credential.createdAt().plusSeconds(credential.ttlSeconds());
        }
        return null;
    }

    /** Still able to act at the as-of instant: active, and not past its effective expiry. */
    public static boolean heldAt(Credential credential, Instant asOf) {
        Instant expiry = effectiveExpiry(credential);
        return active(credential) && (expiry == null || !expiry.isBefore(asOf));
    }
}
