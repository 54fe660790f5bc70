package dev.trustmap.evidence.redact;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The defensive scan: secrets recognisable by their shape alone, wherever they turn up in a string or a cell. Each
 * pattern is narrow on purpose (a prefix the issuer chose, or a PEM armour line), so that ordinary values (ids,
 * hashes, base64 certificates) are never touched; the matched text alone is replaced, so the value keeps its type
 * and the file its parse.
 */
final class SecretShapes {

    private static final List<Pattern> ALWAYS = List.of(
            // PEM private keys of every kind (RSA, EC, ENCRYPTED, OPENSSH, PGP ... PRIVATE KEY BLOCK), to their END
            // line, or to the end of the text when it was cut
            Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*-----(?:.*?-----END [A-Z0-9 ]*PRIVATE KEY"
                    + "[A-Z0-9 ]*-----|.*)", Pattern.DOTALL),
            // GitHub: classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and fine-grained PATs
            Pattern.compile("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})"),
            // Slack bot, user, app-level and refresh tokens
            Pattern.compile("(?<![A-Za-z0-9])xox[a-z]-[A-Za-z0-9-]{10,}"),
            // JSON Web Tokens: a base64url JSON header ({" is eyJ) and two more dot-separated parts
            Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"),
            // HashiCorp Vault service, batch and recovery tokens
            Pattern.compile("(?<![A-Za-z0-9_.])hv[sbr]\\.[A-Za-z0-9_-]{20,}"),
            // Google API keys
            Pattern.compile("(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])"));

    /**
     * 40 characters of base64 with both letter cases: the shape of an AWS secret access key. Alone it would match
     * too much, so it counts only next to an access key id; lower-case hex (git commits, SHA-1) and upper-case hex
     * (certificate thumbprints) never match.
     */
    private static final Pattern AWS_SECRET_KEY = Pattern.compile(
            "(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");

    private SecretShapes() {
    }

    /**
     * The text with every secret-shaped part replaced by its marker; the same instance when nothing matched.
     *
     * @param nearAwsKeyId true when an AWS access key id sits next to the text (its object or CSV row)
     */
    static String redact(String text, boolean nearAwsKeyId) {
        if (text.length() < 20) {
            return text;
        }
        String result = text;
        for (Pattern shape : ALWAYS) {
            result = replaceAll(shape, result);
        }
        if (nearAwsKeyId || Markers.hasAwsKeyId(result)) {
            result = replaceAll(AWS_SECRET_KEY, result);
        }
        return result;
    }

    private static String replaceAll(Pattern shape, String text) {
        Matcher m = shape.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        do {
            out.append(text, from, m.start()).append(Markers.of(m.group()));
            from = m.end();
        } while (m.find());
        return out.append(text, from, text.length()).toString();
    }
}
