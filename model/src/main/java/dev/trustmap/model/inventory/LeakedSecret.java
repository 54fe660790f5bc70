package dev.trustmap.model.inventory;

import java.time.Instant;

/**
 * A secret a scanner found where it should not be. The secret itself is never kept: only a fingerprint.
 *
 * @param id the scanner's finding fingerprint, or trustmap's when the scanner gives none
 * @param secretFingerprint {@code sha256:<first 16 hex>} of the secret value
 * @param keyId a non-secret identifier found with it (an AWS access key id, a GCP key id), when there is one
 * @param location where the secret sits: {@code path:line} and commit when known
 * @param identityId the identity it was linked to, or null when it matched none
 * @param credentialId the credential it was linked to, or null
 */
public record LeakedSecret(String id, String scanner, String rule, String secretFingerprint, String keyId,
        String location, String commit, Instant detectedAt, Boolean verified, String identityId, String credentialId,
        Origin origin) {

    public LeakedSecret linkedTo(String identity, String credential) {
        return new LeakedSecret(id, scanner, rule, secretFingerprint, keyId, location, commit, detectedAt, verified,
                identity, credential, origin);
    }

    public LeakReference reference() {
        return new LeakReference(scanner, id, rule, location, detectedAt);
    }
}
