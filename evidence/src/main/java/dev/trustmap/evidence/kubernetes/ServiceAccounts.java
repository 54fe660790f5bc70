package dev.trustmap.evidence.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import java.util.List;

/** A ServiceAccount object: the identity, and the token secrets it lists. */
final class ServiceAccounts {

    /** Annotations binding a service account to a cloud identity (EKS IRSA, GKE and Azure workload identity). */
    private static final List<String> CLOUD_IDENTITY_ANNOTATIONS = List.of("eks.amazonaws.com/role-arn",
            "iam.gke.io/gcp-service-account", "azure.workload.identity/client-id");

    private ServiceAccounts() {
    }

    static Identity read(JsonNode serviceAccount, Origin origin) {
        JsonNode metadata = serviceAccount.path("metadata");
        String name = KubernetesObjects.required(metadata, "name", "ServiceAccount");
        String namespace = KubernetesObjects.required(metadata, "namespace", "ServiceAccount");
        Identity.Builder identity = KubernetesObjects.serviceAccount(namespace, name,
                KubernetesObjects.cluster(metadata));
        JsonNode annotations = metadata.path("annotations");
        for (String annotation : CLOUD_IDENTITY_ANNOTATIONS) {
            String target = JsonInput.text(annotations, annotation);
            if (target != null) {
                identity.executesAs(target);
                break;
            }
        }
        for (JsonNode reference : serviceAccount.path("secrets")) {
            String secret = JsonInput.text(reference, "name");
            if (looksLikeToken(secret)) {
                String secretNamespace = JsonInput.text(reference, "namespace");
                identity.addCredential(reference(secretNamespace == null ? namespace : secretNamespace, secret,
                        origin));
            }
        }
        return identity.build();
    }

    // Before 1.24 the token controller created "<sa>-token-<5 chars>" and listed it in secrets[]; other entries
    // (registry credentials a pod may mount) are not this account's credentials.
    private static boolean looksLikeToken(String secret) {
        return secret != null && secret.contains("-token-");
    }

    /**
     * The token secret as the ServiceAccount names it. Its dates are unknown here: the secrets export, when given,
     * supplies them and merges into this credential by id; without it the token still shows as existing.
     */
    private static Credential reference(String namespace, String secret, Origin origin) {
        return new Credential(namespace + "/" + secret, CredentialKind.SERVICE_ACCOUNT_TOKEN, ManagedBy.USER, null,
                null, null, null, null, null, null, List.of(), origin);
    }
}
