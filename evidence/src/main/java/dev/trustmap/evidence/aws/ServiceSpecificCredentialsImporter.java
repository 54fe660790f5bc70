package dev.trustmap.evidence.aws;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code aws iam list-service-specific-credentials}: the CodeCommit and Keyspaces passwords and the Amazon Bedrock
 * API keys of IAM users, pages back to back, each credential on the user that the credential report and the
 * authorization details name by ARN.
 */
public final class ServiceSpecificCredentialsImporter implements Importer {

    private static final Set<String> WRAPPERS = Set.of("ServiceSpecificCredentials");

    @Override
    public String source() {
        return "aws-service-specific-credentials";
    }

    @Override
    public String describe() {
        return "AWS IAM service-specific credentials: Bedrock API keys, CodeCommit and Keyspaces passwords (JSON of "
                + "aws iam list-service-specific-credentials)";
    }

    /** IAM keeps no last use of these credentials: one without a last use was not necessarily never used. */
    @Override
    public Set<Shows> shows() {
        return Set.of(Shows.LAST_USE_NOT_RECORDED);
    }

    @Override
    public boolean recognises(FileHead head) {
        return !head.zip() && head.json() && (head.hasJsonKey("ServiceSpecificCredentials")
                || head.hasJsonKey("ServiceSpecificCredentialId") && head.hasJsonKey("ServiceName"));
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        // First pass: the account, which a Bedrock key's own fields may not name.
        Set<String> accounts = new HashSet<>();
        JsonRecords.read(file, WRAPPERS, ServiceSpecificCredentials.accounts(accounts));
        ServiceSpecificCredentials credentials = new ServiceSpecificCredentials(file, sink, accounts);
        JsonRecords.read(file, WRAPPERS, credentials);
        credentials.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new ServiceCredentialSecrets());
    }
}
