package dev.trustmap.evidence.azure;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;

/**
 * Microsoft Entra Agent ID agent identities: Graph beta {@code /servicePrincipals/microsoft.graph.agentIdentity}
 * pages, with sponsors and owners where the export expanded them. Each is an AI-lane identity, joined by appId to
 * the same service principal in the applications export.
 */
public final class AgentIdentityImporter implements Importer {

    public static final String SOURCE = "entra-agent-identities";

    /** The typed list's @odata.context (and nextLink); a service-principal list only types its elements. */
    private static final String TYPED_LIST = "servicePrincipals/microsoft.graph.agentIdentity";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String describe() {
        return "Microsoft Entra Agent ID agent identities (Graph beta "
                + "/servicePrincipals/microsoft.graph.agentIdentity)";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (head.zip() || !head.json()) {
            return false;
        }
        // Without the typed list's context, a blueprint id with no service-principal names is a saved agent list;
        // a service-principal list holding agent identities among others is the applications importer's.
        return head.text().contains(TYPED_LIST)
                || head.hasJsonKey("agentIdentityBlueprintId") && !head.hasJsonKey("servicePrincipalNames")
                        && !head.hasJsonKey("passwordCredentials") && !head.hasJsonKey("keyCredentials");
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        AgentIdentityRecords records = new AgentIdentityRecords(file, sink);
        JsonRecords.read(file, Graph.WRAPPERS, records);
        records.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        // Agent identities hold no credential of their own: their blueprint's credentials get their tokens.
        return Redaction.json();
    }
}
