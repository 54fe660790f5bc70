package dev.trustmap.evidence.redact;

/**
 * Whether a secret could be found by guessing: what decides if an unkeyed fingerprint of it may be published.
 */
public final class SecretStrength {

    private SecretStrength() {
    }

    /**
     * True for a secret nobody finds from a dictionary: one of the issuers' token shapes (a GitHub, Slack, Vault or
     * Google token, a JWT, a PEM private key, an AWS secret key or access key id) or a random-looking token of at least
     * {@value SecretShapes#RANDOM_TOKEN_LENGTH} letters and digits. Passwords and passphrases are not.
     */
    public static boolean unguessable(String secret) {
        return secret.length() >= SecretShapes.RANDOM_TOKEN_LENGTH
                && (SecretShapes.shaped(secret) || SecretShapes.randomToken(secret) || Markers.hasAwsKeyId(secret));
    }
}
