package dev.trustmap.evidence.azure;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;

/**
 * Entra ID applications and service principals with their client secrets and certificates: Microsoft Graph
 * {@code /applications} and {@code /servicePrincipals} pages, or {@code az ad app list} / {@code az ad sp list}
 * arrays. An application and its service principal share an appId and become one identity; credentials on
 * either are read.
 */
public final class ApplicationsImporter implements Importer {

    public static final String SOURCE = "azure-applications";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String describe() {
        return "Entra ID applications and service principals with their credentials (Graph /applications, "
                + "/servicePrincipals, az ad app list, az ad sp list)";
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.json() && head.hasJsonKey("appId")
                && (head.hasJsonKey("passwordCredentials") || head.hasJsonKey("keyCredentials")
                        || head.hasJsonKey("servicePrincipalType"))
                && !head.hasJsonKey("lastSignInActivity") && !head.hasJsonKey("signInActivity");
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        // First pass: which tenant is home, so a service principal listed before its application is judged right.
        HomeTenants home = new HomeTenants();
        JsonRecords.read(file, Graph.WRAPPERS, home);
        JsonRecords.read(file, Graph.WRAPPERS, new ApplicationRecords(file, sink, home.tenants()));
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new AzureKeys());
    }
}
