package dev.trustmap.evidence.kubernetes;

import dev.trustmap.evidence.redact.Markers;
import dev.trustmap.evidence.redact.Place;
import dev.trustmap.evidence.redact.SecretRule;

/**
 * Kubernetes objects: every value under a Secret's {@code data} (base64) and {@code stringData}, keys kept; and the
 * {@code kubectl.kubernetes.io/last-applied-configuration} annotation, which repeats the whole object as applied,
 * secret values included. ConfigMaps' {@code data} is replaced too: the export is read for service accounts and
 * token secrets only, and a ConfigMap is a common place for a secret that should not be there.
 */
final class KubernetesSecrets implements SecretRule {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    @Override
    public String replace(Place place, String value) {
        if (LAST_APPLIED.equals(place.member()) && "annotations".equals(place.container(0))) {
            return Markers.of(value);
        }
        if (place.within("stringData")) {
            return Markers.of(value);
        }
        if (place.within("data")) {
            String marker = Markers.ofBase64(value);
            return marker != null ? marker : value;
        }
        return null;
    }
}
