package dev.trustmap.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only form in which a secret value may leave the parse of its field: {@code sha256:} and the first 16 hex
 * digits of its SHA-256. Enough to match the same secret seen twice, useless for using it.
 */
public final class Fingerprints {

    /**
     * What a redacted copy of an input writes in place of a secret: {@code REDACTED}, then the secret's fingerprint
     * and any AWS access key ids it held (identifiers, not secrets), so that the copy imports to the same inventory.
     */
    private static final Pattern MARKER = Pattern.compile(
            "REDACTED(?::(sha256:[0-9a-f]{16}))?(?::(?:AKIA|ASIA)[A-Z0-9]{16})*");

    private Fingerprints() {
    }

    /**
     * The fingerprint of a secret value; null for null or blank. A redaction marker stands for the secret it
     * replaced: its fingerprint is the one it carries.
     */
    public static String ofSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        String carried = carriedBy(secret);
        if (carried != null) {
            return carried;
        }
        return "sha256:" + sha256Hex(secret.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * The marker a redacted copy writes instead of a secret, e.g. {@code REDACTED:sha256:0123456789abcdef} or
     * {@code REDACTED:sha256:0123456789abcdef:AKIAIOSFODNN7EXAMPLE}.
     *
     * @param fingerprint the secret's fingerprint, or null to leave it out
     * @param awsKeyIds the AWS access key ids the secret held, in order
     */
    public static String redactionMarker(String fingerprint, List<String> awsKeyIds) {
        StringBuilder marker = new StringBuilder("REDACTED");
        if (fingerprint != null) {
            marker.append(':').append(fingerprint);
        }
        awsKeyIds.forEach(id -> marker.append(':').append(id));
        String result = marker.toString();
        if (!isRedactionMarker(result)) {
            // never echo the arguments: a caller's mistake could put the secret itself here
            throw new IllegalArgumentException("a redaction marker takes a fingerprint from ofSecret and AWS access"
                    + " key ids only");
        }
        return result;
    }

    /** True for a value a redacted copy wrote in place of a secret (a bare {@code REDACTED} included). */
    public static boolean isRedactionMarker(String value) {
        return value != null && MARKER.matcher(value).matches();
    }

    /** The fingerprint a redaction marker carries; null when the value is no marker or carries none. */
    public static String carriedBy(String value) {
        if (value == null || !value.startsWith("REDACTED")) {
            return null;
        }
        Matcher m = MARKER.matcher(value);
        return m.matches() ? m.group(1) : null;
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
