package dev.trustmap.evidence.keyvault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.JsonTimes;
import dev.trustmap.evidence.format.PagedRecords;
import dev.trustmap.evidence.format.TagConventions;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One secret or certificate of a list (the REST page's {@code value} items, or the array {@code az} prints) as an
 * identity of its own holding one credential. A certificate-backed secret ({@code managed: true}) is read as its
 * certificate, so that the two lists of one vault give one certificate, not a certificate and a secret.
 */
final class VaultObjects extends PagedRecords {

    static final String PLATFORM = "azure";

    static final String FIX = "Export with az keyvault secret list --vault-name VAULT -o json (and az keyvault "
            + "certificate list), or save every page of GET https://VAULT.vault.azure.net/secrets?api-version=7.4.";

    VaultObjects(EvidenceFile file, ImportSink sink) {
        super(file, sink, "nextLink");
    }

    @Override
    protected void read(JsonNode node, JsonRecords.At at) {
        if (!node.isObject()) {
            throw bad(at, "expected a secret or certificate (a JSON object with id and attributes), found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        sink.identity(object(node, at));
    }

    void finish() {
        laterPageMissing("the last page has a nextLink: the objects on the "
                    + "pages after it are not in this file.", "Follow nextLink until it is null and import every "
                    + "page, or use az keyvault secret list, which follows it.").ifPresent(sink::warning);
    }

    private Identity object(JsonNode node, JsonRecords.At at) {
        String raw = JsonInput.text(node, "id");
        if (raw == null) {
            throw bad(at, "the object has no id, so it cannot be named.");
        }
        ObjectId id = ObjectId.parse(raw);
        if (id == null) {
            throw bad(at.child("/id"), "expected a Key Vault secret or certificate identifier "
                    + "(https://VAULT.vault.azure.net/secrets/NAME or /certificates/NAME), found '" + raw + "'.");
        }
        boolean certificate = id.collection().equals("certificates") || node.path("managed").asBoolean(false);
        JsonNode attributes = node.path("attributes");
        JsonNode enabledNode = attributes.get("enabled");
        Boolean enabled = enabledNode != null && enabledNode.isBoolean() ? enabledNode.booleanValue() : null;
        Instant deleted = time(node, "deletedDate", at);
        String url = id.url(certificate ? "certificates" : "secrets");
        // updated is the current version's last change: a new version (a rotation), or an edit of its attributes.
        Credential credential = new Credential(url, certificate ? CredentialKind.CERTIFICATE : CredentialKind.API_KEY,
                ManagedBy.USER, deleted != null ? Boolean.FALSE : enabled,
                time(attributes, "created", at.child("/attributes")),
                time(attributes, "updated", at.child("/attributes")), null, expiry(attributes, at), null, null,
                List.of(), new Origin(file.name(), at.origin()));
        String name = JsonInput.text(node, "name") != null ? JsonInput.text(node, "name") : id.name();
        ActorClassInference.Guess guess = ActorClassInference.fromName(name).orElse(null);
        Identity.Builder identity = Identity.builder(url)
                .name(name)
                .platform(PLATFORM)
                .account(id.vault())
                .actorClass(guess == null ? null : guess.actorClass())
                .actorClassReason(guess == null ? null : guess.reason())
                .status(deleted != null ? "decommissioned" : enabled == null ? null : enabled ? "active" : "disabled")
                .decommissionOn(deleted)
                .addCredential(credential);
        return TagConventions.of(tags(node)).applyTo(identity).build();
    }

    /** REST writes exp, az writes expires; absent means the object never expires. */
    private Instant expiry(JsonNode attributes, JsonRecords.At at) {
        String field = attributes.has("exp") ? "exp" : "expires";
        return time(attributes, field, at.child("/attributes"));
    }

    private static List<Map.Entry<String, String>> tags(JsonNode node) {
        List<Map.Entry<String, String>> tags = new ArrayList<>();
        node.path("tags").properties().forEach(tag -> {
            if (tag.getValue().isValueNode() && !tag.getValue().isNull()) {
                tags.add(Map.entry(tag.getKey(), tag.getValue().asText()));
            }
        });
        return tags;
    }

    private Instant time(JsonNode node, String field, JsonRecords.At at) {
        try {
            return JsonTimes.epochOrIso(node, field);
        } catch (DateTimeParseException e) {
            throw bad(at.child("/" + field), "expected a time in " + field + " (epoch seconds such as 1741668435, or "
                    + "ISO-8601 as az prints it), found '" + JsonTimes.raw(node, field) + "'.");
        }
    }

    private BadRecord bad(JsonRecords.At at, String message) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, FIX));
    }
}
