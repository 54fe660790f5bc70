package dev.trustmap.evidence.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.PagedRecords;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.inventory.Identity;

/**
 * Turns agent identities into identities named by appId, as the applications export names the same service
 * principal, so the two merge; one listed without an appId is named by its object id and joins its appId where the
 * service-principal list gives it.
 */
final class AgentIdentityRecords extends PagedRecords {

    private static final String FIX = "Export with GET /beta/servicePrincipals/microsoft.graph.agentIdentity "
            + "(follow @odata.nextLink) and import the pages unmodified.";

    AgentIdentityRecords(EvidenceFile file, ImportSink sink) {
        super(file, sink, "@odata.nextLink");
    }

    @Override
    protected void read(JsonNode node, JsonRecords.At at) {
        if (Graph.page(node, at, this)) {
            return;
        }
        if (!node.isObject()) {
            throw Graph.bad(file, at, "expected an agent identity object, found " + node.getNodeType() + ".", FIX);
        }
        String appId = Graph.text(node, "appId");
        String objectId = Graph.text(node, "id");
        if (appId == null && objectId == null) {
            throw Graph.bad(file, at, "the agent identity has neither an appId nor an id, so it cannot be named.",
                    FIX);
        }
        if (appId != null && objectId != null) {
            sink.alias(Graph.servicePrincipalKey(objectId), appId);
        }
        Identity identity = identity(node, appId != null ? appId : Graph.servicePrincipalKey(objectId), at);
        if (appId != null) {
            sink.identity(identity);
        } else {
            sink.identityByAlias(identity);
        }
    }

    void finish() {
        laterPageMissing("@odata.nextLink is set on the last page: the agent identities on the later pages are "
                + "not in this file.", FIX).ifPresent(sink::warning);
    }

    private Identity identity(JsonNode node, String id, JsonRecords.At at) {
        Identity.Builder identity = Identity.builder(id)
                .name(Graph.text(node, "displayName"))
                .platform(Graph.PLATFORM)
                .account(Graph.text(node, "appOwnerOrganizationId"))
                .status(Graph.status(node));
        return AgentIdentities.applyTo(identity, node, file, at).build();
    }
}
