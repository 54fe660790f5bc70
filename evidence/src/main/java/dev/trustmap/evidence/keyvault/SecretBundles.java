package dev.trustmap.evidence.keyvault;

import dev.trustmap.evidence.redact.Markers;
import dev.trustmap.evidence.redact.Place;
import dev.trustmap.evidence.redact.SecretRule;

/**
 * Lists of secrets and certificates hold no secret value. A secret bundle (REST {@code GET /secrets/NAME}, or
 * {@code az keyvault secret show}) saved among them holds the secret in {@code value}: replaced, when it is an
 * object's member, as in a bundle. The REST list's own {@code value} is the array of items, whose strings are other
 * members; a {@code value} tag is inside {@code tags}, and kept.
 */
final class SecretBundles implements SecretRule {

    @Override
    public String replace(Place place, String value) {
        return "value".equals(place.member()) && place.container(0) == null ? Markers.of(value) : null;
    }
}
