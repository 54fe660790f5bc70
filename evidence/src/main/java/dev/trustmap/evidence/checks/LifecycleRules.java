package dev.trustmap.evidence.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Instant;

/** What the lifecycle and revocation checks agree a credential is: active, static, the user's to manage. */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    /** Humans appear only as owners; an identity of unknown class is still an NHI. */
    public static boolean nhi(Identity identity) {
        return identity.lane() != Lane.HUMAN;
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

    /** The kind as written in outputs, {@code unknown} when the source did not say. */
    static String kindKey(Credential credential) {
        return credential.kind() == null ? "unknown" : credential.kind().key();
    }

    /** "1 day", "212 days". */
    static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    static String days(long n) {
        return count(n, "day");
    }
}
