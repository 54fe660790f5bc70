package dev.trustmap.evidence.secretsmanager;

import dev.trustmap.evidence.redact.Markers;
import dev.trustmap.evidence.redact.Place;
import dev.trustmap.evidence.redact.SecretRule;
import java.util.Set;

/**
 * list-secrets and describe-secret hold no secret value. get-secret-value and batch-get-secret-value output, exported
 * by mistake, holds it in {@code SecretString} (text, often JSON with a password in it) or {@code SecretBinary}
 * (base64): both are replaced whole, whatever their type, the parts of a JSON string too.
 */
final class SecretValues implements SecretRule {

    private static final Set<String> VALUES = Set.of("SecretString", "SecretBinary");

    @Override
    public String replace(Place place, String value) {
        boolean secret = place.member() != null && VALUES.contains(place.member())
                || place.withinMember(VALUES::contains);
        return secret ? Markers.of(value) : null;
    }
}
