package dev.trustmap.evidence.mcp;

import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.model.inventory.CredentialKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a server's configuration holds a literal secret: the one decision the importer and the evidence pack's
 * redacted copy share, so that the copy imports to the same inventory. A value counts when the name it is written
 * under says secret ({@code GITHUB_TOKEN}, {@code Authorization}, {@code --api-key}), when it is a URL with a
 * password or a secret query parameter, or when it has a secret's shape wherever it stands ({@code ghp_...}, a
 * random-looking token). References ({@code ${input:ID}}, {@code ${env:NAME}}, {@code ${NAME}}) and file paths are
 * no secret; placeholders ({@code <YOUR_TOKEN>}, {@code YOUR_GITHUB_PAT}) are told apart.
 */
final class LiteralSecrets {

    private static final List<String> SECRET_PARTS = List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "APIKEY",
            "CREDENTIAL", "PRIVATEKEY");
    private static final Set<String> SECRET_WORDS = Set.of("AUTH", "AUTHORIZATION", "COOKIE", "PAT", "PWD", "PASS");
    private static final Set<String> PASSWORD_WORDS = Set.of("PASSWORD", "PASSWD", "PWD", "PASS");
    /** A name ending in one of these names a place, a switch or an identifier, not the secret itself. */
    private static final Set<String> NOT_SECRET_ENDINGS = Set.of("ID", "URL", "URI", "PATH", "FILE", "DIR", "HOST",
            "ENDPOINT", "TYPE", "MODE", "NAME", "REGION", "USER", "USERNAME", "EMAIL", "ENABLED", "HEADER", "TTL",
            "EXPIRY");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)^(?:bearer|basic|token|apikey)\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]+>|\\[[^\\[\\]]+]|\\{\\{[^{}]+}}|(?i:"
            + "(?:your|insert|replace|enter|put)[-_ ]?[a-z0-9_ -]*|x{3,}|\\*{3,}|changeme|change[-_]me"
            + "|(?:placeholder|example|dummy|todo)[a-z0-9_-]*)");
    private static final Pattern PATH = Pattern.compile("(?:/|~/|\\./|\\.\\./|[A-Za-z]:[\\\\/]).*");
    private static final Pattern USER_INFO = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/@:\\s]*:([^/@\\s]+)@");
    private static final Pattern QUERY = Pattern.compile("[?&]([^=&#]+)=([^&#]*)");
    private static final Pattern FLAG = Pattern.compile("--?([A-Za-z0-9][A-Za-z0-9_.-]*)");
    private static final Pattern FLAG_WITH_VALUE = Pattern.compile("(--?[A-Za-z0-9][A-Za-z0-9_.-]*)=(.*)",
            Pattern.DOTALL);
    /** {@code NAME=value}, as {@code docker run -e} and {@code env} take a variable. */
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);

    private LiteralSecrets() {
    }

    /** A value of {@code env}, under the variable's name. */
    static Literal inEnv(String name, String value) {
        return named(name, value, 0);
    }

    /** A value of {@code headers}: the secret follows the scheme ({@code Bearer ...}). */
    static Literal inHeader(String name, String value) {
        Matcher scheme = AUTH_SCHEME.matcher(value);
        return named(name, value, scheme.find() ? scheme.end() : 0);
    }

    /** An element of {@code args}, after {@code previous} (null for the first). */
    static Literal inArg(String previous, String arg) {
        for (Pattern named : List.of(FLAG_WITH_VALUE, ASSIGNMENT)) {
            Matcher flag = named.matcher(arg);
            if (flag.matches() && secretName(flag.group(1))) {
                return literal(arg, flag.start(2), arg.length(), kind(flag.group(1)));
            }
        }
        Matcher before = previous == null ? null : FLAG.matcher(previous);
        if (before != null && before.matches() && secretName(before.group(1)) && !arg.startsWith("-")) {
            return literal(arg, 0, arg.length(), kind(before.group(1)));
        }
        return inUrl(arg);
    }

    /** A URL ({@code url}, or an argument): its password, a secret query parameter, or a secret's shape. */
    static Literal inUrl(String value) {
        Matcher userInfo = USER_INFO.matcher(value);
        if (userInfo.find()) {
            return literal(value, userInfo.start(1), userInfo.end(1), CredentialKind.PASSWORD);
        }
        Matcher query = QUERY.matcher(value);
        while (query.find()) {
            if (secretName(query.group(1))) {
                return literal(value, query.start(2), query.end(2), kind(query.group(1)));
            }
        }
        return shaped(value) ? literal(value, 0, value.length(), kind("")) : null;
    }

    private static Literal named(String name, String value, int from) {
        if (!secretName(name) && !shaped(value) && !Fingerprints.isRedactionMarker(value.substring(from))) {
            return null;
        }
        return literal(value, from, value.length(), kind(name));
    }

    /** Null for nothing to hide: blank, a reference, a file path. */
    private static Literal literal(String value, int start, int end, CredentialKind kind) {
        String secret = value.substring(start, end).strip();
        if (secret.isEmpty() || REFERENCE.matcher(secret).find()) {
            return null;
        }
        if (Fingerprints.isRedactionMarker(secret)) {
            return new Literal(start, end, kind, false); // a redacted copy: the secret it stands for
        }
        if (PATH.matcher(secret).matches() && !shaped(secret)) {
            return null;
        }
        return new Literal(start, end, kind, PLACEHOLDER.matcher(secret).matches());
    }

    /** A secret's shape: an issuer's token or a random-looking one, as the inventory's guard sees it. */
    private static boolean shaped(String value) {
        return !Fingerprints.isRedactionMarker(value) && !SecretGuard.text(value).equals(value);
    }

    /** True when a variable, header, flag or parameter name says it holds a secret. */
    static boolean secretName(String name) {
        List<String> words = words(name);
        if (words.isEmpty() || NOT_SECRET_ENDINGS.contains(words.get(words.size() - 1))) {
            return false;
        }
        String joined = String.join("", words);
        return SECRET_PARTS.stream().anyMatch(joined::contains) || words.stream().anyMatch(SECRET_WORDS::contains)
                || words.get(words.size() - 1).equals("KEY");
    }

    private static CredentialKind kind(String name) {
        List<String> words = words(name);
        if (words.stream().anyMatch(PASSWORD_WORDS::contains)) {
            return CredentialKind.PASSWORD;
        }
        // by the name only: the redacted copy must give the same kind, and it keeps no prefix of the secret
        if (words.contains("PAT")) {
            return CredentialKind.PERSONAL_ACCESS_TOKEN;
        }
        return CredentialKind.API_KEY;
    }

    private static List<String> words(String name) {
        return name == null ? List.of() : List.of(name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
    }
}
