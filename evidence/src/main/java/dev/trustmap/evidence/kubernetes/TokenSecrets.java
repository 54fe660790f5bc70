package dev.trustmap.evidence.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** A Secret of type kubernetes.io/service-account-token: a legacy token that never expires. */
final class TokenSecrets {

    static final String TYPE = "kubernetes.io/service-account-token";
    static final String ACCOUNT_ANNOTATION = "kubernetes.io/service-account.name";
    /** Set from 1.26 to the UTC date of the last use; absent when unused since then. */
    static final String LAST_USED_LABEL = "kubernetes.io/legacy-token-last-used";
    /** Set from 1.29 when the token cleaner invalidates a token unused for a year. */
    static final String INVALID_SINCE_LABEL = "kubernetes.io/legacy-token-invalid-since";

    private TokenSecrets() {
    }

    static Identity read(JsonNode secret, Origin origin, Instant asOf) {
        JsonNode metadata = secret.path("metadata");
        String name = KubernetesObjects.required(metadata, "name", "token Secret");
        String namespace = KubernetesObjects.required(metadata, "namespace", "token Secret");
        String account = JsonInput.text(metadata.path("annotations"), ACCOUNT_ANNOTATION);
        if (account == null) {
            throw new BadObject("the token Secret " + namespace + "/" + name + " has no annotation "
                    + ACCOUNT_ANNOTATION + ", so its service account is unknown.",
                    "Export the secrets unmodified with kubectl get secrets -A -o json.");
        }
        JsonNode labels = metadata.path("labels");
        Instant lastUsed = KubernetesObjects.time(labels, LAST_USED_LABEL, "label " + LAST_USED_LABEL);
        Instant invalidSince = KubernetesObjects.time(labels, INVALID_SINCE_LABEL, "label " + INVALID_SINCE_LABEL);
        Instant created = KubernetesObjects.time(metadata, "creationTimestamp", "metadata.creationTimestamp");
        boolean active = invalidSince == null || invalidSince.isAfter(asOf);
        Credential token = new Credential(namespace + "/" + name, CredentialKind.SERVICE_ACCOUNT_TOKEN,
                ManagedBy.USER, active, created, null, lastUsed, null, null,
                fingerprint(JsonInput.text(secret.path("data"), "token")), List.of(), origin);
        return KubernetesObjects.serviceAccount(namespace, account, KubernetesObjects.cluster(metadata))
                .addCredential(token)
                .build();
    }

    // data.token is base64 of the JWT; fingerprint the JWT itself so a scanner finding of it links here.
    private static String fingerprint(String data) {
        if (data == null) {
            return null;
        }
        try {
            return Fingerprints.ofSecret(new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Fingerprints.ofSecret(data);
        }
    }
}
