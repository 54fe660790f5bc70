package dev.trustmap.evidence.scanners;

import dev.trustmap.evidence.redact.Fingerprints;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may be kept of a finding's secret-bearing fields: a fingerprint of the secret and a non-secret key id. Raw
 * values enter here and never leave.
 */
final class SecretFindings {

    /** An AWS access key id (long-term AKIA, temporary ASIA): an identifier, not the secret key. */
    private static final Pattern AWS_KEY_ID = Pattern.compile("(?<![A-Z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9A-Za-z:+\\-./ ]{1,40}");

    private SecretFindings() {
    }

    /** The first AWS access key id in any of the texts, or null. */
    static String awsKeyId(String... texts) {
        for (String text : texts) {
            if (text != null) {
                Matcher m = AWS_KEY_ID.matcher(text);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /**
     * The fingerprint of a secret; null when the scanner redacted it: gitleaks --redact writes REDACTED, and
     * --redact=N (gitleaks 8.19+) keeps a prefix followed by "...", whose fingerprint would match nothing. A
     * trustmap redaction marker gives the fingerprint it carries.
     */
    static String fingerprint(String secret) {
        // a redacted copy of a report (the evidence pack's inputs/) keeps the fingerprint of what it replaced
        String carried = Fingerprints.carriedBy(secret);
        if (carried != null) {
            return carried;
        }
        if (secret == null || secret.isBlank() || secret.toUpperCase(Locale.ROOT).contains("REDACTED")
                || secret.endsWith("...")) {
            return null;
        }
        return Fingerprints.ofSecret(secret);
    }

    /** A stable id for a finding the scanner gave none: {@code scanner:} and 16 hex of a SHA-256 of its parts. */
    static String derivedId(String scanner, Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part == null ? "" : part).append('\u0000');
        }
        return scanner + ":" + Fingerprints.sha256Hex(key.toString().getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    /** {@code path:line}, the path alone without a line, null without a path. */
    static String location(String file, Long line) {
        if (file == null) {
            return null;
        }
        return line == null ? file : file + ":" + line;
    }

    /** A value fit to quote in a message: only when it looks like a date, since a shifted column may hold a secret. */
    static String quoted(String value) {
        return value != null && DATE_LIKE.matcher(value).matches() ? "'" + value + "'" : "a value that is not a time";
    }
}
