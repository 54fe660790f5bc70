package dev.trustmap.evidence.azure;

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

class ApplicationsImporterTest {

    static final String DIR = "dev/trustmap/evidence/azure/";
    static final String APPLICATIONS = DIR + "graph_v1_applications.json";
    static final String SERVICE_PRINCIPALS = DIR + "az_ad_sp_list.json";
    static final String PAYROLL = "f4d9654f-0305-4072-878c-8bf266dfe146";
    static final String ORDERS = "83f45296-fb8f-4aaa-a399-ac51084e02b7";
    static final String SIGNER = "09e9da93-c1e8-4000-8b96-1ea6a12acf72";
    static final String DEPLOYER = "2c9b7e4a-51d3-4f6a-8b2e-0d1c3e5f7a9b";
    static final String MANAGED = "5b1c8d2e-9f3a-4b6c-8d7e-1f2a3b4c5d6e";
    static final String VENDOR = "e7a1c3b5-d9f2-4e6a-8b1c-3d5e7f9a1b2c";
    static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    static final String HOME = "8a2f1c9e-4b7d-4e3a-9f51-2c6d8e0b7a13";

    private final ApplicationsImporter importer = new ApplicationsImporter();

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void graphPageGivesOneIdentityPerAppIdWithNameAndPublisherDomain() {
        Inventory inventory = importFiles(importer, resource(APPLICATIONS));

        assertThat(ids(inventory)).containsExactly(DEPLOYER, ORDERS, PAYROLL);
        Identity orders = identity(inventory, ORDERS);
        assertThat(orders.name()).isEqualTo("Orders API");
        assertThat(orders.platform()).isEqualTo("azure");
        assertThat(orders.account()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(orders.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(orders.actorClassReason()).isEqualTo("Entra application");
        assertThat(orders.status()).as("applications have no accountEnabled").isNull();
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void passwordCredentialIsAClientSecretWithSevenDigitFractionTimes() {
        Identity payroll = identity(importFiles(importer, resource(APPLICATIONS)), PAYROLL);

        Credential secret = credential(payroll, "d1b3a5c7-e9f1-4a2b-8c4d-6e8f0a1b2c3d");
        assertThat(secret.kind()).isEqualTo(CredentialKind.CLIENT_SECRET);
        assertThat(secret.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(secret.active()).isTrue();
        assertThat(secret.createdAt()).isEqualTo(Instant.parse("2020-06-15T10:02:11.0580414Z"));
        assertThat(secret.expiresAt()).isEqualTo(Instant.parse("2022-06-15T10:02:11.0580414Z"));
        assertThat(secret.lastUsedAt()).isNull();
        assertThat(secret.fingerprint()).as("secretText is null when listed").isNull();
        assertThat(secret.origin().file()).isEqualTo("graph_v1_applications.json");
        assertThat(secret.origin().location()).isEqualTo("/value/0/passwordCredentials/0");
    }

    @Test
    void keyCredentialIsACertificate() {
        Identity payroll = identity(importFiles(importer, resource(APPLICATIONS)), PAYROLL);

        Credential certificate = credential(payroll, "83f45296-fb8f-4aaa-a399-ac51084e02b7");
        assertThat(certificate.kind()).isEqualTo(CredentialKind.CERTIFICATE);
        assertThat(certificate.createdAt()).isEqualTo(Instant.parse("2020-04-01T21:36:48Z"));
        assertThat(certificate.expiresAt()).isEqualTo(Instant.parse("2021-04-02T05:36:48Z"));
        assertThat(certificate.origin().location()).isEqualTo("/value/0/keyCredentials/0");
        assertThat(payroll.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        assertThat(payroll.actorClassReason()).isEqualTo("name contains 'sync'");
    }

    @Test
    void appDisabledByMicrosoftIsDisabledAndFederatedCredentialsAreRead() {
        Identity deployer = identity(importFiles(importer, resource(APPLICATIONS)), DEPLOYER);

        assertThat(deployer.status()).isEqualTo("disabled");
        assertThat(deployer.actorClass()).isEqualTo(ActorClass.PIPELINE);
        Credential federated = credential(deployer, "7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
        assertThat(federated.kind()).isEqualTo(CredentialKind.FEDERATED);
        assertThat(federated.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(federated.expiresAt()).isNull();
    }

    @Test
    void applicationAndItsServicePrincipalMergeIntoOneIdentityWithCredentialsFromBoth() {
        Inventory inventory = importFiles(importer, resource(APPLICATIONS), resource(SERVICE_PRINCIPALS));

        assertThat(ids(inventory)).containsExactly(GRAPH, SIGNER, DEPLOYER, MANAGED, ORDERS, VENDOR, PAYROLL);
        Identity payroll = identity(inventory, PAYROLL);
        assertThat(payroll.status()).as("from the service principal").isEqualTo("active");
        assertThat(payroll.account()).as("the first file's value").isEqualTo("contoso.onmicrosoft.com");
        assertThat(payroll.credentials()).hasSize(2);
        assertThat(payroll.sources()).containsExactly(ApplicationsImporter.SOURCE);
        Identity signer = identity(inventory, SIGNER);
        assertThat(signer.status()).isEqualTo("disabled");
        assertThat(signer.account()).isEqualTo(HOME);
        assertThat(credential(signer, "8a37cfec-b0a1-4cb1-ac08-c52b03834f4a").origin().location())
                .isEqualTo("/0/keyCredentials/0");
    }

    @Test
    void managedIdentityGetsAPlatformFederatedCredentialAndPlatformRotatedCertificate() {
        Identity managed = identity(importFiles(importer, resource(SERVICE_PRINCIPALS)), MANAGED);

        assertThat(managed.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(managed.actorClassReason()).isEqualTo("Azure managed identity");
        Credential federated = credential(managed, MANAGED + "#managed_identity");
        assertThat(federated.kind()).isEqualTo(CredentialKind.FEDERATED);
        assertThat(federated.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        Credential certificate = credential(managed, "3e4d5c6b-7a89-4b0c-9d1e-2f3a4b5c6d7e");
        assertThat(certificate.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(certificate.expiresAt()).isEqualTo(Instant.parse("2026-11-28T11:05:00Z"));
    }

    @Test
    void servicePrincipalOwnedByAnotherTenantIsThirdPartyOnceTheHomeTenantIsKnown() {
        Inventory inventory = importFiles(importer, resource(SERVICE_PRINCIPALS));

        Identity vendor = identity(inventory, VENDOR);
        assertThat(vendor.actorClass()).isEqualTo(ActorClass.THIRD_PARTY);
        assertThat(vendor.actorClassReason())
                .isEqualTo("application owned by another tenant (c0ffee00-1234-4a5b-8c6d-7e8f9a0b1c2d)");
        Identity graph = identity(inventory, GRAPH);
        assertThat(graph.actorClass()).isEqualTo(ActorClass.THIRD_PARTY);
        assertThat(graph.actorClassReason()).startsWith("Microsoft first-party application");
        assertThat(identity(inventory, SIGNER).actorClass()).isEqualTo(ActorClass.WORKLOAD);
    }

    @Test
    void homeTenantLearntFromAnApplicationListedAfterItsServicePrincipal() throws IOException {
        Path file = write("mixed.json", """
                [
                  {"appId": "a-2", "displayName": "Expense tool", "appOwnerOrganizationId": "t-other",
                   "servicePrincipalType": "Application", "signInAudience": "AzureADMultipleOrgs",
                   "passwordCredentials": [], "keyCredentials": []},
                  {"appId": "a-1", "displayName": "Own app", "appOwnerOrganizationId": "t-home",
                   "servicePrincipalType": "Application", "signInAudience": "AzureADMultipleOrgs",
                   "passwordCredentials": [], "keyCredentials": []},
                  {"appId": "a-1", "displayName": "Own app", "publisherDomain": "home.example",
                   "signInAudience": "AzureADMultipleOrgs", "passwordCredentials": [], "keyCredentials": []}
                ]
                """);

        Inventory inventory = importFiles(importer, file);

        assertThat(identity(inventory, "a-2").actorClass()).isEqualTo(ActorClass.THIRD_PARTY);
        assertThat(identity(inventory, "a-1").actorClass()).isEqualTo(ActorClass.WORKLOAD);
    }

    @Test
    void withoutAnyHomeTenantEvidenceOtherOwnersAreNotGuessed() throws IOException {
        Path file = write("sps.json", """
                [{"appId": "a-2", "displayName": "Expense tool", "appOwnerOrganizationId": "t-other",
                  "servicePrincipalType": "Application", "passwordCredentials": [], "keyCredentials": []}]
                """);

        Identity vendor = identity(importFiles(importer, file), "a-2");

        assertThat(vendor.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(vendor.actorClassReason()).isEqualTo("Entra application");
    }

    @Test
    void pageWithNextLinkWarnsThatLaterPagesAreMissing() throws IOException {
        Path page = write("page1.json", """
                {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#applications",
                 "@odata.nextLink": "https://graph.microsoft.com/v1.0/applications?$skiptoken=RFNwdAIAAQAAAB",
                 "value": [{"appId": "a-1", "displayName": "One", "passwordCredentials": [], "keyCredentials": []}]}
                """);

        Inventory inventory = importFiles(importer, page);

        assertThat(ids(inventory)).containsExactly("a-1");
        assertThat(inventory.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("one page of a longer list"));
    }

    @Test
    void pagesSavedOneAfterAnotherInOneFileAreAllRead() throws IOException {
        Path pages = write("pages.json", """
                {"value": [{"appId": "a-1", "passwordCredentials": [], "keyCredentials": []}]}
                {"value": [{"appId": "a-2", "passwordCredentials": [{"keyId": "k-2",
                  "endDateTime": "2030-01-01T00:00:00Z"}], "keyCredentials": []}]}
                """);

        Inventory inventory = importFiles(importer, pages);

        assertThat(ids(inventory)).containsExactly("a-1", "a-2");
        assertThat(credential(identity(inventory, "a-2"), "k-2").origin().location())
                .isEqualTo("document 2 /value/0/passwordCredentials/0");
    }

    @Test
    void singleObjectFromAzAdAppShowIsOneRecord() throws IOException {
        Path file = write("show.json", """
                {
                  "appId": "a-1",
                  "displayName": "Shown app",
                  "passwordCredentials": [{"keyId": "k-1", "endDateTime": "2030-01-01T00:00:00Z"}],
                  "keyCredentials": []
                }
                """);

        Credential secret = credential(identity(importFiles(importer, file), "a-1"), "k-1");

        assertThat(secret.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(secret.origin().location()).isEqualTo("line 1 /passwordCredentials/0");
    }

    @Test
    void symmetricKeyCredentialIsASecretAndUnknownTypesWarn() throws IOException {
        Path file = write("apps.json", """
                [{"appId": "a-1", "passwordCredentials": [], "keyCredentials": [
                  {"keyId": "k-sym", "type": "Symmetric", "usage": "Sign", "key": "c3ltbWV0cmljLWtleQ==",
                   "endDateTime": "2030-01-01T00:00:00Z"},
                  {"keyId": "k-new", "type": "SomethingNew", "usage": "Verify"}]}]
                """);

        Inventory inventory = importFiles(importer, file);

        Credential symmetric = credential(identity(inventory, "a-1"), "k-sym");
        assertThat(symmetric.kind()).isEqualTo(CredentialKind.CLIENT_SECRET);
        assertThat(symmetric.fingerprint()).isEqualTo(Fingerprints.ofSecret("c3ltbWV0cmljLWtleQ=="));
        assertThat(credential(identity(inventory, "a-1"), "k-new").kind()).isEqualTo(CredentialKind.CERTIFICATE);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            // the line the object starts on, and the pointer into it
            assertThat(w.location()).isEqualTo("line 1, /0/keyCredentials/1");
            assertThat(w.message()).contains("SomethingNew");
        });
    }

    @Test
    void recognisesApplicationsAndServicePrincipalsButNotSignInReportsOrOtherPlatforms() throws IOException {
        assertThat(importer.recognises(new EvidenceFile(resource(APPLICATIONS)).head())).isTrue();
        assertThat(importer.recognises(new EvidenceFile(resource(SERVICE_PRINCIPALS)).head())).isTrue();
        assertThat(importer.recognises(new EvidenceFile(resource(SignInActivityImporterTest.PRINCIPAL_SIGNINS)).head()))
                .isFalse();
        assertThat(importer.recognises(
                new EvidenceFile(resource(SignInActivityImporterTest.CREDENTIAL_SIGNINS)).head())).isFalse();
        Path gcp = write("keys.json", """
                [{"name": "projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k1", "keyType": "USER_MANAGED",
                  "validAfterTime": "2024-01-01T00:00:00Z"}]
                """);
        assertThat(importer.recognises(new EvidenceFile(gcp).head())).isFalse();
    }

    @Test
    void truncatedJsonFailsNamingTheLine() throws IOException {
        Path truncated = write("apps.json", """
                {"value": [
                  {"appId": "a-1", "passwordCredentials": [], "keyCredentials": []},
                  {"appId": "a-2", "passwordCredentials": [
                """);

        assertThatThrownBy(() -> importFiles(importer, truncated))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).startsWith("line 4");
                    assertThat(problem.message()).contains("truncated");
                });
    }

    @Test
    void badDateFailsTheImportNamingThePointer() throws IOException {
        Path file = write("apps.json", badDateApps());

        assertThatThrownBy(() -> importFiles(importer, file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).isEqualTo("line 2, /value/1/passwordCredentials/0/endDateTime");
                    assertThat(problem.message())
                            .isEqualTo("expected an ISO-8601 time in endDateTime, found 'next year'.");
                });
    }

    @Test
    void badDateWithSkipBadRowsSkipsThatObjectWithAWarning() throws IOException {
        Inventory inventory = importFiles(importer, true, write("apps.json", badDateApps()));

        assertThat(ids(inventory)).containsExactly("a-1");
        assertThat(inventory.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("skipped: expected an ISO-8601 time"));
        assertThat(inventory.sources().get(0).skippedRows()).isEqualTo(1);
    }

    private static String badDateApps() {
        return """
                {"value": [{"appId": "a-1", "passwordCredentials": [], "keyCredentials": []},
                  {"appId": "a-2", "passwordCredentials": [{"keyId": "k", "secretText": "CANARY-bad-date-secret",
                   "endDateTime": "next year"}], "keyCredentials": []}]}
                """;
    }

    @Test
    void objectWithoutAppIdIsABadRow() throws IOException {
        Path file = write("apps.json", """
                [{"displayName": "no id", "passwordCredentials": [], "keyCredentials": []}]
                """);

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).message()).contains("no appId"));
    }

    @Test
    void secretValuesAreNeverKeptOnlyTheirFingerprints() throws IOException {
        String canary = "CANARY~q8Z.xY7vW6uT5sR4qP3oN2mL1kJ0iH9gF8eD";
        String symmetricCanary = "Q0FOQVJZLXN5bW1ldHJpYy1rZXktbWF0ZXJpYWw=";
        Path file = write("created.json", """
                {"value": [{"appId": "a-1", "displayName": "Fresh app",
                  "passwordCredentials": [{"keyId": "k-1", "hint": "CAN", "secretText": "%s",
                    "startDateTime": "2026-09-01T00:00:00Z", "endDateTime": "2027-03-01T00:00:00Z"}],
                  "keyCredentials": [{"keyId": "k-2", "type": "Symmetric", "key": "%s"}]}]}
                """.formatted(canary, symmetricCanary));

        Inventory inventory = importFiles(importer, file);

        assertThat(everythingKept(inventory)).doesNotContain(canary).doesNotContain(symmetricCanary)
                .doesNotContain("q8Z.xY7vW6uT5sR4");
        assertThat(credential(identity(inventory, "a-1"), "k-1").fingerprint())
                .isEqualTo(Fingerprints.ofSecret(canary));
        assertThatThrownBy(() -> importFiles(importer, write("bad.json", badDateApps())))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("CANARY-bad-date-secret"));
        Inventory skipped = importFiles(importer, true, write("bad2.json", badDateApps()));
        assertThat(everythingKept(skipped)).doesNotContain("CANARY-bad-date-secret");
    }

    @Test
    void largeGraphListIsStreamedObjectByObject() throws IOException {
        Path file = temp.resolve("apps-large.json");
        int apps = 4000;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#applications\",\n\"value\": [\n");
            for (int i = 0; i < apps; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"appId\": \"app-" + i + "\", \"displayName\": \"svc " + i
                        + "\", \"publisherDomain\": \"big.example\", \"keyCredentials\": [], \"passwordCredentials\": ["
                        + "{\"keyId\": \"key-" + i + "\", \"startDateTime\": \"2025-01-01T00:00:00Z\", "
                        + "\"endDateTime\": \"2026-"
                        + String.format("%02d", i % 12 + 1) + "-01T00:00:00.1234567Z\", \"secretText\": null}]}");
            }
            out.write("\n]}\n");
        }

        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.identities()).hasSize(apps);
        assertThat(inventory.credentialCount()).isEqualTo(apps);
        Credential last = credential(identity(inventory, "app-3999"), "key-3999");
        assertThat(last.expiresAt()).isEqualTo(Instant.parse("2026-04-01T00:00:00.1234567Z"));
        assertThat(last.origin().location()).isEqualTo("/value/3999/passwordCredentials/0");
        assertThat(inventory.warnings()).isEmpty();
    }
}
