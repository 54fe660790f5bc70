package dev.trustmap.evidence;

import dev.trustmap.evidence.anthropic.AnthropicImporter;
import dev.trustmap.evidence.aws.AuthorizationDetailsImporter;
import dev.trustmap.evidence.aws.CredentialReportImporter;
import dev.trustmap.evidence.aws.ServiceSpecificCredentialsImporter;
import dev.trustmap.evidence.azure.AgentIdentityImporter;
import dev.trustmap.evidence.azure.ApplicationsImporter;
import dev.trustmap.evidence.azure.PermissionGrantImporter;
import dev.trustmap.evidence.azure.SignInActivityImporter;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.evidence.gcp.ServiceAccountImporter;
import dev.trustmap.evidence.github.GitHubCredentialImporter;
import dev.trustmap.evidence.inventory.InventoryFileImporter;
import dev.trustmap.evidence.keyvault.KeyVaultImporter;
import dev.trustmap.evidence.kubernetes.KubectlServiceAccountImporter;
import dev.trustmap.evidence.mcp.McpConfigImporter;
import dev.trustmap.evidence.openai.OpenAiImporter;
import dev.trustmap.evidence.prowler.ProwlerImporter;
import dev.trustmap.evidence.scanners.GitleaksImporter;
import dev.trustmap.evidence.scanners.TrufflehogImporter;
import dev.trustmap.evidence.secretsmanager.SecretsManagerImporter;
import dev.trustmap.evidence.sheet.InventorySheetImporter;
import dev.trustmap.evidence.spire.SpireImporter;
import dev.trustmap.evidence.vault.VaultLookupImporter;
import dev.trustmap.evidence.x509.CertificateImporter;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.List;
import java.util.Optional;

/** Every importer trustmap has, in detection order (the most specific formats first). */
public final class Importers {

    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** All the bundled importers. */
    public static Importers all() {
        return new Importers(List.of(
                new InventoryFileImporter(),
                new ProwlerImporter(), // its raw resource data may hold what other formats look for
                new CredentialReportImporter(),
                new AuthorizationDetailsImporter(),
                new ServiceSpecificCredentialsImporter(),
                new SecretsManagerImporter(),
                new ServiceAccountImporter(),
                new AgentIdentityImporter(),
                new ApplicationsImporter(),
                new PermissionGrantImporter(),
                new SignInActivityImporter(),
                new KeyVaultImporter(),
                new CertificateImporter(),
                new GitleaksImporter(),
                new TrufflehogImporter(),
                new KubectlServiceAccountImporter(),
                new SpireImporter(),
                new GitHubCredentialImporter(),
                new OpenAiImporter(),
                new AnthropicImporter(),
                new McpConfigImporter(),
                new VaultLookupImporter(),
                new InventorySheetImporter()));
    }

    public List<Importer> list() {
        return importers;
    }

    /** The source keys of the formats that show {@code what}, in detection order. */
    public List<String> showing(Shows what) {
        return importers.stream().filter(i -> i.shows().contains(what)).map(Importer::source).toList();
    }

    public Optional<Importer> bySource(String source) {
        return importers.stream().filter(i -> i.source().equals(source)).findFirst();
    }

    /**
     * The importer that recognises the file.
     *
     * @throws InputException naming the file and listing the formats trustmap knows
     */
    public Importer detect(EvidenceFile file) {
        FileHead head = file.head();
        for (Importer importer : importers) {
            if (importer.recognises(head)) {
                return importer;
            }
        }
        throw new InputException(new InputProblem(file.name(), "", "not a format trustmap recognises.",
                "Export it with one of the tools below, or name the format with --source. Known formats:\n"
                        + known()));
    }

    /** One line per format: its source key and what it reads. */
    public String known() {
        StringBuilder text = new StringBuilder();
        importers.forEach(i -> text.append("    ").append(i.source()).append(": ").append(i.describe()).append('\n'));
        return text.toString().stripTrailing();
    }
}
