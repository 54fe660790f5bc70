package dev.trustmap.model.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What every part of trustmap agrees about an identity as a whole: whether it can still act. Expiry of a
 * short-lived token is not revocation: an identity that gets tokens on demand (federation, OAuth, projected
 * service-account tokens) holds none for long and yet acts whenever it likes. Only switching the identity off, or
 * revoking what it authenticates with, stops it.
 */
public final class IdentityRules {

    private IdentityRules() {
    }

    /**
     * True unless the identity has been stopped. It can act when it is not disabled or decommissioned and any of:
     * <ul>
     * <li>a credential is still held ({@link CredentialRules#heldAt});</li>
     * <li>a credential not explicitly revoked stands for a way of getting tokens rather than one token
     *     ({@link #issuedOnDemand}), or is a token of an identity its platform calls active, or was used within
     *     {@code recent} before the as-of instant, whether or not the last token issued has expired;</li>
     * <li>the identity itself was used within {@code recent};</li>
     * <li>it has no credential of its own (an AWS role, an agent acting through its platform): it acts by being
     *     assumed or invoked, which only disabling or deleting it stops.</li>
     * </ul>
     */
    public static boolean canAct(Identity identity, Instant asOf, Duration recent) {
        if (switchedOff(identity)) {
            return false;
        }
        if (identity.credentials().isEmpty()) {
            return true;
        }
        Instant recentSince = asOf.minus(recent);
        if (usedSince(identity.lastUsedAt(), recentSince)) {
            return true;
        }
        boolean statedActive = "active".equalsIgnoreCase(identity.status() == null ? "" : identity.status().strip());
        for (Credential credential : identity.credentials()) {
            if (CredentialRules.heldAt(credential, asOf)) {
                return true;
            }
            if (!CredentialRules.active(credential)) {
                continue; // revoked: its last use says nothing about what the identity can do now
            }
            if (usedSince(credential.lastUsedAt(), recentSince) || issuedOnDemand(credential)
                    || statedActive && tokenKind(credential)) {
                return true;
            }
        }
        return false;
    }

    /** OAuth and expiring service-account tokens: what an identity the platform calls active is issued anew. */
    private static boolean tokenKind(Credential credential) {
        return credential.kind() == CredentialKind.OAUTH_TOKEN
                || credential.kind() == CredentialKind.SERVICE_ACCOUNT_TOKEN
                        && !CredentialRules.staticSecret(credential);
    }

    /** Disabled or decommissioned, as its source or the inventory sheet says. */
    public static boolean switchedOff(Identity identity) {
        String status = identity.status() == null ? "" : identity.status().strip().toLowerCase(Locale.ROOT);
        return status.equals("disabled") || status.equals("decommissioned");
    }

    /**
     * A federation trust (any federated credential), or a token the platform mints and renews itself (an OAuth or
     * projected service-account token it manages): one expiring says nothing about the next. A token a user holds
     * (a Vault token with a TTL) ends at its expiry.
     */
    public static boolean issuedOnDemand(Credential credential) {
        CredentialKind kind = credential.kind();
        if (kind == CredentialKind.FEDERATED) {
            return true;
        }
        return credential.managedBy() == ManagedBy.PLATFORM && (kind == CredentialKind.OAUTH_TOKEN
                || kind == CredentialKind.SERVICE_ACCOUNT_TOKEN && !CredentialRules.staticSecret(credential));
    }

    private static boolean usedSince(Instant used, Instant since) {
        return used != null && !used.isBefore(since);
    }
}
