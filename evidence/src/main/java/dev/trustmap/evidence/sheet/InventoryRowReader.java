package dev.trustmap.evidence.sheet;

import static dev.trustmap.evidence.sheet.InventoryColumns.IDENTITY;

import dev.trustmap.evidence.format.ActorClassInference;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns one inventory-sheet row into an identity with at most one credential. Identity-level values that
 * disagree with an earlier row of the same identity are dropped from this row (the first non-empty wins).
 */
final class InventoryRowReader {

    private static final String STATED = "stated in the inventory sheet";
    private static final Map<String, Integer> POSITION = IntStream.range(0, IDENTITY.size()).boxed()
            .collect(Collectors.toMap(IDENTITY::get, i -> i));
    private static final int NAME = IDENTITY.indexOf("identity_name");
    private static final int ACTOR_CLASS = IDENTITY.indexOf("actor_class");
    private static final int PRIVILEGED = IDENTITY.indexOf("privileged");
    private static final int SCOPES = IDENTITY.indexOf("scopes");

    /** A row read: the identity to emit and the columns that conflicted with earlier rows (empty if none). */
    record Read(Identity identity, List<String> conflicts) {
    }

    private final String file;
    private final FirstValues firstValues = new FirstValues(IDENTITY.size());

    InventoryRowReader(String file) {
        this.file = file;
    }

    /** Reads the row; an unusable cell throws {@link CellException} before anything is recorded. */
    Read read(SheetRow row) {
        String id = row.text(InventoryColumns.IDENTITY_ID);
        if (id == null) {
            throw new CellException(InventoryColumns.IDENTITY_ID, "identity_id is empty.",
                    "Write the identity each row belongs to (an ARN, an email, an agent's id...).");
        }
        Object[] values = new Object[IDENTITY.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(row, IDENTITY.get(i));
        }
        String reason = values[ACTOR_CLASS] == null ? null : STATED;
        if (values[ACTOR_CLASS] == null) {
            String name = (String) values[NAME];
            ActorClassInference.Guess guess = ActorClassInference.fromName(name != null ? name : id).orElse(null);
            values[ACTOR_CLASS] = guess == null ? null : guess.actorClass();
            reason = guess == null ? null : guess.reason();
        }
        Credential credential = credential(row);
        List<Integer> conflicts = firstValues.conflicts(id, values);
        conflicts.forEach(i -> values[i] = null);
        List<String> reported = conflicts.isEmpty() || !firstValues.firstReport(id) ? List.of()
                : conflicts.stream().map(IDENTITY::get).toList();
        Boolean privileged = (Boolean) values[PRIVILEGED];
        @SuppressWarnings("unchecked")
        List<String> scopes = (List<String>) values[SCOPES];
        Identity.Builder identity = Identity.builder(id)
                .name(s(values, "identity_name"))
                .actorClass((ActorClass) values[ACTOR_CLASS])
                .actorClassReason(values[ACTOR_CLASS] == null ? null : reason)
                .platform(s(values, "platform"))
                .account(s(values, "account"))
                .environment(s(values, "environment"))
                .system(s(values, "system"))
                .technicalOwner(s(values, "technical_owner"))
                .businessOwner(s(values, "business_owner"))
                .purpose(s(values, "purpose"))
                .privileged(privileged)
                .privilegeReason(Boolean.TRUE.equals(privileged) ? "marked privileged in the inventory sheet" : null)
                .scopes(scopes)
                .onBehalfOf(s(values, "on_behalf_of"))
                .executesAs(s(values, "executes_as"))
                .parentIdentity(s(values, "parent_identity"))
                .approvedBy(s(values, "approved_by"))
                .approvalExpiresAt(t(values, "approval_expires_at"))
                .taskEndsAt(t(values, "task_ends_at"))
                .status(s(values, "status"))
                .decommissionOn(t(values, "decommission_on"));
        if (credential != null) {
            identity.addCredential(credential);
        }
        return new Read(identity.build(), reported);
    }

    private static Object value(SheetRow row, String column) {
        return switch (column) {
            case "actor_class" -> actorClass(row);
            case "platform" -> lower(row.text(column));
            case "status" -> status(row);
            case "privileged" -> row.bool(column);
            case "scopes" -> scopes(row.text(column));
            case "approval_expires_at", "task_ends_at", "decommission_on" -> row.time(column);
            default -> row.text(column);
        };
    }

    private Credential credential(SheetRow row) {
        String id = row.text("credential_id");
        if (id == null) {
            return null;
        }
        String kindText = row.text("credential_kind");
        CredentialKind kind = CredentialKind.fromKey(kindText).orElseThrow(() -> new CellException("credential_kind",
                kindText == null ? "credential_kind is empty for credential '" + id + "'."
                        : "credential_kind '" + kindText + "' is not a kind trustmap knows.",
                "Write one of: " + Arrays.stream(CredentialKind.values()).map(CredentialKind::key)
                        .collect(Collectors.joining(", ")) + "."));
        // The sheet does not say who rotates; a long-lived secret kept by hand is rotated by its users.
        ManagedBy managedBy = kind.staticSecret() ? ManagedBy.USER : null;
        return new Credential(id, kind, managedBy, row.bool("credential_active"), row.time("created_at"),
                row.time("last_rotated_at"), row.time("last_used_at"), row.time("expires_at"),
                row.integer("ttl_seconds"), null, List.of(), new Origin(file, row.where("credential_id")));
    }

    private static ActorClass actorClass(SheetRow row) {
        String text = row.text("actor_class");
        if (text == null) {
            return null;
        }
        return ActorClass.fromKey(text).orElseThrow(() -> new CellException("actor_class", "actor_class '" + text
                + "' is not an actor class trustmap knows.", "Write one of: " + Arrays.stream(ActorClass.values())
                .map(ActorClass::key).collect(Collectors.joining(", ")) + ", or leave it empty to infer it."));
    }

    private static String status(SheetRow row) {
        String status = lower(row.text("status"));
        if (status != null && !InventoryColumns.STATUSES.contains(status)) {
            throw new CellException("status", "status '" + row.text("status") + "' is not active, disabled or "
                    + "decommissioned.", "Write active, disabled or decommissioned, or leave it empty.");
        }
        return status;
    }

    private static List<String> scopes(String text) {
        if (text == null) {
            return null;
        }
        List<String> scopes = new ArrayList<>();
        for (String scope : text.split(";")) {
            String stripped = scope.strip();
            if (!stripped.isEmpty()) {
                scopes.add(stripped);
            }
        }
        return scopes.isEmpty() ? null : List.copyOf(scopes);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String s(Object[] values, String column) {
        return (String) values[POSITION.get(column)];
    }

    private static Instant t(Object[] values, String column) {
        return (Instant) values[POSITION.get(column)];
    }
}
