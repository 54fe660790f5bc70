package dev.trustmap.evidence.redact;

import dev.trustmap.model.collection.BoundedMemo;
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

    private static final BoundedMemo<String, Boolean> JUDGED = new BoundedMemo<>(MemberNames.REMEMBERED,
            name -> NAMES.contains(MemberNames.plain(name)));

    static boolean is(String name) {
        return name != null && JUDGED.apply(name);
    }
}
