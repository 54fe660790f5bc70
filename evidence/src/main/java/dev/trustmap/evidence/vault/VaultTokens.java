package dev.trustmap.evidence.vault;

import dev.trustmap.evidence.redact.Markers;
import dev.trustmap.evidence.redact.Place;
import dev.trustmap.evidence.redact.SecretRule;

/**
 * Vault lookups: a token lookup's {@code id} is the token itself; its {@code accessor} only names it and is kept. A
 * lease lookup's {@code id} is the lease's path ({@code database/creds/readonly/<id>}), no secret, and the importer
 * needs it: it is told apart by its slashes, which no token has. Tokens in {@code auth.client_token} or
 * {@code wrap_info.token} (login and wrapping responses) are replaced by name.
 */
final class VaultTokens implements SecretRule {

    @Override
    public String replace(Place place, String value) {
        return "id".equals(place.member()) && value.indexOf('/') < 0 ? Markers.of(value) : null;
    }
}
