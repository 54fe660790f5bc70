package dev.trustmap.evidence.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.PagedRecords;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.inventory.BroadScopes;
import dev.trustmap.model.inventory.Identity;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gathers a file's delegated permission grants by client and hands each client over once the file is read: the
 * union of its scopes, for whom it may act, and whether a tenant-wide consent to a broad scope makes it privileged.
 * One entry per client service principal is held, in client order, so the output does not depend on grant order
 * beyond the order of scopes.
 */
final class PermissionGrants extends PagedRecords {

    private static final String FIX = "Export with GET /v1.0/oauth2PermissionGrants (follow @odata.nextLink) and "
            + "import the pages unmodified.";

    /** What one client was granted, across its grants in the file. */
    private static final class Delegation {
        final Set<String> scopes = new LinkedHashSet<>();
        final Set<String> principals = new TreeSet<>();
        boolean everyUser;
        String privilege;
    }

    private final Map<String, Delegation> byClient = new TreeMap<>();

    PermissionGrants(EvidenceFile file, ImportSink sink) {
        super(file, sink, "@odata.nextLink");
    }

    @Override
    protected void read(JsonNode node, JsonRecords.At at) {
        if (Graph.page(node, at, this)) {
            return;
        }
        if (!node.isObject()) {
            throw Graph.bad(file, at, "expected a delegated permission grant object, found "
                    + node.getNodeType() + ".", FIX);
        }
        String client = required(node, "clientId", "the client's service principal", at);
        String resource = required(node, "resourceId", "the API's service principal", at);
        String consent = required(node, "consentType", "AllPrincipals or Principal", at);
        Delegation delegation = new Delegation();
        if ("AllPrincipals".equals(consent)) {
            delegation.everyUser = true;
        } else if ("Principal".equals(consent)) {
            delegation.principals.add(required(node, "principalId", "the user who consented (consentType "
                    + "Principal)", at));
        } else {
            throw Graph.bad(file, at.child("/consentType"), "expected consentType AllPrincipals or Principal, "
                    + "found '" + consent + "'.", FIX);
        }
        for (String scope : scopes(node, at)) {
            delegation.scopes.add(scope);
            if (delegation.everyUser && delegation.privilege == null && BroadScopes.broad(scope)) {
                delegation.privilege = "tenant-wide admin consent to " + scope + " (API service principal "
                        + resource + ")";
            }
        }
        byClient.merge(client, delegation, PermissionGrants::combined);
    }

    /** Sends each client's delegation, in client order, and warns when a later page is missing. */
    void finish() {
        byClient.forEach((client, delegation) -> sink.identityByAlias(identity(client, delegation)));
        laterPageMissing("@odata.nextLink is set on the last page: the grants on the later pages are not in "
                + "this file.", FIX).ifPresent(sink::warning);
    }

    private static Identity identity(String client, Delegation delegation) {
        return Identity.builder(Graph.servicePrincipalKey(client))
                .platform(Graph.PLATFORM)
                .scopes(delegation.scopes.stream().toList())
                .onBehalfOf(onBehalfOf(delegation))
                .privileged(delegation.privilege != null ? Boolean.TRUE : null)
                .privilegeReason(delegation.privilege)
                .build();
    }

    /** Everyone when any grant was an admin consent; else the one user, or how many users consented. */
    private static String onBehalfOf(Delegation delegation) {
        if (delegation.scopes.isEmpty()) {
            return null; // consent to no scope delegates nothing
        }
        if (delegation.everyUser) {
            return Identity.EVERY_USER;
        }
        return delegation.principals.size() == 1 ? "user " + delegation.principals.iterator().next()
                : delegation.principals.size() + " users (each consented for themselves)";
    }

    private static Delegation combined(Delegation mine, Delegation theirs) {
        mine.scopes.addAll(theirs.scopes);
        mine.principals.addAll(theirs.principals);
        mine.everyUser |= theirs.everyUser;
        mine.privilege = mine.privilege != null ? mine.privilege : theirs.privilege;
        return mine;
    }

    /** The scope string split on whitespace; Graph separates scopes with single spaces, but not always. */
    private Set<String> scopes(JsonNode node, JsonRecords.At at) {
        JsonNode scope = node.get("scope");
        if (scope == null || scope.isNull()) {
            return Set.of();
        }
        if (!scope.isTextual()) {
            throw Graph.bad(file, at.child("/scope"), "expected scope to be a space-separated string, found "
                    + scope.getNodeType() + ".", FIX);
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String part : scope.asText().strip().split("\\s+")) {
            if (!part.isEmpty()) {
                scopes.add(part);
            }
        }
        return scopes;
    }

    private String required(JsonNode node, String field, String what, JsonRecords.At at) {
        String value = Graph.text(node, field);
        if (value == null) {
            throw Graph.bad(file, at.child("/" + field), "the grant has no " + field + " (" + what + ").", FIX);
        }
        return value;
    }
}
