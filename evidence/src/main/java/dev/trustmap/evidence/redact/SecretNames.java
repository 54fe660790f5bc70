package dev.trustmap.evidence.redact;

import java.util.Locale;
import java.util.Set;

/**
 * Members and columns whose name says they hold a secret, in any format: an AWS secret access key or session token,
 * a private key (GCP's {@code privateKeyData} and key-file {@code private_key}), an Entra client secret's
 * {@code secretText}, a password, a token. Names are compared without case, underscores, hyphens or spaces, and
 * exactly: {@code password_enabled} or {@code token_id} are not secrets.
 */
final class SecretNames implements SecretRule {

    private static final Set<String> NAMES = Set.of("secret", "secretvalue", "secretkey", "secretaccesskey",
            "awssecretaccesskey", "sessiontoken", "awssessiontoken", "privatekey", "privatekeydata", "secrettext",
            "clientsecret", "clienttoken", "password", "passwd", "token", "accesstoken", "refreshtoken", "apikey",
            "apisecret");

    @Override
    public String replace(Place place, String value) {
        return is(place.member()) || place.withinMember(SecretNames::is) ? Markers.of(value) : null;
    }

    static boolean is(String name) {
        return name != null && NAMES.contains(normalised(name));
    }

    private static String normalised(String name) {
        StringBuilder plain = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != '_' && c != '-' && c != ' ' && c != '.') {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
