package dev.trustmap.reports.model;

/**
 * A credential with its ages against the as-of instant.
 *
 * @param ageDays days since last rotation, else creation; null when neither is known
 * @param expiresAt the expiry (ISO instant); {@code never} for a date that stands for never (2299-12-31 and later)
 * @param daysToExpiry null when unknown or never
 * @param lifetimeSeconds expiry minus creation, else the stated TTL; null when unknown or never expiring
 */
public record CredentialRow(String identity, String id, String kind, String managedBy, Boolean active,
        String createdAt, String lastRotatedAt, String lastUsedAt, String expiresAt, Long ttlSeconds, Long ageDays,
        Long daysSinceUse, Long daysToExpiry, Long lifetimeSeconds, boolean staticSecret, boolean leaked) {
}
