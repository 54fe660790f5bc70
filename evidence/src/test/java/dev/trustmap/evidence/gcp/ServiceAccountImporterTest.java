package dev.trustmap.evidence.gcp;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceAccountImporterTest {

    private static final String DIR = "dev/trustmap/evidence/gcp/";
    private static final String CI = "ci-deployer@acme-prod-4821.iam.gserviceaccount.com";
    private static final String BILLING = "billing-export@acme-prod-4821.iam.gserviceaccount.com";
    private static final String ORDERS = "orders-api@acme-prod-4821.iam.gserviceaccount.com";
    private static final String COMPUTE = "318274650192-compute@developer.gserviceaccount.com";

    private final ServiceAccountImporter importer = new ServiceAccountImporter();

    @TempDir
    Path temp;

    private Inventory read(String... names) {
        Path[] paths = new Path[names.length];
        for (int i = 0; i < names.length; i++) {
            paths[i] = resource(DIR + names[i]);
        }
        return importFiles(importer, paths);
    }

    private Path write(String name, String text) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void accountListGivesOneWorkloadPerEmailWithProjectAndName() {
        Inventory inventory = read("gcloud_service-accounts-list.json");

        assertThat(ids(inventory)).containsExactly(COMPUTE, BILLING, CI, ORDERS);
        Identity orders = identity(inventory, ORDERS);
        assertThat(orders.platform()).isEqualTo("gcp");
        assertThat(orders.account()).isEqualTo("acme-prod-4821");
        assertThat(orders.name()).as("no displayName: the email's local part").isEqualTo("orders-api");
        assertThat(orders.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(orders.actorClassReason()).isEqualTo("GCP service account");
        assertThat(orders.credentials()).isEmpty();
        assertThat(orders.sources()).containsExactly(ServiceAccountImporter.SOURCE);
    }

    @Test
    void disabledIsWrittenOnlyWhenTrueSoItsAbsenceMeansActive() {
        Inventory inventory = read("gcloud_service-accounts-list.json");

        assertThat(identity(inventory, BILLING).status()).isEqualTo("disabled");
        assertThat(identity(inventory, CI).status()).isEqualTo("active");
    }

    @Test
    void actorClassComesFromTheEmailOrDisplayNameOrTheKindOfDefaultAccount() {
        Inventory inventory = read("gcloud_service-accounts-list.json");

        Identity ci = identity(inventory, CI);
        assertThat(ci.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(ci.actorClassReason()).isEqualTo("name contains 'ci'");
        assertThat(ci.name()).isEqualTo("GitHub Actions deployer");
        assertThat(ci.purpose()).isEqualTo("Deploys from GitHub Actions to Cloud Run");
        Identity compute = identity(inventory, COMPUTE);
        assertThat(compute.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(compute.actorClassReason()).isEqualTo("GCP service account (Compute Engine default)");
        assertThat(compute.account()).as("projectId, not the number in the email").isEqualTo("acme-prod-4821");
    }

    @Test
    void keysJoinTheirAccountFromAnotherFile() {
        Inventory inventory = read("gcloud_service-accounts-list.json", "gcloud_keys-list_ci-deployer.json");

        Identity ci = identity(inventory, CI);
        assertThat(ci.name()).isEqualTo("GitHub Actions deployer");
        assertThat(ci.status()).isEqualTo("active");
        assertThat(ci.credentials()).extracting(Credential::id).containsExactly(
                "6f1c0e5a2b9d4c7e8f0a1b2c3d4e5f60718293a4", "0b7e3d91c2a84f65b1d0e9c8a7f6e5d4c3b2a190",
                "d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f0a2b4c6d8");
        assertThat(ci.credentials()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(CredentialKind.ACCESS_KEY));
    }

    @Test
    void userManagedKeyValidUntilYear9999NeverExpires() {
        Identity ci = identity(read("gcloud_keys-list_ci-deployer.json"), CI);

        Credential key = credential(ci, "6f1c0e5a2b9d4c7e8f0a1b2c3d4e5f60718293a4");
        assertThat(key.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(key.active()).isTrue();
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2023-02-14T09:21:07Z"));
        assertThat(key.expiresAt()).isNull();
        assertThat(key.lastUsedAt()).isNull();
        assertThat(key.fingerprint()).isNull();
        assertThat(key.origin().file()).isEqualTo("gcloud_keys-list_ci-deployer.json");
        assertThat(key.origin().location()).isEqualTo("/0");
    }

    @Test
    void disabledKeyIsInactiveAndKeepsItsExpiry() {
        Credential key = credential(identity(read("gcloud_keys-list_ci-deployer.json"), CI),
                "0b7e3d91c2a84f65b1d0e9c8a7f6e5d4c3b2a190");

        assertThat(key.active()).isFalse();
        assertThat(key.expiresAt()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
    }

    @Test
    void systemManagedKeyIsRotatedByThePlatform() {
        Credential key = credential(identity(read("gcloud_keys-list_ci-deployer.json"), CI),
                "d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f0a2b4c6d8");

        assertThat(key.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2026-09-14T03:11:40Z"));
        assertThat(key.expiresAt()).isEqualTo(Instant.parse("2028-09-22T03:11:40Z"));
    }

    @Test
    void keyFileAloneStillYieldsTheAccountNamedInTheKey() {
        Inventory inventory = read("gcloud_keys-list_legacy-etl.json");

        Identity etl = identity(inventory, "legacy-etl@acme-data-7730.iam.gserviceaccount.com");
        assertThat(etl.platform()).isEqualTo("gcp");
        assertThat(etl.account()).isEqualTo("acme-data-7730");
        assertThat(etl.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        assertThat(etl.actorClassReason()).isEqualTo("name contains 'etl'");
        assertThat(etl.status()).as("a key list does not say").isNull();
        assertThat(etl.name()).as("left for the account list to fill").isNull();
        Credential key = credential(etl, "9a8b7c6d5e4f30211f2e3d4c5b6a79880a1b2c3d");
        assertThat(key.expiresAt()).isEqualTo(Instant.parse("2031-11-01T17:45:02Z"));
    }

    @Test
    void keyFileReadFirstDoesNotHideTheDisplayNameReadLater() {
        Inventory inventory = read("gcloud_keys-list_loop.json", "gcloud_service-accounts-list.json");

        assertThat(identity(inventory, BILLING).name()).isEqualTo("Billing export");
        assertThat(identity(inventory, BILLING).status()).isEqualTo("disabled");
    }

    @Test
    void arraysWrittenOneAfterAnotherByAShellLoopAreAllRead() {
        Inventory inventory = read("gcloud_keys-list_loop.json");

        assertThat(ids(inventory)).containsExactly(BILLING, ORDERS);
        Credential billingKey = credential(identity(inventory, BILLING), "aa11bb22cc33dd44ee55ff6600771188992200aa");
        assertThat(billingKey.createdAt()).isEqualTo(Instant.parse("2022-03-30T22:14:09Z"));
        assertThat(billingKey.origin().location()).isEqualTo("document 2 /0");
    }

    @Test
    void assetExportReadsResourceDataAndIgnoresOtherAssetTypesWithAWarning() {
        Inventory inventory = read("cai-export_iam.jsonl");

        String looker = "looker-sync@acme-data-7730.iam.gserviceaccount.com";
        assertThat(ids(inventory)).containsExactly("eval-agent@acme-data-7730.iam.gserviceaccount.com", looker);
        Identity sync = identity(inventory, looker);
        assertThat(sync.name()).isEqualTo("Looker to BigQuery sync");
        assertThat(sync.account()).isEqualTo("acme-data-7730");
        assertThat(sync.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        Credential key = credential(sync, "5c4b3a29180f7e6d5c4b3a2918f0e1d2c3b4a596");
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2024-10-21T06:30:00Z"));
        assertThat(key.expiresAt()).isNull();
        assertThat(key.origin().location()).isEqualTo("line 3 /resource/data");
        Identity agent = identity(inventory, "eval-agent@acme-data-7730.iam.gserviceaccount.com");
        assertThat(agent.status()).isEqualTo("disabled");
        assertThat(agent.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(inventory.warnings()).extracting(InputProblem::message).containsExactly(
                "ignored assets of types this importer does not read: "
                        + "{cloudresourcemanager.googleapis.com/Project=1}.");
    }

    @Test
    void searchResultKeyNamedByUniqueIdJoinsTheAccountListedAfterIt() {
        Inventory inventory = importFiles(importer, true, resource(DIR + "asset-search_iam.json"));

        Identity terraform = identity(inventory, "terraform@acme-web-1190.iam.gserviceaccount.com");
        assertThat(terraform.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(terraform.account()).isEqualTo("acme-web-1190");
        assertThat(terraform.status()).isEqualTo("disabled");
        Credential key = credential(terraform, "7d6c5b4a3928170f6e5d4c3b2a19080706050403");
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2025-04-17T11:02:33Z"));
        assertThat(key.managedBy()).as("search results carry no key type").isNull();
        assertThat(key.active()).isNull();
        assertThat(key.expiresAt()).isNull();
    }

    @Test
    void keyWhoseAccountIsNowhereInTheFileIsListedUnderItsUniqueIdWithAWarning() {
        Inventory inventory = read("asset-search_iam.json");

        Identity orphan = identity(inventory, "109999999999999999999");
        assertThat(orphan.account()).isEqualTo("acme-web-1190");
        assertThat(orphan.credentials()).extracting(Credential::id)
                .containsExactly("0f0e0d0c0b0a09080706050403020100ffeeddcc");
        assertThat(inventory.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("1 key(s) name their service account by unique id only")
                .contains("0f0e0d0c0b0a09080706050403020100ffeeddcc"));
    }

    @Test
    void restResponsesWrapTheirRecords() throws IOException {
        Path keys = write("keys.json", """
                {"keys": [{"name": "projects/p-1/serviceAccounts/app@p-1.iam.gserviceaccount.com/keys/k1",
                  "validAfterTime": "2024-01-01T00:00:00Z", "validBeforeTime": "2025-01-01T00:00:00Z",
                  "keyAlgorithm": "KEY_ALG_RSA_2048", "keyOrigin": "GOOGLE_PROVIDED", "keyType": "USER_MANAGED"}]}
                """);
        Path accounts = write("accounts.json", """
                {"accounts": [{"name": "projects/p-1/serviceAccounts/app@p-1.iam.gserviceaccount.com",
                  "projectId": "p-1", "uniqueId": "1", "email": "app@p-1.iam.gserviceaccount.com"}],
                 "nextPageToken": ""}
                """);

        Identity app = identity(importFiles(importer, keys, accounts), "app@p-1.iam.gserviceaccount.com");

        assertThat(app.status()).isEqualTo("active");
        assertThat(credential(app, "k1").expiresAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(credential(app, "k1").origin().location()).isEqualTo("/keys/0");
    }

    @Test
    void projectComesFromTheEmailWhereTheEmailNamesIt() {
        assertThat(ServiceAccounts.projectFromEmail("a@my-proj.iam.gserviceaccount.com")).isEqualTo("my-proj");
        assertThat(ServiceAccounts.projectFromEmail("my-proj@appspot.gserviceaccount.com")).isEqualTo("my-proj");
        assertThat(ServiceAccounts.projectFromEmail("123-compute@developer.gserviceaccount.com")).isNull();
        assertThat(ServiceAccounts.projectFromEmail("service-123@gcp-sa-pubsub.iam.gserviceaccount.com")).isNull();
        assertThat(ServiceAccounts.projectFromEmail("service-123@compute-system.iam.gserviceaccount.com")).isNull();
        Identity agent = ServiceAccounts.identity("service-123@gcp-sa-pubsub.iam.gserviceaccount.com", null, null)
                .build();
        assertThat(agent.actorClassReason()).isEqualTo("GCP service agent (Google-managed service account)");
        Identity build = ServiceAccounts.identity("123@cloudbuild.gserviceaccount.com", null, null).build();
        assertThat(build.actorClass()).isEqualTo(ActorClass.PIPELINE);
    }

    @Test
    void recognisesEveryShapeButNotOtherPlatformsFiles() throws IOException {
        for (String name : new String[] {"gcloud_service-accounts-list.json", "gcloud_keys-list_ci-deployer.json",
                "gcloud_keys-list_loop.json", "cai-export_iam.jsonl", "asset-search_iam.json"}) {
            assertThat(importer.recognises(new EvidenceFile(resource(DIR + name)).head())).as(name).isTrue();
        }
        Path credentialFile = write("sa-key.json", """
                {"type": "service_account", "project_id": "p", "private_key_id": "abc",
                 "client_email": "a@p.iam.gserviceaccount.com", "client_id": "1"}
                """);
        Path azure = write("apps.json", """
                {"value": [{"appId": "x", "displayName": "y", "passwordCredentials": [], "keyCredentials": []}]}
                """);
        Path csv = write("report.csv", "user,arn\nx,arn:aws:iam::1:user/x\n");
        for (Path path : new Path[] {credentialFile, azure, csv}) {
            assertThat(importer.recognises(new EvidenceFile(path).head())).as(path.toString()).isFalse();
        }
    }

    @Test
    void truncatedJsonFailsNamingTheLine() throws IOException {
        Path truncated = write("keys.json", """
                [
                  {"name": "projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k1",
                   "validAfterTime": "2024-01-01T00:00:00Z",
                """);

        assertThatThrownBy(() -> importFiles(importer, truncated))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo("keys.json");
                    assertThat(problem.location()).startsWith("line 4");
                    assertThat(problem.message()).contains("truncated");
                });
    }

    @Test
    void badDateFailsTheImportNamingLineAndField() throws IOException {
        Path keys = write("keys.json", badDateKeys());

        assertThatThrownBy(() -> importFiles(importer, keys))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).isEqualTo("line 4, /1/validAfterTime");
                    assertThat(problem.message()).isEqualTo(
                            "expected an RFC 3339 time in validAfterTime, found 'last tuesday'.");
                    assertThat(problem.fix()).contains("--skip-bad-rows");
                });
    }

    @Test
    void badDateWithSkipBadRowsSkipsOnlyThatKeyWithAWarning() throws IOException {
        Inventory inventory = importFiles(importer, true, write("keys.json", badDateKeys()));

        assertThat(identity(inventory, "a@p.iam.gserviceaccount.com").credentials()).extracting(Credential::id)
                .containsExactly("k1");
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 4, /1/validAfterTime");
            assertThat(w.message()).startsWith("skipped: ");
        });
        assertThat(inventory.sources().get(0).skippedRows()).isEqualTo(1);
    }

    private static String badDateKeys() {
        return """
                [
                  {"name": "projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k1", "keyType": "USER_MANAGED",
                   "validAfterTime": "2024-01-01T00:00:00Z", "validBeforeTime": "9999-12-31T23:59:59Z"},
                  {"name": "projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k2", "keyType": "USER_MANAGED",
                   "validAfterTime": "last tuesday", "validBeforeTime": "9999-12-31T23:59:59Z"}
                ]
                """;
    }

    @Test
    void recordThatIsNeitherAccountNorKeyIsABadRow() throws IOException {
        Path file = write("mixed.json", """
                [{"email": "a@p.iam.gserviceaccount.com", "uniqueId": "1", "projectId": "p"},
                 {"kind": "something else"}]
                """);

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).location()).isEqualTo("line 2, /1"));
    }

    @Test
    void privateKeyDataIsNeverKeptOnlyItsFingerprint() throws IOException {
        String canary = "CANARY-ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsCiAgInByaXZhdGVfa2V5IjogIi0tLS0tQkVHSU4=";
        Path created = write("created-key.json", """
                {"name": "projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k9",
                 "privateKeyType": "TYPE_GOOGLE_CREDENTIALS_FILE", "privateKeyData": "%s",
                 "validAfterTime": "2026-01-01T00:00:00Z", "validBeforeTime": "9999-12-31T23:59:59Z",
                 "keyAlgorithm": "KEY_ALG_RSA_2048", "keyOrigin": "GOOGLE_PROVIDED", "keyType": "USER_MANAGED"}
                """.formatted(canary));
        Path broken = write("broken-key.json", """
                {"name": "projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k8",
                 "privateKeyData": "%s", "validAfterTime": "soon"}
                """.formatted(canary));

        Inventory inventory = importFiles(importer, true, created, broken);

        assertThat(everythingKept(inventory)).doesNotContain(canary).doesNotContain(canary.substring(8, 40));
        assertThat(credential(identity(inventory, "a@p.iam.gserviceaccount.com"), "k9").fingerprint())
                .isEqualTo(Fingerprints.ofSecret(canary));
        assertThatThrownBy(() -> importFiles(importer, broken))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(canary));
    }

    @Test
    void largeAssetExportIsStreamedRecordByRecord() throws IOException {
        Path export = temp.resolve("export.jsonl");
        int accounts = 3000;
        try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            for (int i = 0; i < accounts; i++) {
                String email = "svc-" + i + "@big-proj-" + (i % 7) + ".iam.gserviceaccount.com";
                String uniqueId = String.valueOf(100000000000000000L + i);
                String base = "//iam.googleapis.com/projects/big-proj-" + (i % 7) + "/serviceAccounts/" + uniqueId;
                // keys come first and name their account by unique id only, as asset names do
                out.write("{\"name\":\"" + base + "/keys/key" + i + "\",\"asset_type\":\""
                        + ServiceAccountRecords.KEY_TYPE + "\",\"resource\":{\"data\":{\"keyType\":\"USER_MANAGED\","
                        + "\"validAfterTime\":\"2025-01-01T00:00:"
                        + String.format("%02d", i % 60) + "Z\",\"validBeforeTime\":\"9999-12-31T23:59:59Z\"}}}\n");
                out.write("{\"name\":\"" + base + "\",\"asset_type\":\"" + ServiceAccountRecords.ACCOUNT_TYPE
                        + "\",\"resource\":{\"data\":{\"email\":\"" + email + "\",\"uniqueId\":\"" + uniqueId
                        + "\",\"projectId\":\"big-proj-" + (i % 7) + "\"" + (i % 10 == 0 ? ",\"disabled\":true" : "")
                        + "}}}\n");
            }
        }

        Inventory inventory = importFiles(importer, export);

        assertThat(inventory.identities()).hasSize(accounts);
        assertThat(inventory.identities().stream().mapToInt(i -> i.credentials().size()).sum()).isEqualTo(accounts);
        assertThat(inventory.identities().stream().filter(i -> "disabled".equals(i.status()))).hasSize(accounts / 10);
        Identity last = identity(inventory, "svc-2999@big-proj-3.iam.gserviceaccount.com");
        assertThat(credential(last, "key2999").createdAt()).isEqualTo(Instant.parse("2025-01-01T00:00:59Z"));
        assertThat(credential(last, "key2999").origin().location()).isEqualTo("line 5999 /resource/data");
        assertThat(inventory.warnings()).isEmpty();
        assertThat(inventory.sources().get(0).identities()).isEqualTo(accounts);
    }
}
