package dev.trustmap.evidence.azure;

import dev.trustmap.evidence.redact.Markers;
import dev.trustmap.evidence.redact.Place;
import dev.trustmap.evidence.redact.SecretRule;

/**
 * Entra applications and service principals: {@code passwordCredentials[].secretText} is replaced by its name, as in
 * every format; {@code keyCredentials[].key} is replaced whatever the credential's type. Graph writes
 * {@code type} after {@code key}, so a streaming copy cannot know yet whether the key is a public certificate or a
 * symmetric key or password-protected PFX (both secrets); the importer reads {@code key} only to fingerprint a
 * symmetric key, which the marker carries, and Graph's lists return it null anyway.
 * {@code passwordCredentials[].hint} (the secret's first three characters, which the portal shows everyone who can
 * read the application) is kept: it identifies a secret without weakening it.
 */
final class AzureKeys implements SecretRule {

    @Override
    public String replace(Place place, String value) {
        return "key".equals(place.member()) && "keyCredentials".equals(place.container(1)) ? Markers.of(value) : null;
    }
}
