package dev.trustmap.evidence.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;

/**
 * What marks an Entra Agent ID agent identity, and the facts only agent identities carry: the blueprint it was made
 * from, its sponsors and owners, its planned end. Shared by the Agent ID list and the service-principal list, which
 * may hold agent identities too, so that either file says the same about one.
 */
final class AgentIdentities {

    static final String ODATA_TYPE = "#microsoft.graph.agentIdentity";

    private AgentIdentities() {
    }

    /** An agent identity names its blueprint; a page of the typed list may also carry only the OData type. */
    static boolean isAgent(JsonNode node) {
        return node.has("agentIdentityBlueprintId") || ODATA_TYPE.equals(Graph.text(node, "@odata.type"));
    }

    /**
     * Sets the AI lane (Entra says what this is: an identity for an AI agent), the blueprint as the parent, the first
     * sponsor as business owner and the first owner as technical owner, and the lifecycle's expiry as the planned end.
     */
    static Identity.Builder applyTo(Identity.Builder identity, JsonNode node, EvidenceFile file, JsonRecords.At at) {
        String blueprint = Graph.text(node, "agentIdentityBlueprintId");
        JsonNode lifecycle = node.path("lifecycle");
        return identity
                .actorClass(ActorClass.AI_AGENT)
                .actorClassReason(blueprint == null ? "Entra Agent ID agent identity"
                        : "Entra Agent ID agent identity of blueprint " + blueprint)
                .parentIdentity(blueprint)
                .businessOwner(DirectoryObjects.first(file, node, "sponsors", at))
                .technicalOwner(DirectoryObjects.first(file, node, "owners", at))
                .decommissionOn(lifecycle.isObject()
                        ? Graph.time(file, lifecycle, "expirationDateTime", at.child("/lifecycle")) : null);
    }
}
