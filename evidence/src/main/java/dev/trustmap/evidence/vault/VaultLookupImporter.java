package dev.trustmap.evidence.vault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code vault token lookup -format=json} (and {@code -accessor}), and {@code vault lease lookup}: one lookup,
 * many back to back, JSON Lines, or an array; each the CLI's response (with {@code data}) or the bare data.
 */
public final class VaultLookupImporter implements Importer {

    private static final String FIX = "Export with vault token lookup -format=json (or -accessor ACCESSOR), or "
            + "vault lease lookup -format=json LEASE_ID.";

    @Override
    public String source() {
        return "vault";
    }

    @Override
    public String describe() {
        return "HashiCorp Vault token lookups (vault token lookup -format=json, one or many) and lease lookups";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (!head.json()) {
            return false;
        }
        boolean token = head.hasJsonKey("accessor") && head.hasJsonKey("creation_ttl")
                && head.hasJsonKey("policies");
        boolean lease = head.hasJsonKey("issue_time") && head.hasJsonKey("expire_time")
                && head.hasJsonKey("last_renewal_time") && head.hasJsonKey("renewable");
        return token || lease;
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        JsonRecords.read(file, Set.of(), (response, at) -> {
            String location = at.where();
            if (!response.isObject()) {
                throw new InputException(new InputProblem(file.name(), location,
                        "expected Vault lookup responses (JSON objects), found an array holding "
                                + response.getNodeType().name().toLowerCase(Locale.ROOT) + ".", FIX));
            }
            if (response.has("errors") && !response.path("data").isObject()) {
                throw new InputException(new InputProblem(file.name(), location,
                        "Vault answered with errors instead of a lookup: " + response.get("errors") + ".",
                        "Use a token allowed to look the token or lease up. " + FIX));
            }
            // The CLI and API wrap the lookup in data; Vault's docs show the bare data.
            JsonNode data = response.path("data").isObject() ? response.get("data") : response;
            Origin origin = new Origin(file.name(), at.origin());
            try {
                if (data.has("accessor") || data.has("policies") || data.has("display_name")) {
                    sink.identity(TokenLookups.read(data, origin));
                } else if (data.has("id") && data.has("issue_time")) {
                    sink.identity(LeaseLookups.read(data, origin));
                } else {
                    throw new InputException(new InputProblem(file.name(), location,
                            "expected a token lookup (accessor, policies, ...) or a lease lookup (id, issue_time, "
                                    + "expire_time, ...), found an object with " + fields(data) + ".", FIX));
                }
            } catch (BadLookup bad) {
                sink.badRow(new InputProblem(file.name(), location, bad.getMessage(), bad.fix()));
            }
        });
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new VaultTokens());
    }

    private static String fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(property -> names.add(property.getKey()));
        return names.isEmpty() ? "no fields" : "fields " + String.join(", ", names);
    }
}
