package dev.trustmap.evidence.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the records of one file into service accounts and keys. Holds only what joins records: unique id to
 * email, and the keys whose name gives the account by unique id until the file has been read.
 */
final class ServiceAccountRecords implements JsonRecords.Listener {

    static final String ACCOUNT_TYPE = "iam.googleapis.com/ServiceAccount";
    static final String KEY_TYPE = "iam.googleapis.com/ServiceAccountKey";

    private record PendingKey(String account, String project, Credential key) {
    }

    private final EvidenceFile file;
    private final ImportSink sink;
    private final Map<String, String> emailByUniqueId = new HashMap<>();
    private final List<PendingKey> pending = new ArrayList<>();
    private final Map<String, Integer> otherAssetTypes = new TreeMap<>();

    ServiceAccountRecords(EvidenceFile file, ImportSink sink) {
        this.file = file;
        this.sink = sink;
    }

    @Override
    public void record(JsonNode node, JsonRecords.At at) {
        try {
            if (!node.isObject()) {
                throw bad(at, "expected a service account or key object, found " + node.getNodeType() + ".", null);
            }
            // Storage exports write asset_type; gcloud asset search and the API write assetType.
            String assetType = text(node, "asset_type") != null ? text(node, "asset_type") : text(node, "assetType");
            if (assetType != null) {
                asset(node, assetType, at);
            } else if (ServiceAccounts.keyName(text(node, "name")) != null) {
                key(node, null, at);
            } else if (node.has("email") || ServiceAccounts.accountName(text(node, "name")) != null) {
                account(node, null, at);
            } else {
                throw bad(at, "expected a service account (with email) or a key (with name "
                        + "projects/P/serviceAccounts/EMAIL/keys/ID); this record has neither.",
                        "Import the output of gcloud iam service-accounts list or keys list with --format=json.");
            }
        } catch (BadRecord e) {
            sink.badRow(e.problem());
        }
    }

    private void asset(JsonNode node, String assetType, JsonRecords.At at) {
        JsonNode data = node.path("resource").path("data");
        boolean exported = data.isObject();
        if (assetType.equals(ACCOUNT_TYPE)) {
            if (exported) {
                account(data, text(node, "name"), at.child("/resource/data"));
            } else {
                searchedAccount(node, at);
            }
        } else if (assetType.equals(KEY_TYPE)) {
            key(exported ? data : node, text(node, "name"), exported ? at.child("/resource/data") : at);
        } else {
            otherAssetTypes.merge(assetType, 1, Integer::sum);
        }
    }

    /** A service account from gcloud, the IAM API, or an asset export's resource.data. */
    private void account(JsonNode data, String assetName, JsonRecords.At at) {
        ServiceAccounts.Name name = ServiceAccounts.accountName(text(data, "name"));
        if (name == null) {
            name = ServiceAccounts.accountName(assetName);
        }
        String email = text(data, "email");
        if (email == null && name != null && ServiceAccounts.isEmail(name.account())) {
            email = name.account();
        }
        if (email == null) {
            throw bad(at, "the service account has no email, so it cannot be named.",
                    "Export it with gcloud iam service-accounts list --format=json, which always writes email.");
        }
        String uniqueId = text(data, "uniqueId");
        if (uniqueId != null) {
            emailByUniqueId.put(uniqueId, email);
        }
        if (name != null && !ServiceAccounts.isEmail(name.account())) {
            emailByUniqueId.put(name.account(), email);
        }
        String project = text(data, "projectId") != null ? text(data, "projectId")
                : name == null ? null : name.project();
        String displayName = text(data, "displayName");
        sink.identity(ServiceAccounts.identity(email, project, displayName)
                .name(displayName != null ? displayName : email.substring(0, email.indexOf('@')))
                .purpose(text(data, "description"))
                // The IAM API writes "disabled" only when true, so its absence means enabled.
                .status(data.path("disabled").asBoolean(false) ? "disabled" : "active")
                .build());
    }

    /** A service account from gcloud asset search-all-resources: email in additionalAttributes or in the name. */
    private void searchedAccount(JsonNode node, JsonRecords.At at) {
        ServiceAccounts.Name name = ServiceAccounts.accountName(text(node, "name"));
        String email = text(node.path("additionalAttributes"), "email");
        if (email == null && name != null && ServiceAccounts.isEmail(name.account())) {
            email = name.account();
        }
        if (email == null) {
            throw bad(at, "the search result names the service account by unique id only and has no "
                    + "additionalAttributes.email, so it cannot be named.",
                    "Import gcloud iam service-accounts list --format=json for this project instead.");
        }
        if (name != null && !ServiceAccounts.isEmail(name.account())) {
            emailByUniqueId.put(name.account(), email);
        }
        String displayName = text(node, "displayName");
        String state = text(node, "state");
        sink.identity(ServiceAccounts.identity(email, name == null ? null : name.project(), displayName)
                .name(displayName)
                .purpose(text(node, "description"))
                .status(state == null ? null : state.equalsIgnoreCase("DISABLED") ? "disabled" : "active")
                .build());
    }

    /** A key from gcloud keys list, the IAM API, an asset export's resource.data, or a search result. */
    private void key(JsonNode data, String assetName, JsonRecords.At at) {
        ServiceAccounts.Name name = ServiceAccounts.keyName(text(data, "name"));
        if (name == null) {
            name = ServiceAccounts.keyName(assetName);
        }
        if (name == null) {
            throw bad(at, "expected the key's name as projects/P/serviceAccounts/EMAIL/keys/KEY_ID, found '"
                    + text(data, "name") + "'.", null);
        }
        String keyType = text(data, "keyType");
        Instant created = time(data, "validAfterTime", at);
        if (created == null) {
            created = time(data, "createTime", at); // search results carry createTime only
        }
        JsonNode disabled = data.get("disabled");
        Credential key = new Credential(name.keyId(), CredentialKind.ACCESS_KEY,
                keyType == null ? null : keyType.equals("SYSTEM_MANAGED") ? ManagedBy.PLATFORM : ManagedBy.USER,
                keyType == null && disabled == null ? null : disabled == null || !disabled.asBoolean(false),
                created, null, null, ServiceAccounts.expiry(time(data, "validBeforeTime", at)), null,
                // privateKeyData appears only in a create response; it is the key itself.
                Fingerprints.ofSecret(text(data, "privateKeyData")), List.of(), new Origin(file.name(), at.origin()));
        if (ServiceAccounts.isEmail(name.account())) {
            emitKey(name.account(), name.project(), key);
        } else {
            pending.add(new PendingKey(name.account(), name.project(), key));
        }
    }

    private void emitKey(String email, String project, Credential key) {
        sink.identity(ServiceAccounts.identity(email, project, null).addCredential(key).build());
    }

    /** Emits the keys that named their account by unique id, and says what was not read. */
    void finish() {
        List<String> unresolved = new ArrayList<>();
        for (PendingKey key : pending) {
            String email = emailByUniqueId.get(key.account());
            if (email == null) {
                unresolved.add(key.key().id());
                email = key.account();
            }
            emitKey(email, key.project(), key.key());
        }
        if (!unresolved.isEmpty()) {
            sink.warning(new InputProblem(file.name(), "", unresolved.size() + " key(s) name their service account "
                    + "by unique id only, and no service account in this file has that id; they are listed under the "
                    + "unique id: " + String.join(", ", unresolved.subList(0, Math.min(5, unresolved.size())))
                    + (unresolved.size() > 5 ? ", ..." : "") + ".",
                    "Export the service accounts and their keys together (one asset export with both types)."));
        }
        if (!otherAssetTypes.isEmpty()) {
            sink.warning(new InputProblem(file.name(), "", "ignored assets of types this importer does not read: "
                    + otherAssetTypes + ".",
                    "Nothing to do; export with --asset-types=" + ACCOUNT_TYPE + "," + KEY_TYPE
                            + " to leave them out."));
        }
    }

    private Instant time(JsonNode node, String field, JsonRecords.At at) {
        String raw = text(node, field);
        try {
            return Timestamps.parse(raw);
        } catch (DateTimeParseException e) {
            throw bad(at.child("/" + field), "expected an RFC 3339 time in " + field + ", found '" + raw + "'.",
                    "Export the data again; gcloud writes times like 2024-05-01T12:00:00Z.");
        }
    }

    private BadRecord bad(JsonRecords.At at, String message, String fix) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, fix));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }
}
