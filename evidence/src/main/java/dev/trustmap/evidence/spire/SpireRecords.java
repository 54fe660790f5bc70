package dev.trustmap.evidence.spire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.JsonTimes;
import dev.trustmap.evidence.format.PagedRecords;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Registration entries ({@code entry show}) and agents ({@code agent list}), told apart by their fields: an entry has
 * a {@code spiffe_id}, an agent's {@code id} is itself a SPIFFE ID.
 */
final class SpireRecords extends PagedRecords {

    static final String PLATFORM = "spire";

    static final String FIX = "Export with spire-server entry show -output json (and again with -downstream) or "
            + "spire-server agent list -output json, and import the output unmodified.";

    /** Agents live under this path of the trust domain, and the server at /spire/server. */
    private static final String RESERVED = "/spire/";
    private static final String SERVER = "/spire/server";

    SpireRecords(EvidenceFile file, ImportSink sink) {
        super(file, sink, "next_page_token");
    }

    @Override
    protected void read(JsonNode node, JsonRecords.At at) {
        if (!node.isObject()) {
            throw bad(at, "expected a registration entry or an agent (a JSON object), found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        if (node.has("spiffe_id")) {
            sink.identity(entry(node, at));
        } else if (node.path("id").isObject()) {
            sink.identity(agent(node, at));
        } else {
            throw bad(at, "expected a registration entry (id, spiffe_id, parent_id, selectors ...) or an agent "
                    + "(id {trust_domain, path}, attestation_type ...), found " + fields(node) + ".");
        }
    }

    void finish() {
        laterPageMissing("next_page_token is set: this is one page, and the "
                    + "entries or agents on the later pages are not in this file.",
                    "Export with spire-server entry show -output json or agent list -output json, which read every "
                            + "page.").ifPresent(sink::warning);
    }

    /** A registration entry: the SPIFFE ID it lets SPIRE issue, to the workloads or nodes its selectors match. */
    private Identity entry(JsonNode node, JsonRecords.At at) {
        String entryId = JsonInput.text(node, "id");
        if (entryId == null) {
            throw bad(at, "the registration entry has no id.");
        }
        String spiffeId = SpiffeIds.of(node, "spiffe_id");
        if (spiffeId == null) {
            throw bad(at.child("/spiffe_id"), "expected a SPIFFE ID ({\"trust_domain\": ..., \"path\": ...}) in "
                    + "spiffe_id, found " + JsonTimes.raw(node, "spiffe_id") + ".");
        }
        String parent = SpiffeIds.of(node, "parent_id");
        Instant expires = time(node, "expires_at", at);
        boolean admin = node.path("admin").asBoolean(false);
        boolean downstream = node.path("downstream").asBoolean(false);
        // SVIDs are minted on demand for whoever the selectors attest, and SPIRE renews them: a trust, not a secret.
        Credential svids = new Credential(entryId, CredentialKind.FEDERATED, ManagedBy.PLATFORM,
                expires == null || expires.isAfter(sink.options().asOf()), time(node, "created_at", at), null, null,
                expires, ttl(node, at), null, List.of(), new Origin(file.name(), at.origin()));
        ActorClassInference.Guess guess = actorClass(spiffeId, parent);
        return Identity.builder(spiffeId)
                .name(spiffeId)
                .platform(PLATFORM)
                .account(SpiffeIds.trustDomain(spiffeId))
                .actorClass(guess.actorClass())
                .actorClassReason(guess.reason())
                .parentIdentity(parent)
                .privileged(admin || downstream ? Boolean.TRUE : null)
                .privilegeReason(admin ? "SPIRE admin entry: may call the server's administrative APIs"
                        : downstream ? "SPIRE downstream entry: may sign SVIDs as a downstream SPIRE server" : null)
                .addCredential(svids)
                .build();
    }

    private static ActorClassInference.Guess actorClass(String spiffeId, String parent) {
        if (parent != null && SpiffeIds.path(parent).equals(SERVER)) {
            return new ActorClassInference.Guess(ActorClass.WORKLOAD, "SPIRE node entry: the nodes its selectors "
                    + "match");
        }
        String path = SpiffeIds.path(spiffeId);
        return ActorClassInference.fromNameOr(path.startsWith(RESERVED) ? "" : path, ActorClass.WORKLOAD,
                "SPIRE registration entry: a workload its selectors attest");
    }

    /** An agent: a node SPIRE attested, holding an SVID it renews. */
    private Identity agent(JsonNode node, JsonRecords.At at) {
        String spiffeId = SpiffeIds.of(node, "id");
        if (spiffeId == null) {
            throw bad(at.child("/id"), "expected the agent's SPIFFE ID ({\"trust_domain\": ..., \"path\": ...}) in "
                    + "id, found " + JsonTimes.raw(node, "id") + ".");
        }
        boolean banned = node.path("banned").asBoolean(false);
        String attestation = JsonInput.text(node, "attestation_type");
        Credential svid = new Credential(spiffeId + "#x509-svid", CredentialKind.FEDERATED, ManagedBy.PLATFORM,
                !banned, null, null, null, time(node, "x509svid_expires_at", at), null, null, List.of(),
                new Origin(file.name(), at.origin()));
        return Identity.builder(spiffeId)
                .name(spiffeId)
                .platform(PLATFORM)
                .account(SpiffeIds.trustDomain(spiffeId))
                .actorClass(ActorClass.WORKLOAD)
                .actorClassReason(attestation == null ? "SPIRE agent: a node"
                        : "SPIRE agent: a node attested by " + attestation)
                .status(banned ? "disabled" : "active")
                .addCredential(svid)
                .build();
    }

    /**
     * The longest SVID lifetime the entry states, X.509 or JWT (or the older single {@code ttl}); 0 means the server's
     * default, which the export does not show, so an entry left to the defaults has none.
     */
    private Long ttl(JsonNode node, JsonRecords.At at) {
        long longest = 0;
        for (String field : new String[] {"x509_svid_ttl", "jwt_svid_ttl", "ttl"}) {
            longest = Math.max(longest, seconds(node, field, at));
        }
        return longest > 0 ? longest : null;
    }

    private long seconds(JsonNode node, String field, JsonRecords.At at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
            return Long.parseLong(value.asText());
        }
        throw bad(at.child("/" + field), "expected a number of seconds in " + field + ", found '"
                + JsonTimes.raw(node, field) + "'.");
    }

    /** Epoch seconds, written as strings by protojson; "0" means none. */
    private Instant time(JsonNode node, String field, JsonRecords.At at) {
        try {
            return JsonTimes.epochOrIso(node, field);
        } catch (DateTimeParseException e) {
            throw bad(at.child("/" + field), "expected epoch seconds in " + field + " (such as \"1547583197\"), found '"
                    + JsonTimes.raw(node, field) + "'.");
        }
    }

    private BadRecord bad(JsonRecords.At at, String message) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, FIX));
    }

    private static String fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(property -> names.add(property.getKey()));
        return names.isEmpty() ? "no fields" : "fields " + String.join(", ", names);
    }
}
