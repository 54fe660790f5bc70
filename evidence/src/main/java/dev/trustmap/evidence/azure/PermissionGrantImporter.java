package dev.trustmap.evidence.azure;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;

/**
 * Entra delegated permission grants (Graph {@code /oauth2PermissionGrants}): which application may act for which
 * users, with which scopes. Each grant's client joins the application the service-principal list names by appId.
 */
public final class PermissionGrantImporter implements Importer {

    public static final String SOURCE = "entra-permission-grants";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String describe() {
        return "Entra delegated permission grants (Graph /oauth2PermissionGrants); import with the service principals";
    }

    @Override
    public boolean recognises(FileHead head) {
        return !head.zip() && head.json() && head.hasJsonKey("clientId") && head.hasJsonKey("consentType")
                && head.hasJsonKey("resourceId");
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        PermissionGrants grants = new PermissionGrants(file, sink);
        JsonRecords.read(file, Graph.WRAPPERS, grants);
        grants.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        // A grant is consent, not a secret: ids and scope names only.
        return Redaction.json();
    }
}
