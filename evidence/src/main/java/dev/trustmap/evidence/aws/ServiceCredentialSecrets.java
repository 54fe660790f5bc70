package dev.trustmap.evidence.aws;

import dev.trustmap.evidence.redact.Markers;
import dev.trustmap.evidence.redact.Place;
import dev.trustmap.evidence.redact.SecretRule;
import java.util.Set;

/**
 * A list of service-specific credentials holds no secret. The output of create- or reset-service-specific-credential,
 * saved among them, holds the password ({@code ServicePassword}) or the Bedrock API key's secret part
 * ({@code ServiceCredentialSecret}): both are replaced. {@code ServiceCredentialAlias}, the key's public part, is
 * kept.
 */
final class ServiceCredentialSecrets implements SecretRule {

    private static final Set<String> SECRETS = Set.of("ServicePassword", "ServiceCredentialSecret");

    @Override
    public String replace(Place place, String value) {
        boolean secret = place.member() != null && SECRETS.contains(place.member())
                || place.withinMember(SECRETS::contains);
        return secret ? Markers.of(value) : null;
    }
}
