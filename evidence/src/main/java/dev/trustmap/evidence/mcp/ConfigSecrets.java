package dev.trustmap.evidence.mcp;

import dev.trustmap.evidence.redact.Markers;
import dev.trustmap.evidence.redact.Place;
import dev.trustmap.evidence.redact.SecretRule;

/**
 * The literal secrets of a configuration file, replaced in the evidence pack's copy where the importer finds them
 * ({@link LiteralSecrets}): only the secret part of a value ({@code Bearer REDACTED:...},
 * {@code postgresql://app:REDACTED:...@db/app}), so that the copy imports to the same servers, credentials and
 * fingerprints. References and placeholders are kept as written. One instance per copy: an argument is judged with
 * the one before it ({@code --token VALUE}), which the values stream past in order.
 */
final class ConfigSecrets implements SecretRule {

    private String previousArg;

    @Override
    public String replace(Place place, String value) {
        String previous = previousArg;
        previousArg = null;
        Literal literal;
        if (place.member() == null && "args".equals(place.container(0))) {
            previousArg = value;
            literal = LiteralSecrets.inArg(previous, value);
        } else if (place.member() != null && "env".equals(place.container(0))) {
            literal = LiteralSecrets.inEnv(place.member(), value);
        } else if (place.member() != null && "headers".equals(place.container(0))) {
            literal = LiteralSecrets.inHeader(place.member(), value);
        } else if ("url".equals(place.member())) {
            literal = LiteralSecrets.inUrl(value);
        } else {
            return null;
        }
        if (literal == null || literal.placeholder()) {
            // no secret here, as the importer reads it: kept from the secret names' rule (a reference under TOKEN),
            // while the shape scan that runs on every value still sees it
            return value;
        }
        return literal.replacedIn(value, Markers.of(literal.in(value)));
    }
}
