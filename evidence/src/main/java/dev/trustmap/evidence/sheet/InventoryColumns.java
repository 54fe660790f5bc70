package dev.trustmap.evidence.sheet;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The columns of trustmap's inventory sheet, in the order the documentation and the generator write them. */
final class InventoryColumns {

    static final String IDENTITY_ID = "identity_id";

    /** Columns describing the identity; they repeat on each of its credential rows (first non-empty wins). */
    static final List<String> IDENTITY = List.of("identity_name", "actor_class", "platform", "account", "environment",
            "system", "technical_owner", "business_owner", "purpose", "privileged", "scopes", "on_behalf_of",
            "executes_as", "parent_identity", "approved_by", "approval_expires_at", "task_ends_at", "status",
            "decommission_on");

    /** Columns describing one credential; an empty credential_id means an identity without credentials. */
    static final List<String> CREDENTIAL = List.of("credential_id", "credential_kind", "created_at",
            "last_rotated_at", "last_used_at", "expires_at", "ttl_seconds", "credential_active");

    static final List<String> ALL = Stream.of(List.of(IDENTITY_ID), IDENTITY, CREDENTIAL).flatMap(List::stream)
            .toList();

    static final Set<String> KNOWN = Set.copyOf(ALL);

    /** The identity-owner sheet's columns: a header made only of these is an owners sheet, not an inventory. */
    static final Set<String> OWNER_SHEET = Set.of(IDENTITY_ID, "technical_owner", "business_owner", "purpose",
            "system", "environment", "actor_class", "decommission_on");

    static final Set<String> STATUSES = Set.of("active", "disabled", "decommissioned");

    private InventoryColumns() {
    }

    /** True when a header (lower case) is an inventory sheet's: identity_id and a column owner sheets lack. */
    static boolean isInventoryHeader(Set<String> lowerHeaders) {
        return lowerHeaders.contains(IDENTITY_ID)
                && lowerHeaders.stream().anyMatch(h -> KNOWN.contains(h) && !OWNER_SHEET.contains(h));
    }

    /** The expected header, for messages. */
    static String expected() {
        return String.join(", ", ALL);
    }
}
