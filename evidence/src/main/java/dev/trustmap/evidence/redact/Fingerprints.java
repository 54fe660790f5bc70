package dev.trustmap.evidence.redact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The only form in which a secret value may leave the parse of its field: a short fingerprint, enough to match the
 * same secret seen twice (a leaked key in a scanner's report and the credential in an export), useless for using
 * it, and no dictionary oracle:
 * <ul>
 * <li>with a fingerprint key ({@link #useKey}, made by {@code trustmap keys generate}): {@code hmac:} and the first
 *     16 hex digits of HMAC-SHA256 under that key, for every secret. Without the key nobody can test a guess.</li>
 * <li>without one: {@code sha256:} and the first 16 hex digits of the plain SHA-256, but only for a secret that
 *     cannot be guessed ({@link SecretStrength#unguessable}: an issuer's token, a random key). A password or any
 *     other value a person could have chosen gets no fingerprint at all, since trying a dictionary against an
 *     unsalted hash takes seconds.</li>
 * </ul>
 * Keep the same key quarter after quarter and the same secret keeps its fingerprint.
 */
public final class Fingerprints {

    private static final String HMAC = "HmacSHA256";

    /** The fingerprint key in force; null for none. One run reads its inputs under one key. */
    private static volatile SecretKeySpec key;

    /** One MAC per thread, set up again only when the key changes: a provider lookup per secret adds up. */
    private static final ThreadLocal<KeyedMac> MACS = ThreadLocal.withInitial(KeyedMac::new);

    private static final class KeyedMac {
        private Mac mac;
        private SecretKeySpec key;

        Mac under(SecretKeySpec wanted) {
            try {
                if (mac == null) {
                    mac = Mac.getInstance(HMAC);
                }
                if (wanted != key) {
                    mac.init(wanted);
                    key = wanted;
                }
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
            }
        }
    }

    /**
     * What a redacted copy of an input writes in place of a secret: {@code REDACTED}, then the secret's fingerprint
     * and any AWS access key ids it held (identifiers, not secrets), so that the copy imports to the same inventory.
     */
    private static final Pattern MARKER = Pattern.compile(
            "REDACTED(?::((?:sha256|hmac):[0-9a-f]{16}))?(?::(?:AKIA|ASIA)[A-Z0-9]{16})*");

    private Fingerprints() {
    }

    /**
     * Fingerprints secrets with HMAC-SHA256 under this key from now on (32 bytes from {@code trustmap keys
     * generate}); null goes back to unkeyed fingerprints of unguessable secrets only.
     */
    public static void useKey(byte[] secretKey) {
        if (secretKey != null && secretKey.length < 16) {
            throw new IllegalArgumentException("a fingerprint key has at least 16 bytes");
        }
        key = secretKey == null ? null : new SecretKeySpec(secretKey.clone(), HMAC);
    }

    /**
     * The fingerprint of a secret value; null for null or blank, and, without a key, for a secret a person could
     * guess. A redaction marker stands for the secret it replaced: its fingerprint is the one it carries.
     */
    public static String ofSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        String carried = carriedBy(secret);
        if (carried != null) {
            return carried;
        }
        SecretKeySpec inForce = key;
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (inForce != null) {
            return "hmac:" + HexFormat.of().formatHex(MACS.get().under(inForce).doFinal(bytes)).substring(0, 16);
        }
        return SecretStrength.unguessable(secret) ? "sha256:" + sha256Hex(bytes).substring(0, 16) : null;
    }

    /**
     * The marker a redacted copy writes instead of a secret, e.g. {@code REDACTED:hmac:0123456789abcdef} or
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
        // every marker starts so; most values do not, and need not be matched
        return value != null && value.startsWith("REDACTED") && MARKER.matcher(value).matches();
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
