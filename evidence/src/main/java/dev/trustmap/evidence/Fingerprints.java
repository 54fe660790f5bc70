package dev.trustmap.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The only form in which a secret value may leave the parse of its field: {@code sha256:} and the first 16 hex
 * digits of its SHA-256. Enough to match the same secret seen twice, useless for using it.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprint of a secret value; null for null or blank. */
    public static String ofSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        return "sha256:" + sha256Hex(secret.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Full SHA-256, hex, of bytes (certificate fingerprints, file hashes). */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
