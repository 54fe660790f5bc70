package dev.trustmap.evidence.redact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markers written in place of secrets. Each carries what an importer derives from the secret, and nothing that
 * would let anyone use it: the fingerprint ({@link Fingerprints#ofSecret}) and the AWS access key ids it held.
 */
public final class Markers {

    /** An AWS access key id (long-term AKIA, temporary ASIA): an identifier, not the secret key. */
    static final Pattern AWS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");

    private Markers() {
    }

    /** The marker for a secret, with its fingerprint. */
    public static String of(String secret) {
        return Fingerprints.redactionMarker(Fingerprints.ofSecret(secret), awsKeyIds(secret));
    }

    /**
     * The marker for a base64 value (a Kubernetes Secret's data): fingerprinted on the decoded secret, as the
     * importer does, or on the text itself when it is not base64. Null when it decodes to blank: nothing to hide.
     */
    public static String ofBase64(String value) {
        String secret;
        try {
            secret = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            secret = value;
        }
        return secret.isBlank() ? null : of(secret);
    }

    /** The marker for a value an importer keeps no fingerprint of (a scanner's partly redacted secret). */
    public static String withoutFingerprint(String secret) {
        return Fingerprints.redactionMarker(null, awsKeyIds(secret));
    }

    static boolean hasAwsKeyId(String text) {
        // the prefixes first: most text has neither, and a plain search is far cheaper than the pattern
        return text.length() >= 20 && (text.contains("AKIA") || text.contains("ASIA"))
                && AWS_KEY_ID.matcher(text).find();
    }

    private static List<String> awsKeyIds(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = AWS_KEY_ID.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }
}
