package dev.trustmap.evidence.redact;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The defensive scan: secrets recognisable by their shape alone, wherever they turn up in a string or a cell. Each
 * pattern is narrow on purpose (a prefix the issuer chose, or a PEM armour line), so that ordinary values (ids,
 * hashes, base64 certificates) are never touched; the matched text alone is replaced, so the value keeps its type
 * and the file its parse.
 */
final class SecretShapes {

    /**
     * An issuer's shape, and the literal text one of which any match contains: the cheap test that spares most
     * values every regular expression (a name rarely holds {@code ghp_} or {@code xox}).
     */
    private record Shape(Pattern pattern, String... clues) {

        boolean mayMatch(String text) {
            for (String clue : clues) {
                if (text.contains(clue)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Shape> ALWAYS = List.of(
            // PEM private keys of every kind (RSA, EC, ENCRYPTED, OPENSSH, PGP ... PRIVATE KEY BLOCK), to their END
            // line, or to the end of the text when it was cut
            new Shape(Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*-----(?:.*?-----END [A-Z0-9 ]*"
                    + "PRIVATE KEY[A-Z0-9 ]*-----|.*)", Pattern.DOTALL), "PRIVATE KEY"),
            // GitHub: classic tokens (ghp_, gho_, ghu_, ghs_, ghr_) and fine-grained PATs
            new Shape(Pattern.compile("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]"
                    + "{22,255})"), "gh", "github_pat_"),
            // Slack bot, user, app-level and refresh tokens
            new Shape(Pattern.compile("(?<![A-Za-z0-9])xox[a-z]-[A-Za-z0-9-]{10,}"), "xox"),
            // JSON Web Tokens: a base64url JSON header ({" is eyJ) and two more dot-separated parts
            new Shape(Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"),
                    "eyJ"),
            // HashiCorp Vault service, batch and recovery tokens
            new Shape(Pattern.compile("(?<![A-Za-z0-9_.])hv[sbr]\\.[A-Za-z0-9_-]{20,}"), "hvs.", "hvb.", "hvr."),
            // Google API keys
            new Shape(Pattern.compile("(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])"), "AIza"),
            // GitLab personal, project and group access tokens
            new Shape(Pattern.compile("(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}"), "glpat-"),
            // npm and Hugging Face access tokens
            new Shape(Pattern.compile("(?<![A-Za-z0-9_])(?:npm_[A-Za-z0-9]{36}|hf_[A-Za-z0-9]{30,})(?![A-Za-z0-9])"),
                    "npm_", "hf_"),
            // PyPI upload tokens (a macaroon after the prefix)
            new Shape(Pattern.compile("(?<![A-Za-z0-9_-])pypi-[A-Za-z0-9_-]{50,}"), "pypi-"),
            // Stripe secret, restricted and publishable keys
            new Shape(Pattern.compile("(?<![A-Za-z0-9_])[srp]k_(?:live|test)_[A-Za-z0-9]{20,}"), "k_live_", "k_test_"),
            // SendGrid API keys
            new Shape(Pattern.compile("(?<![A-Za-z0-9_.-])SG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}"), "SG."),
            // DigitalOcean personal, OAuth and refresh tokens; Shopify access tokens and shared secrets
            new Shape(Pattern.compile("(?<![A-Za-z0-9_])(?:do[opr]_v1_[a-f0-9]{64}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]"
                    + "{32})"), "_v1_", "shp"),
            // Slack incoming webhooks: the URL is the credential
            new Shape(Pattern.compile("https://hooks\\.slack\\.com/services/[A-Za-z0-9/_-]+"), "hooks.slack.com"),
            // an Azure storage account key inside a connection string
            new Shape(Pattern.compile("(?<=AccountKey=)[A-Za-z0-9+/]{40,}={0,2}"), "AccountKey="));

    /**
     * Keys whose prefix alone says too little ({@code sk-} also starts ordinary names): they count when what
     * follows the prefix reads as random. OpenAI and Anthropic API keys.
     */
    private static final String LOOSE_PREFIX = "sk-";
    private static final Pattern LOOSE_PREFIXED = Pattern.compile("(?<![A-Za-z0-9_-])" + LOOSE_PREFIX
            + "[A-Za-z0-9_-]{20,}");

    /**
     * 40 characters of base64 with both letter cases: the shape of an AWS secret access key. Alone it would match
     * too much, so it counts next to an access key id, or elsewhere when it also reads as random; lower-case hex
     * (git commits, SHA-1) and upper-case hex (certificate thumbprints) never match.
     */
    private static final Pattern AWS_SECRET_KEY = Pattern.compile(
            "(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");

    /** A PEM certificate or public key, armour to armour (or to the end of a text that was cut). */
    private static final Pattern PUBLIC_PEM = Pattern.compile("-----BEGIN (?:[A-Z0-9 ]*CERTIFICATE[A-Z0-9 ]*|"
            + "[A-Z0-9 ]*PUBLIC KEY)-----(?:.*?-----END [A-Z0-9 ]*-----|.*)", Pattern.DOTALL);

    /** The characters of a token: base64 and base64url, and the separators API keys use inside them. */
    private static final String TOKEN_SYMBOLS = "+_-~";

    /** A random token has at least this many letters and digits: 20 random base62 characters hold 119 bits. */
    static final int RANDOM_TOKEN_LENGTH = 20;

    /**
     * Beyond this many letters and digits a token is a document (a base64 report, an image), not a credential:
     * the longest API keys issued today are under 200 characters.
     */
    static final int RANDOM_TOKEN_MAX = 256;

    private SecretShapes() {
    }

    /**
     * The text with every secret-shaped part replaced, for text a person typed (a name, a purpose, an owner, a
     * note): the issuers' shapes, a 40-character AWS secret key wherever it stands, and any random-looking token
     * ({@link #randomToken}). Identifiers (ids, accessors, fingerprints) get {@link #redact} instead, since some are
     * random by design.
     */
    static String redactText(String text) {
        if (text.length() < RANDOM_TOKEN_LENGTH) {
            return text;
        }
        String result = redact(text, false);
        Matcher armour = PUBLIC_PEM.matcher(result);
        if (!result.contains("-----BEGIN") || !armour.find()) {
            return randomParts(result);
        }
        // certificates and public keys are public: their base64 lines stay, the text around them is scanned
        StringBuilder out = new StringBuilder(result.length());
        int from = 0;
        do {
            out.append(randomParts(result.substring(from, armour.start()))).append(armour.group());
            from = armour.end();
        } while (armour.find());
        return out.append(randomParts(result.substring(from))).toString();
    }

    /**
     * A 40-character AWS secret key wherever it stands (its {@code /} and {@code +} split it into tokens too short
     * to judge one by one), then random tokens. Both must read as random: a tag such as
     * {@code WindowsAzureActiveDirectoryIntegratedApp} has the AWS key's length and alphabet but not its chaos.
     */
    private static String randomParts(String text) {
        return replaceRandomTokens(replaceRandom(AWS_SECRET_KEY, text, 0));
    }

    /**
     * True for a token that reads like random characters rather than words, numbers or an encoding of structure: at
     * least {@value #RANDOM_TOKEN_LENGTH} (and at most {@value #RANDOM_TOKEN_MAX}) letters and digits, with upper case,
     * lower case and digits all present, not hexadecimal, and switching between those three classes at least three
     * times in ten characters (random base62 switches six times in ten; {@code AWSReservedSSO_AdministratorAccess} or a
     * versioned name rarely twice). Base64 of DER ({@code MII...}, a certificate) and of an SSH public key
     * ({@code AAAA...}) are public material, not secrets; so is the inside of a PEM certificate or public key, which
     * the caller skips.
     */
    static boolean randomToken(CharSequence token) {
        int alnum = 0;
        int switches = 0;
        int previous = -1;
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean hex = true;
        boolean[] seen = new boolean[128];
        int distinct = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int kind = c >= 'A' && c <= 'Z' ? 0 : c >= 'a' && c <= 'z' ? 1 : c >= '0' && c <= '9' ? 2 : -1;
            if (kind < 0) {
                continue;
            }
            upper |= kind == 0;
            lower |= kind == 1;
            digit |= kind == 2;
            hex &= kind == 2 || Character.toLowerCase(c) <= 'f';
            if (previous >= 0 && kind != previous) {
                switches++;
            }
            previous = kind;
            if (!seen[c]) {
                seen[c] = true;
                distinct++;
            }
            alnum++;
        }
        if (alnum < RANDOM_TOKEN_LENGTH || alnum > RANDOM_TOKEN_MAX || !upper || !lower || !digit || hex
                || distinct < 10) {
            return false;
        }
        if (startsWith(token, "MII") || startsWith(token, "AAAA")) {
            return false;
        }
        return switches * 10 >= (alnum - 1) * 3;
    }

    private static boolean startsWith(CharSequence token, String prefix) {
        return token.length() >= prefix.length() && token.subSequence(0, prefix.length()).toString().equals(prefix);
    }

    private static boolean tokenChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }

    /** '=' belongs to a token only as base64's padding at its end; inside, it separates ({@code CN=...}). */
    private static int tokenEnd(String text, int from) {
        int i = from;
        while (i < text.length() && tokenChar(text.charAt(i))) {
            i++;
        }
        int padded = i;
        while (padded < text.length() && padded - i < 2 && text.charAt(padded) == '=') {
            padded++;
        }
        boolean endsThere = padded == text.length() || !tokenChar(text.charAt(padded)) && text.charAt(padded) != '=';
        return padded > i && endsThere ? padded : i;
    }

    /**
     * Replaces each maximal run of token characters that {@link #randomToken} accepts. A marker already written
     * is never one: its parts are upper case only, or lower case and digits only.
     */
    private static String replaceRandomTokens(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!tokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = tokenEnd(text, i);
            if (i - start >= RANDOM_TOKEN_LENGTH && randomToken(text.subSequence(start, i))) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, start).append(Markers.of(text.substring(start, i)));
                copied = i;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
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
        for (Shape shape : ALWAYS) {
            if (shape.mayMatch(result)) {
                result = replaceAll(shape.pattern(), result);
            }
        }
        result = replaceRandom(LOOSE_PREFIXED, result, 3);
        if ((nearAwsKeyId || Markers.hasAwsKeyId(result)) && hasBase64Run(result, 40)) {
            result = replaceAll(AWS_SECRET_KEY, result);
        }
        return result;
    }

    /**
     * The text with each match of {@code shape} replaced when it reads as random after its first {@code skip}
     * characters (its prefix).
     */
    private static String replaceRandom(Pattern shape, String text, int skip) {
        if (shape == AWS_SECRET_KEY && !hasBase64Run(text, 40)
                || shape == LOOSE_PREFIXED && !text.contains(LOOSE_PREFIX)) {
            return text; // the common case, decided without the pattern
        }
        return replace(shape, text, match -> randomToken(match.substring(skip)));
    }

    /** True when the text holds {@code length} base64 characters in a row. */
    private static boolean hasBase64Run(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean base64 = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/'
                    || c == '+';
            run = base64 ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every secret-shaped part replaced, for an identifier (an id, an accessor, a fingerprint): the
     * issuers' shapes and a random AWS secret key wherever they stand, but a random-looking token only when the
     * value also holds a space. Some identifiers are random by design (a Vault accessor, an SSH key's
     * {@code SHA256:} fingerprint); one with a space in it is text a person typed.
     */
    static String redactIdentifier(String text, boolean nearAwsKeyId) {
        String result = redact(text, nearAwsKeyId);
        if (result.length() < RANDOM_TOKEN_LENGTH) {
            return result;
        }
        result = replaceRandom(AWS_SECRET_KEY, result, 0);
        return result.chars().anyMatch(Character::isWhitespace) ? replaceRandomTokens(result) : result;
    }

    /** True when the text holds one of the issuers' shapes, or a 40-character AWS secret key. */
    static boolean shaped(String text) {
        for (Shape shape : ALWAYS) {
            if (shape.mayMatch(text) && shape.pattern().matcher(text).find()) {
                return true;
            }
        }
        return text.contains(LOOSE_PREFIX) && LOOSE_PREFIXED.matcher(text).find()
                || hasBase64Run(text, 40) && AWS_SECRET_KEY.matcher(text).find();
    }

    private static String replaceAll(Pattern shape, String text) {
        return replace(shape, text, match -> true);
    }

    /** Each match of {@code shape} that {@code secret} accepts, replaced by its marker; the same instance if none. */
    private static String replace(Pattern shape, String text, Predicate<String> secret) {
        Matcher m = shape.matcher(text);
        StringBuilder out = null;
        int from = 0;
        while (m.find()) {
            if (secret.test(m.group())) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, from, m.start()).append(Markers.of(m.group()));
                from = m.end();
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }
}
