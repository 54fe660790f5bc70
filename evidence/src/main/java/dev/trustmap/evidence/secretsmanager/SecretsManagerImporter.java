package dev.trustmap.evidence.secretsmanager;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS Secrets Manager: {@code aws secretsmanager list-secrets} (its {@code SecretList}, pages back to back) and
 * {@code describe-secret} (one secret, or many back to back), as CLI v1 (epoch seconds) or v2 (ISO-8601) prints them.
 * Each secret is an identity of its own holding one credential, the stored secret.
 */
public final class SecretsManagerImporter implements Importer {

    /** list-secrets, and batch-get-secret-value should someone export the values. */
    private static final Set<String> WRAPPERS = Set.of("SecretList", "SecretValues");

    private static final Pattern SECRET_ARN = Pattern.compile("\"ARN\"\\s*:\\s*\"arn:aws[a-z-]*:secretsmanager:");

    @Override
    public String source() {
        return "aws-secretsmanager";
    }

    @Override
    public String describe() {
        return "AWS Secrets Manager secrets' metadata (aws secretsmanager list-secrets, describe-secret; CLI v1 or v2 "
                + "JSON; values are never kept)";
    }

    @Override
    public boolean recognises(FileHead head) {
        // An empty list still names SecretList; any secret names its ARN, which says secretsmanager.
        return !head.zip() && head.json() && (head.hasJsonKey("SecretList") || SECRET_ARN.matcher(head.text()).find());
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        SecretRecords records = new SecretRecords(file, sink);
        JsonRecords.read(file, WRAPPERS, records);
        records.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new SecretValues());
    }
}
