package dev.trustmap.model.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One credential of an identity. Every time is UTC; null means the source did not say (never a guess).
 *
 * @param id the platform's id (AWS access key slot, GCP key id, Azure keyId, certificate fingerprint...)
 * @param active null when the source does not say
 * @param lastRotatedAt when the current secret was issued, where that differs from when the credential was made
 * @param ttlSeconds lifetime of an issued token where the platform states one (Vault, projected tokens)
 * @param fingerprint {@code sha256:<first 16 hex>} of the secret or public key where known; used to link leaks
 * @param leaks scanner findings of this credential's secret
 */
public record Credential(String id, CredentialKind kind, ManagedBy managedBy, Boolean active, Instant createdAt,
        Instant lastRotatedAt, Instant lastUsedAt, Instant expiresAt, Long ttlSeconds, String fingerprint,
        List<LeakReference> leaks, Origin origin) {

    public Credential {
        leaks = List.copyOf(leaks);
    }

    /** True when the secret was found leaked. */
    public boolean leaked() {
        return !leaks.isEmpty();
    }

    /** A copy with another leak recorded. */
    public Credential withLeak(LeakReference leak) {
        List<LeakReference> all = new ArrayList<>(leaks);
        all.add(leak);
        return new Credential(id, kind, managedBy, active, createdAt, lastRotatedAt, lastUsedAt, expiresAt,
                ttlSeconds, fingerprint, all, origin);
    }

    /** A copy where every null field takes the other's value: the same credential seen in a second source. */
    public Credential mergedWith(Credential other) {
        List<LeakReference> all = new ArrayList<>(leaks);
        other.leaks.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return new Credential(id, kind != null ? kind : other.kind, managedBy != null ? managedBy : other.managedBy,
                active != null ? active : other.active, first(createdAt, other.createdAt),
                first(lastRotatedAt, other.lastRotatedAt), latest(lastUsedAt, other.lastUsedAt),
                first(expiresAt, other.expiresAt), ttlSeconds != null ? ttlSeconds : other.ttlSeconds,
                fingerprint != null ? fingerprint : other.fingerprint, all, origin);
    }

    private static Instant first(Instant a, Instant b) {
        return a != null ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
