package dev.trustmap.sample;

import dev.trustmap.model.period.Quarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a sample estate: the exports an organisation would hand to trustmap, in their real formats, under
 * {@code evidence/} (all of it read by {@code trustmap import}), and beside it {@code exceptions.yaml},
 * {@code attestations.yaml} and {@code report.yaml}.
 *
 * <p>Everything follows from the seed and the period. Identities stream out one at a time; what is kept while
 * writing is bounded whatever the size of the estate: the owner rows and ids of the cloud exports (which are
 * capped) and the leaks the scanner report will list (a few hundred at most).
 */
public final class SampleEstate {

    /** The smallest estate with every format in it, and the largest the generator takes. */
    public static final int MIN_IDENTITIES = EstateShape.MIN;
    public static final int MAX_IDENTITIES = EstateShape.MAX;
    /** The periods the sample covers: its identities turn over from 2024 on. */
    public static final Quarter FIRST_PERIOD = Timeline.CHURN_START;
    public static final Quarter LAST_PERIOD = Timeline.LAST;

    private SampleEstate() {
    }

    /**
     * @throws IllegalArgumentException when the size, period or control ids are out of range, saying which
     * @throws UncheckedIOException when a file cannot be written
     */
    public static SampleSummary write(SampleSpec spec, EstateOutput output) {
        List<String> missing = SampleControls.USED.stream().filter(id -> !spec.controlIds().contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the catalog lacks the controls the sample's exceptions and "
                    + "attestations name: " + String.join(", ", missing));
        }
        Estate estate = Estate.of(spec);
        EstateFiles files = new EstateFiles(output);
        List<OwnerRow> owners = new ArrayList<>();
        List<String> nativeIds = new ArrayList<>();
        List<Leak> leaks = new ArrayList<>();
        AwsCredentialReports aws = new AwsCredentialReports(estate, owners::add);
        AzureApplications azure = new AzureApplications(estate, owners::add);
        EntraAgentIdentities agents = new EntraAgentIdentities(estate);
        List<EstatePart> parts = List.of(
                new PeopleDirectory(estate),
                aws,
                new GcpServiceAccounts(estate, owners::add, nativeIds::add),
                azure,
                agents,
                new EntraPermissionGrants(estate, azure, agents),
                new AwsServiceCredentials(estate, aws),
                new SecretsManagerSecrets(estate, aws),
                new ProwlerScan(estate, aws),
                new KeyVaultSecrets(estate),
                new SpireEntries(estate),
                new KubernetesServiceAccounts(estate, owners::add, nativeIds::add, leaks::add),
                new GitHubTokenGrants(estate, owners::add),
                new VaultTokens(estate, owners::add),
                new OpenAiKeys(estate),
                new AnthropicKeys(estate),
                new McpConfigs(estate),
                new CertificateBundle(estate),
                new InventorySheet(estate, nativeIds, leaks::add),
                new GitleaksReport(estate, leaks),
                new OwnersWorkbookFile(estate, owners),
                new ExceptionsFile(estate, aws),
                new AttestationsFile(estate),
                new ReportConfigFile(estate));
        try {
            for (EstatePart part : parts) {
                part.write(files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SampleSummary(spec.period(), spec.seed(), estate.organisation().name(), spec.identities(),
                aws.humans(), files.files(), estate.organisation().domain());
    }
}
