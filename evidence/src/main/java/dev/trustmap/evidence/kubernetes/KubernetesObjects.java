package dev.trustmap.evidence.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** What service-account objects and token secrets share: the identity they name and their metadata. */
final class KubernetesObjects {

    static final String PLATFORM = "kubernetes";

    private KubernetesObjects() {
    }

    /** The identity of service account {@code namespace/name}, as either kind of object names it. */
    static Identity.Builder serviceAccount(String namespace, String name, String cluster) {
        // Pre-1.24 clusters list the controller manager's own accounts (deployment-controller, job-controller):
        // their names describe what they manage, not a pipeline.
        ActorClassInference.Guess guess = "kube-system".equals(namespace) && name.endsWith("-controller")
                ? new ActorClassInference.Guess(ActorClass.WORKLOAD, "Kubernetes controller in kube-system")
                : ActorClassInference.fromNameOr(name, ActorClass.WORKLOAD, "Kubernetes service account");
        return Identity.builder(namespace + "/" + name)
                .name(name)
                .platform(PLATFORM)
                .account(cluster)
                .actorClass(guess.actorClass())
                .actorClassReason(guess.reason());
    }

    /** A required metadata field; an object without it cannot be placed. */
    static String required(JsonNode metadata, String field, String kind) {
        String value = JsonInput.text(metadata, field);
        if (value == null) {
            throw new BadObject("a " + kind + " without metadata." + field + ".",
                    "Export with kubectl get ... -A -o json, which writes every object's name and namespace.");
        }
        return value;
    }

    /**
     * The cluster, where the export names it. kubectl does not write its context into the output; only the
     * deprecated ObjectMeta field clusterName (set by multi-cluster tooling before 1.25) carries one.
     */
    static String cluster(JsonNode metadata) {
        return JsonInput.text(metadata, "clusterName");
    }

    /** A time or date in a metadata field or label; null when absent. */
    static Instant time(JsonNode node, String field, String what) {
        String raw = JsonInput.text(node, field);
        try {
            return Timestamps.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadObject("expected an ISO-8601 date or time in " + what + ", found '" + raw + "'.",
                    "Check the value was not edited; Kubernetes writes e.g. 2022-10-24 or 2022-01-10T06:48:02Z.");
        }
    }
}
