package dev.trustmap.evidence.azure;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;

/**
 * When Entra applications and their credentials were last used: the Graph beta reports
 * {@code /reports/servicePrincipalSignInActivities} and {@code /reports/appCredentialSignInActivities}. They only
 * add to identities another file lists (the applications), joined by appId and keyId.
 */
public final class SignInActivityImporter implements Importer {

    public static final String SOURCE = "azure-signins";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String describe() {
        return "Entra sign-in activity reports (Graph beta servicePrincipalSignInActivities, "
                + "appCredentialSignInActivities); import with the applications they describe";
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.json() && head.hasJsonKey("appId")
                && (head.hasJsonKey("lastSignInActivity")
                        || head.hasJsonKey("signInActivity") && head.hasJsonKey("keyId")
                                && head.hasJsonKey("credentialOrigin"));
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        JsonRecords.read(file, Graph.WRAPPERS, new SignInRecords(file, sink));
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json();
    }
}
