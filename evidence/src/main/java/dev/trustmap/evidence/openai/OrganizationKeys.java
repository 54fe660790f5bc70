package dev.trustmap.evidence.openai;

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

/**
 * The records of the Admin API's lists, told apart by {@code object}: admin keys, project keys and project service
 * accounts. A key owned by a service account is a credential of that service account; a key owned by a user is an
 * identity of its own, software acting on that person's authority.
 */
final class OrganizationKeys extends PagedRecords {

    static final String PLATFORM = "openai";
    /** Every identity id: the platform's own ids ({@code key_...}, {@code svc_acct_...}) after this prefix. */
    static final String PREFIX = "openai:";

    static final String ADMIN_KEY = "organization.admin_api_key";
    static final String PROJECT_KEY = "organization.project.api_key";
    static final String SERVICE_ACCOUNT = "organization.project.service_account";

    static final String FIX = "Save the responses of GET /v1/organization/admin_api_keys and, for each project, "
            + "/v1/organization/projects/{id}/api_keys and /service_accounts, unmodified (pages back to back or in one "
            + "JSON array).";

    OrganizationKeys(EvidenceFile file, ImportSink sink) {
        super(file, sink, "has_more");
    }

    @Override
    protected void read(JsonNode node, JsonRecords.At at) {
        if (!node.isObject()) {
            throw bad(at, "expected an API key or a service account (a JSON object), found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        String object = JsonInput.text(node, "object");
        switch (object == null ? "" : object) {
            case ADMIN_KEY -> sink.identity(key(node, at, true));
            case PROJECT_KEY -> sink.identity(key(node, at, false));
            case SERVICE_ACCOUNT -> sink.identity(serviceAccount(node, at));
            default -> throw bad(at.child("/object"), "expected object " + ADMIN_KEY + ", " + PROJECT_KEY
                    + " or " + SERVICE_ACCOUNT + ", found " + (object == null ? "none" : "'" + object + "'")
                    + ".");
        }
    }

    void finish() {
        laterPageMissing("has_more is true on the last page: the keys or service accounts on the later pages "
                + "are not in this file.", "Call again with after=LAST_ID until has_more is false, and save every "
                + "page (back to back, or in one JSON array).").ifPresent(sink::warning);
    }

    /** An admin key or a project key, on the service account that owns it or as an identity of its own. */
    private Identity key(JsonNode node, JsonRecords.At at, boolean admin) {
        String id = required(node, "id", at);
        Owner owner = owner(node, at);
        Boolean active = access(node, at);
        Credential key = new Credential(id, CredentialKind.API_KEY, ManagedBy.USER, active,
                time(node, "created_at", at), null, time(node, "last_used_at", at), time(node, "expires_at", at),
                null, null, List.of(), new Origin(file.name(), at.origin()));
        Identity.Builder identity;
        if (owner != null && owner.serviceAccount()) {
            if (owner.id() == null) {
                throw bad(at.child("/owner"), "the service account that owns the key has no id.");
            }
            identity = serviceAccount(owner.id(), owner.name(), owner.role());
        } else {
            String name = JsonInput.text(node, "name");
            identity = Identity.builder(PREFIX + id)
                    .name(name != null ? name : id)
                    .platform(PLATFORM)
                    .actorClass(ActorClass.AI_ASSISTANT)
                    .actorClassReason(owner == null || owner.person() == null ? "OpenAI API key of a user: software "
                            + "calling an AI platform on a person's authority" : "OpenAI API key of user "
                            + owner.person() + ": software calling an AI platform on that person's authority")
                    .technicalOwner(owner == null ? null : owner.person())
                    .onBehalfOf(owner == null ? null : owner.person())
                    .status(active == null ? null : active ? "active" : "disabled");
        }
        if (admin) {
            identity.privileged(Boolean.TRUE)
                    .privilegeReason("OpenAI Admin API key: manages the organisation's projects, members and keys");
        }
        return identity.addCredential(key).build();
    }

    /** A project service account as listed: the identity its keys are credentials of. */
    private Identity serviceAccount(JsonNode node, JsonRecords.At at) {
        String id = required(node, "id", at);
        time(node, "created_at", at); // checked, not recorded: identities have no creation date
        return serviceAccount(id, JsonInput.text(node, "name"), JsonInput.text(node, "role"))
                .status("active")
                .build();
    }

    private static Identity.Builder serviceAccount(String id, String name, String role) {
        boolean owner = "owner".equalsIgnoreCase(role);
        return Identity.builder(PREFIX + id)
                .name(name != null ? name : id)
                .platform(PLATFORM)
                .actorClass(ActorClass.AI_AGENT)
                .actorClassReason("OpenAI service account: calls an AI platform's API with no person behind it")
                .privileged(owner ? Boolean.TRUE : null)
                .privilegeReason(owner ? "OpenAI project role owner: manages the project's keys and members" : null);
    }

    /** The owner, or null when the key names none; a type other than user or service_account is a bad record. */
    private Owner owner(JsonNode node, JsonRecords.At at) {
        JsonNode owner = node.get("owner");
        if (owner == null || owner.isNull()) {
            return null;
        }
        Owner read = owner.isObject() ? Owner.of(owner) : null;
        if (read == null) {
            throw bad(at.child("/owner"), "expected an owner of type user or service_account, found "
                    + (owner.isObject() ? "type '" + JsonTimes.raw(owner, "type") + "'" : owner.toString()) + ".");
        }
        return read;
    }

    /** owner_project_access: whether the key's owner can still use the project (project keys only). */
    private Boolean access(JsonNode node, JsonRecords.At at) {
        String access = JsonInput.text(node, "owner_project_access");
        if (access == null) {
            return null;
        }
        return switch (access) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> throw bad(at.child("/owner_project_access"), "expected active or inactive in "
                    + "owner_project_access, found '" + access + "'.");
        };
    }

    private String required(JsonNode node, String field, JsonRecords.At at) {
        String value = JsonInput.text(node, field);
        if (value == null) {
            throw bad(at, "the record has no " + field + "; the Admin API writes it for every key and service "
                    + "account.");
        }
        return value;
    }

    /** Epoch seconds; null for none (an unused key's last_used_at, a key without expiry). */
    private Instant time(JsonNode node, String field, JsonRecords.At at) {
        try {
            return JsonTimes.epochOrIso(node, field);
        } catch (DateTimeParseException e) {
            throw bad(at.child("/" + field), "expected epoch seconds in " + field + " (such as 1711471533), found '"
                    + JsonTimes.raw(node, field) + "'.");
        }
    }

    private BadRecord bad(JsonRecords.At at, String message) {
        return new BadRecord(new InputProblem(file.name(), at.where(), message, FIX));
    }
}
