package dev.trustmap.evidence.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code kubectl get serviceaccounts -A -o json} and {@code kubectl get secrets -A -o json} (or both in one
 * List): service accounts become identities, legacy token secrets their credentials. Also reads a single object
 * and the API's typed ServiceAccountList / SecretList.
 */
public final class KubectlServiceAccountImporter implements Importer {

    private static final Pattern KIND = Pattern.compile(
            "\"kind\"\\s*:\\s*\"(ServiceAccount|ServiceAccountList|Secret|SecretList)\"");
    // kubectl sorts members, so a List opens with apiVersion and items, and a Secret's data comes before its kind:
    // a first Secret larger than the head (a Helm release) hides every kind. Lists showing another kind are not ours.
    private static final Pattern KUBECTL_LIST = Pattern.compile(
            "^\\s*\\{\\s*\"apiVersion\"\\s*:\\s*\"v1\"\\s*,\\s*\"items\"\\s*:\\s*\\["
                    + "\\s*\\{\\s*\"apiVersion\"\\s*:\\s*\"v1\"\\s*,\\s*\"data\"");
    private static final Set<String> ITEMS = Set.of("items");
    private static final Pattern ANY_KIND = Pattern.compile("\"kind\"\\s*:\\s*\"");

    @Override
    public String source() {
        return "kubernetes";
    }

    @Override
    public String describe() {
        return "Kubernetes service accounts and legacy token secrets (kubectl get serviceaccounts,secrets -A -o json)";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (!head.json() || !head.hasJsonKey("apiVersion") || head.hasJsonKey("asset_type")
                || head.hasJsonKey("assetType")) {
            return false;
        }
        return KIND.matcher(head.text()).find()
                || KUBECTL_LIST.matcher(head.text()).find() && !ANY_KIND.matcher(head.text()).find();
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        Map<String, Integer> otherSecretTypes = new TreeMap<>();
        Map<String, Integer> otherKinds = new TreeMap<>();
        JsonRecords.read(file, ITEMS, (object, at) -> {
            if (!object.isObject()) {
                throw new InputException(new InputProblem(file.name(), at.where(),
                        "expected Kubernetes objects (a List of ServiceAccounts or Secrets), found "
                                + object.getNodeType().name().toLowerCase(Locale.ROOT) + ".",
                        "Export with kubectl get serviceaccounts -A -o json or kubectl get secrets -A -o json."));
            }
            Origin origin = new Origin(file.name(), at.origin());
            String kind = kindOf(object);
            try {
                switch (kind) {
                    case "ServiceAccount" -> sink.identity(ServiceAccounts.read(object, origin));
                    case "Secret" -> {
                        String type = JsonInput.text(object, "type");
                        if (TokenSecrets.TYPE.equals(type)) {
                            sink.identity(TokenSecrets.read(object, origin, sink.options().asOf()));
                        } else {
                            otherSecretTypes.merge(type == null ? "(no type)" : type, 1, Integer::sum);
                        }
                    }
                    default -> {
                        // An empty List whose items are null is no object of its own.
                        if (!kind.endsWith("List")) {
                            otherKinds.merge(kind, 1, Integer::sum);
                        }
                    }
                }
            } catch (BadObject bad) {
                sink.badRow(new InputProblem(file.name(), at.where(), bad.getMessage(), bad.fix()));
            }
        });
        if (!otherSecretTypes.isEmpty()) {
            sink.warning(new InputProblem(file.name(), "", "skipped " + count(otherSecretTypes)
                    + " secrets that are not service-account tokens (" + summary(otherSecretTypes) + ").", null));
        }
        if (!otherKinds.isEmpty()) {
            sink.warning(new InputProblem(file.name(), "", "skipped " + count(otherKinds)
                    + " objects that are neither ServiceAccounts nor Secrets (" + summary(otherKinds) + ").", null));
        }
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new KubernetesSecrets());
    }

    // kubectl writes each item's kind; the API's typed lists (ServiceAccountList) leave it out of their items.
    private static String kindOf(JsonNode object) {
        String kind = JsonInput.text(object, "kind");
        if (kind != null) {
            return kind;
        }
        if (object.has("type")) {
            return "Secret";
        }
        if (object.has("metadata") && !object.has("spec") && !object.has("status") && !object.has("data")) {
            return "ServiceAccount";
        }
        return "(no kind)";
    }

    private static int count(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String summary(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
