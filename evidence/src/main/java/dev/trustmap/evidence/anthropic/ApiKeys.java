package dev.trustmap.evidence.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
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
import java.util.List;
import java.util.Locale;

/** Each key of {@code GET /v1/organizations/api_keys} as an identity of its own holding itself as its credential. */
final class ApiKeys extends PagedRecords {

    static final String PLATFORM = "anthropic";
    static final String PREFIX = "anthropic:";
    /** The account of a key whose workspace_id is null: the organisation's default workspace. */
    static final String DEFAULT_WORKSPACE = "default";

    static final String FIX = "Save the responses of GET https://api.anthropic.com/v1/organizations/api_keys "
            + "unmodified, following after_id while has_more is true (pages back to back or in one JSON array).";

    ApiKeys(EvidenceFile file, ImportSink sink) {
        super(file, sink, "has_more");
    }

    @Override
    protected void read(JsonNode node, JsonRecords.At at) {
        if (!node.isObject()) {
            throw bad(at, "expected an API key (a JSON object), found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        String type = JsonInput.text(node, "type");
        if (!"api_key".equals(type)) {
            throw bad(at.child("/type"), "expected an API key (type api_key), found "
                    + (type == null ? "no type" : "type '" + type + "'") + ".");
        }
        sink.identity(key(node, at));
    }

    void finish() {
        laterPageMissing("has_more is true on the last page: the keys on the later pages are not in this file.",
                "Call again with after_id=LAST_ID until has_more is false, and save every page (back to back, or in "
                        + "one JSON array).").ifPresent(sink::warning);
    }

    private Identity key(JsonNode node, JsonRecords.At at) {
        String id = JsonInput.text(node, "id");
        if (id == null) {
            throw bad(at, "the API key has no id.");
        }
        Status status = status(node, at);
        // The API keeps no last use: lastUsedAt stays null, which this format's Shows says means "not recorded".
        Credential key = new Credential(id, CredentialKind.API_KEY, ManagedBy.USER, status.active,
                time(node, "created_at", at), null, null, time(node, "expires_at", at), null, null, List.of(),
                new Origin(file.name(), at.origin()));
        String name = JsonInput.text(node, "name");
        String workspace = JsonInput.text(node, "workspace_id");
        return Identity.builder(PREFIX + id)
                .name(name != null ? name : id)
                .platform(PLATFORM)
                .account(workspace != null ? workspace : DEFAULT_WORKSPACE)
                .actorClass(ActorClass.AI_AGENT)
                .actorClassReason("Anthropic API key: software calling an AI platform's API")
                .technicalOwner(creator(node, at))
                .status(status.identity)
                .addCredential(key)
                .build();
    }

    /** What a status means for the key and for the identity it stands for. */
    private enum Status {
        ACTIVE(Boolean.TRUE, "active"),
        INACTIVE(Boolean.FALSE, "disabled"),
        EXPIRED(Boolean.FALSE, "disabled"),
        ARCHIVED(Boolean.FALSE, "decommissioned");

        final Boolean active;
        final String identity;

        Status(Boolean active, String identity) {
            this.active = active;
            this.identity = identity;
        }
    }

    private Status status(JsonNode node, JsonRecords.At at) {
        String status = JsonInput.text(node, "status");
        for (Status known : Status.values()) {
            if (known.name().toLowerCase(Locale.ROOT).equals(status)) {
                return known;
            }
        }
        throw bad(at.child("/status"), "expected active, inactive, expired or archived in status, found "
                + (status == null ? "none" : "'" + status + "'") + ".");
    }

    /** The user who created the key, as its owner until the owners sheet names one; null when not recorded. */
    private String creator(JsonNode node, JsonRecords.At at) {
        JsonNode by = node.get("created_by");
        if (by == null || by.isNull()) {
            return null;
        }
        if (!by.isObject()) {
            throw bad(at.child("/created_by"), "expected created_by {id, type} or null, found " + by + ".");
        }
        return "user".equals(JsonInput.text(by, "type")) ? JsonInput.text(by, "id") : null;
    }

    /** RFC 3339, with microseconds ({@code 2024-10-30T23:58:27.427722Z}); null for none. */
    private Instant time(JsonNode node, String field, JsonRecords.At at) {
        try {
            return JsonTimes.epochOrIso(node, field);
        } catch (DateTimeParseException e) {
            throw bad(at.child("/" + field), "expected an RFC 3339 time in " + field
                    + " (such as 2024-10-30T23:58:27.427722Z), found '" + JsonTimes.raw(node, field) + "'.");
        }
    }

    private BadRecord bad(JsonRecords.At at, String message) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, FIX));
    }
}
