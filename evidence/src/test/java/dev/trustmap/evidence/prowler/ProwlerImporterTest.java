package dev.trustmap.evidence.prowler;

import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importDetected;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.ToolVerdict;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProwlerImporterTest {

    private static final String DIR = "dev/trustmap/evidence/prowler/";
    private static final String EVIDENCE = "dev/trustmap/evidence/";
    private static final Path AWS = resource(DIR + "nhi-aws.ocsf.json");
    private static final Path GCP = resource(DIR + "nhi-gcp.ocsf.json");
    private static final Path AZURE = resource(DIR + "nhi-azure.ocsf.json");
    private static final Path KUBERNETES = resource(DIR + "nhi-kubernetes.ocsf.json");
    private static final Path KILLED = resource(DIR + "killed-run.ocsf.json");
    private static final Path PROWLER4 = resource(DIR + "prowler4-no-epoch-time.ocsf.json");
    private static final Path CREDENTIAL_REPORT = resource(EVIDENCE + "aws/credential-report.csv");
    private static final Path SECRETS = resource(EVIDENCE + "secretsmanager/list-secrets-cli-v2-pages.json");
    private static final Path SERVICE_ACCOUNTS = resource(EVIDENCE + "gcp/gcloud_service-accounts-list.json");
    private static final Path APPLICATIONS = resource(EVIDENCE + "azure/graph_v1_applications.json");
    private static final Path KUBECTL = resource(EVIDENCE + "kubernetes/serviceaccounts-kubectl.json");

    private static final String DEPLOYER = "arn:aws:iam::210987654321:user/ci/github-deployer";
    private static final String STRIPE = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:"
            + "prod/payments/stripe-api-key-Xq3v9T";
    private static final String CI_DEPLOYER = "ci-deployer@acme-prod-4821.iam.gserviceaccount.com";
    /** 2026-09-29T08:00:00Z, the epoch {@code time} of the hand-made findings; their time_dt says 09:00. */
    private static final Instant SCANNED = Instant.parse("2026-09-29T08:00:00Z");

    private final ProwlerImporter importer = new ProwlerImporter();

    @TempDir
    Path dir;

    // --- Prowler's published examples: placeholders, and no identity among their resources ---

    @Test
    void publishedExamplesAreRecognisedAndReadWithEveryResourceUnmatched() {
        for (String provider : new String[] {"aws", "azure", "gcp", "kubernetes"}) {
            Path sample = resource(DIR + "prowler_example_output_" + provider + ".ocsf.json");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(provider).isTrue();
        }
        Inventory inventory = importFiles(importer, resource(DIR + "prowler_example_output_gcp.ocsf.json"));

        // apikeys_key_exists is about a project, typed "API Key": the project is no identity, so nothing is added;
        // the five findings name three resources
        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).singleElement().satisfies(w -> assertThat(w.message()).isEqualTo(
                "3 activity records described identities that no other input lists; they were not added. "
                        + "First: <project_id>, <uid>, containeranalysis.googleapis.com."));
    }

    @Test
    void publishedKubernetesExampleHasNoCloudAndIsStillRead() {
        Inventory inventory = importFiles(importer, resource(DIR + "prowler_example_output_kubernetes.ocsf.json"));

        // six findings, all on the one placeholder resource
        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("1 activity record described identities").endsWith("First: <resource_uid>."));
    }

    // --- joins to the identities other inputs list, whatever the order of the files ---

    @Test
    void awsFindingsJoinTheCredentialReportsUserBeforeOrAfterIt() {
        Inventory after = importDetected(CREDENTIAL_REPORT, SECRETS, AWS);
        Inventory before = importDetected(AWS, CREDENTIAL_REPORT, SECRETS);

        for (Inventory inventory : new Inventory[] {after, before}) {
            Identity deployer = identity(inventory, DEPLOYER);
            assertThat(deployer.name()).isEqualTo("github-deployer");
            assertThat(deployer.sources()).contains("aws-credential-report", "prowler-ocsf");
            assertThat(deployer.credentials()).isNotEmpty();
            assertThat(deployer.externalResults()).extracting(ExternalResult::check, ExternalResult::verdict)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("iam_rotate_access_key_90_days", ToolVerdict.FAIL),
                            org.assertj.core.groups.Tuple.tuple("iam_user_accesskey_unused", ToolVerdict.PASS));
        }
        assertThat(after.identities()).isEqualTo(before.identities().stream()
                .map(i -> identity(after, i.id())).toList());
    }

    @Test
    void aFindingKeepsCheckVerdictFindingIdEpochTimeMessageAndWhereItWasRead() {
        Inventory inventory = importFiles(importer, AWS);

        ExternalResult rotation = identity(inventory, DEPLOYER).externalResults().get(0);
        assertThat(rotation).isEqualTo(new ExternalResult("prowler", "iam_rotate_access_key_90_days", ToolVerdict.FAIL,
                "prowler-iam_rotate_access_key_90_days-github-deployer", SCANNED,
                "User github-deployer has not rotated access key 1 in over 90 days (989 days).",
                new Origin("nhi-aws.ocsf.json", "/0")));
        assertThat(rotation.describe()).isEqualTo("Prowler iam_rotate_access_key_90_days: FAIL");
    }

    @Test
    void aMutedFailIsMutedAndJoinsTheSecretsManagerSecret() {
        Inventory inventory = importDetected(AWS, SECRETS);

        Identity stripe = identity(inventory, STRIPE);
        assertThat(stripe.sources()).containsExactly("prowler-ocsf", "aws-secretsmanager");
        assertThat(stripe.credentials()).hasSize(1);
        assertThat(stripe.externalResults()).singleElement().satisfies(r -> {
            assertThat(r.check()).isEqualTo("secretsmanager_secret_rotated_periodically");
            assertThat(r.verdict()).isEqualTo(ToolVerdict.MUTED);
        });
    }

    @Test
    void anIdentityNoOtherInputListsStandsAloneWhileOtherResourcesAreCountedAsUnmatched() {
        Inventory inventory = importFiles(importer, AWS);

        assertThat(ids(inventory)).containsExactly(DEPLOYER, "arn:aws:iam::210987654321:user/svc-reporting", STRIPE);
        Identity reporting = identity(inventory, "arn:aws:iam::210987654321:user/svc-reporting");
        assertThat(reporting.name()).isEqualTo("svc-reporting");
        assertThat(reporting.platform()).isEqualTo("aws");
        assertThat(reporting.account()).isEqualTo("210987654321");
        assertThat(reporting.credentials()).isEmpty();
        assertThat(reporting.externalResults()).extracting(ExternalResult::verdict).containsExactly(ToolVerdict.PASS);
        // the root account's MANUAL check and the bucket's FAIL name no identity trustmap holds
        assertThat(inventory.warnings()).extracting(InputProblem::message).containsExactly(
                "2 activity records described identities that no other input lists; they were not added. "
                        + "First: arn:aws:iam::210987654321:root, arn:aws:s3:::acme-logs.");
    }

    @Test
    void gcpKeyFindingsJoinTheServiceAccountByTheEmailProwlerGivesAsName() {
        Inventory inventory = importDetected(GCP, SERVICE_ACCOUNTS);

        Identity ci = identity(inventory, CI_DEPLOYER);
        assertThat(ci.sources()).containsExactly("prowler-ocsf", "gcp-service-accounts");
        assertThat(ci.externalResults()).extracting(ExternalResult::check).containsExactly(
                "iam_sa_user_managed_key_rotate_90_days", "iam_service_account_unused");
        // a key's full resource name names its account too; no other input lists this one
        Identity orphan = identity(inventory, "orphan-sa@acme-prod-4821.iam.gserviceaccount.com");
        assertThat(orphan.platform()).isEqualTo("gcp");
        assertThat(orphan.account()).isEqualTo("acme-prod-4821");
        assertThat(orphan.externalResults()).extracting(ExternalResult::verdict).containsExactly(ToolVerdict.FAIL);
    }

    @Test
    void entraAppRegistrationsJoinTheirAppIdByObjectIdAliasOrByTheAppIdInTheRawData() {
        Inventory after = importDetected(APPLICATIONS, AZURE);
        Inventory before = importDetected(AZURE, APPLICATIONS);

        for (Inventory inventory : new Inventory[] {after, before}) {
            assertThat(identity(inventory, "f4d9654f-0305-4072-878c-8bf266dfe146").externalResults())
                    .extracting(ExternalResult::verdict).containsExactly(ToolVerdict.FAIL);
            assertThat(identity(inventory, "83f45296-fb8f-4aaa-a399-ac51084e02b7").externalResults())
                    .extracting(ExternalResult::verdict).containsExactly(ToolVerdict.PASS);
            assertThat(ids(inventory)).noneMatch(id -> id.startsWith("entra-app:"));
            assertThat(inventory.warnings()).extracting(InputProblem::message).anyMatch(m -> m.startsWith(
                    "1 activity record described identities that no other input lists; they were not added. First: "
                            + "/subscriptions/9b1c/resourceGroups/rg-pay/providers/Microsoft.KeyVault/vaults/"));
        }
    }

    @Test
    void anAppRegistrationNoInputListsKeepsItsObjectIdAliasAndIsCounted() {
        Inventory inventory = importFiles(importer, AZURE);

        assertThat(ids(inventory)).containsExactly("83f45296-fb8f-4aaa-a399-ac51084e02b7",
                "entra-app:6920caa5-1cae-4bc8-bf59-9c0b8495d240");
        assertThat(inventory.warnings()).extracting(InputProblem::message).anyMatch(m -> m.startsWith(
                "1 record named an identity only by the platform's object id"));
    }

    @Test
    void kubernetesFindingsHaveNoCloudAndJoinTheServiceAccountByNamespaceAndName() {
        Inventory inventory = importDetected(KUBECTL, KUBERNETES);

        Identity payments = identity(inventory, "payments/payments-api");
        assertThat(payments.sources()).containsExactly("kubernetes", "prowler-ocsf");
        assertThat(payments.externalResults()).singleElement().satisfies(r -> {
            assertThat(r.check()).isEqualTo("rbac_minimize_service_account_token_creation");
            assertThat(r.verdict()).isEqualTo(ToolVerdict.FAIL);
            assertThat(r.observedAt()).isEqualTo(SCANNED);
        });
        assertThat(inventory.warnings()).extracting(InputProblem::message).anyMatch(m -> m.endsWith(
                "First: e5f6a7b8-0000-4000-8000-000000000002."));
    }

    // --- edge cases ---

    @Test
    void aKilledRunKeepsTheWholeFindingsAndWarns() {
        Inventory inventory = importFiles(importer, KILLED);

        assertThat(identity(inventory, DEPLOYER).externalResults()).extracting(ExternalResult::check)
                .containsExactly("iam_rotate_access_key_90_days", "iam_user_accesskey_unused");
        assertThat(ids(inventory)).containsExactly(DEPLOYER);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("killed-run.ocsf.json");
            assertThat(w.location()).isEqualTo("line 102, /1");
            assertThat(w.message()).startsWith("the findings array ends without its closing bracket after this "
                    + "finding");
        });
    }

    @Test
    void prowler4FindingsWithoutEpochTimeNeverTakeTheNaiveLocalTime() {
        Inventory inventory = importFiles(importer, PROWLER4);

        assertThat(identity(inventory, DEPLOYER).externalResults()).extracting(ExternalResult::observedAt)
                .containsExactly(null, Instant.parse("2025-10-07T13:03:11.271829Z"));
        assertThat(inventory.warnings()).extracting(InputProblem::message).containsExactly("1 finding has no epoch "
                + "time (an older Prowler 4.x shape): kept without the time observed, since time_dt is the scanning "
                + "machine's local time with no zone.");
    }

    @Test
    void anUnknownStatusCodeIsABadRowNamingWhere() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.ocsf.json"), Files.readString(AWS)
                .replaceFirst("\"status_code\": \"FAIL\"", "\"status_code\": \"ERROR\""));

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 2, /0/status_code")
                .hasMessageContaining("expected status_code PASS, FAIL or MANUAL, found 'ERROR'.");
        assertThat(importFiles(importer, true, file).warnings()).extracting(InputProblem::message)
                .first().asString().startsWith("skipped: expected status_code");
    }

    @Test
    void recognisesOnlyProwlerFiles() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getParent().getFileName().toString().equals("prowler");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
        }
    }
}
