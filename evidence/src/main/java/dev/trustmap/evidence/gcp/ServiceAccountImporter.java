package dev.trustmap.evidence.gcp;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import java.util.Set;

/**
 * GCP service accounts and their keys, in every shape they are exported: {@code gcloud iam service-accounts list}
 * and {@code gcloud iam service-accounts keys list} with {@code --format=json} (one file or several, or several
 * arrays in one file), the IAM REST responses ({@code {"accounts": [...]}}, {@code {"keys": [...]}}), Cloud Asset
 * Inventory exports (JSON Lines with {@code resource.data}) and {@code gcloud asset search-all-resources} /
 * {@code gcloud asset list} output. Each record is recognised on its own, so one file may mix them.
 */
public final class ServiceAccountImporter implements Importer {

    public static final String SOURCE = "gcp-service-accounts";

    /** Members of REST responses that hold the records: IAM list calls, assets.list, searchAllResources. */
    private static final Set<String> WRAPPERS = Set.of("accounts", "keys", "assets", "results");

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String describe() {
        return "GCP service accounts and keys (gcloud iam service-accounts list / keys list --format=json, "
                + "Cloud Asset Inventory exports and searches)";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (!head.json()) {
            return false;
        }
        String text = head.text();
        boolean asset = text.contains("\"" + ServiceAccountRecords.ACCOUNT_TYPE + "\"")
                || text.contains("\"" + ServiceAccountRecords.KEY_TYPE + "\"");
        boolean key = text.contains("/serviceAccounts/") && text.contains("/keys/")
                && (head.hasJsonKey("validAfterTime") || head.hasJsonKey("keyType"));
        boolean account = text.contains("gserviceaccount.com") && head.hasJsonKey("email")
                && head.hasJsonKey("uniqueId");
        return asset || key || account;
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        ServiceAccountRecords records = new ServiceAccountRecords(file, sink);
        JsonRecords.read(file, WRAPPERS, records);
        records.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(); // keys sit under secret names: privateKeyData, private_key
    }
}
