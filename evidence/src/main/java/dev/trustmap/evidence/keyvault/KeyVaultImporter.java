package dev.trustmap.evidence.keyvault;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import java.util.Set;

/**
 * Azure Key Vault secrets and certificates: {@code az keyvault secret list -o json} and {@code az keyvault
 * certificate list -o json} (ISO times), or the REST pages behind them ({@code value} and {@code nextLink}, epoch
 * seconds; pages back to back). Each secret and certificate is an identity of its own holding one credential.
 */
public final class KeyVaultImporter implements Importer {

    /** REST pages hold their items in value. */
    private static final Set<String> WRAPPERS = Set.of("value");

    @Override
    public String source() {
        return "azure-keyvault";
    }

    @Override
    public String describe() {
        return "Azure Key Vault secrets and certificates (az keyvault secret list, az keyvault certificate list -o "
                + "json, or the REST pages; values are never kept)";
    }

    @Override
    public boolean recognises(FileHead head) {
        // Every item names its vault's URL; an empty list names nothing and needs --source azure-keyvault.
        return !head.zip() && head.json() && head.hasJsonKey("attributes")
                && ObjectId.VAULT_OBJECT.matcher(head.text()).find();
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        VaultObjects objects = new VaultObjects(file, sink);
        JsonRecords.read(file, WRAPPERS, objects);
        objects.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new SecretBundles());
    }
}
