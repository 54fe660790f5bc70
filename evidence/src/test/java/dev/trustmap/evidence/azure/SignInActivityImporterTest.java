package dev.trustmap.evidence.azure;

import static dev.trustmap.evidence.ImporterTestSupport.AS_OF;
import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.azure.ApplicationsImporterTest.APPLICATIONS;
import static dev.trustmap.evidence.azure.ApplicationsImporterTest.DIR;
import static dev.trustmap.evidence.azure.ApplicationsImporterTest.ORDERS;
import static dev.trustmap.evidence.azure.ApplicationsImporterTest.PAYROLL;
import static dev.trustmap.evidence.azure.ApplicationsImporterTest.SERVICE_PRINCIPALS;
import static dev.trustmap.evidence.azure.ApplicationsImporterTest.SIGNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.InventoryBuilder;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInActivityImporterTest {

    static final String PRINCIPAL_SIGNINS = DIR + "msgraph-docs_beta_servicePrincipalSignInActivities_example1.json";
    static final String CREDENTIAL_SIGNINS = DIR + "msgraph-docs_beta_appCredentialSignInActivities_example1.json";

    private final SignInActivityImporter importer = new SignInActivityImporter();
    private final ApplicationsImporter applications = new ApplicationsImporter();

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    /** Imports each file with its own importer, as trustmap import does after detection. */
    private static Inventory importAll(boolean skipBadRows, Object... importerThenPath) {
        InventoryBuilder builder = new InventoryBuilder(new ImportOptions(AS_OF, skipBadRows));
        for (int i = 0; i < importerThenPath.length; i += 2) {
            Importer importer = (Importer) importerThenPath[i];
            Path path = (Path) importerThenPath[i + 1];
            EvidenceFile file = new EvidenceFile(path, path.getFileName().toString());
            builder.startFile(file, importer.source());
            importer.read(file, builder);
            builder.endFile();
        }
        return builder.build();
    }

    private Inventory applicationsWithBothReports() {
        return importAll(false, applications, resource(APPLICATIONS), applications, resource(SERVICE_PRINCIPALS),
                importer, resource(PRINCIPAL_SIGNINS), importer, resource(CREDENTIAL_SIGNINS));
    }

    @Test
    void servicePrincipalReportSetsEachApplicationsLastSignIn() {
        Inventory inventory = applicationsWithBothReports();

        // lastSignInActivity says 2021-04-01T00:00:00Z, but a per-flow activity is later: 2021-04-01T00:00:00-8:00
        assertThat(identity(inventory, PAYROLL).lastUsedAt()).isEqualTo(Instant.parse("2021-04-01T08:00:00Z"));
        assertThat(identity(inventory, ORDERS).lastUsedAt()).isEqualTo(Instant.parse("2021-04-01T08:00:00Z"));
        assertThat(identity(inventory, SIGNER).lastUsedAt()).as("only a credential report entry").isNull();
        assertThat(identity(inventory, PAYROLL).sources())
                .containsExactly(ApplicationsImporter.SOURCE, SignInActivityImporter.SOURCE);
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void credentialReportSetsTheLastUseOfTheCredentialWithThatKeyId() {
        Inventory inventory = applicationsWithBothReports();

        Credential certificate = credential(identity(inventory, PAYROLL), "83f45296-fb8f-4aaa-a399-ac51084e02b7");
        assertThat(certificate.lastUsedAt()).isEqualTo(Instant.parse("2021-03-18T08:00:00Z"));
        assertThat(certificate.expiresAt()).isEqualTo(Instant.parse("2021-04-02T05:36:48Z"));
        assertThat(certificate.createdAt()).as("kept from the application")
                .isEqualTo(Instant.parse("2020-04-01T21:36:48Z"));
        assertThat(certificate.origin().file()).isEqualTo("graph_v1_applications.json");
        assertThat(identity(inventory, PAYROLL).credentials()).hasSize(2);
        // credentialOrigin servicePrincipal: the certificate sits on the service principal, not the application
        Credential signer = credential(identity(inventory, SIGNER), "8a37cfec-b0a1-4cb1-ac08-c52b03834f4a");
        assertThat(signer.lastUsedAt()).isEqualTo(Instant.parse("2021-02-01T09:23:46Z"));
        assertThat(signer.kind()).isEqualTo(CredentialKind.CERTIFICATE);
        Credential unused = credential(identity(inventory, PAYROLL), "d1b3a5c7-e9f1-4a2b-8c4d-6e8f0a1b2c3d");
        assertThat(unused.lastUsedAt()).isNull();
    }

    @Test
    void reportsAloneAddNothingAndSayWhy() {
        Inventory inventory = importFiles(importer, resource(PRINCIPAL_SIGNINS), resource(CREDENTIAL_SIGNINS));

        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("3 activity records described identities that no other input lists; they were not added. "
                        + "First: 09e9da93-c1e8-4000-8b96-1ea6a12acf72, 83f45296-fb8f-4aaa-a399-ac51084e02b7, "
                        + "f4d9654f-0305-4072-878c-8bf266dfe146."));
    }

    @Test
    void credentialActivityForAKeyTheApplicationsFileLacksIsAddedFromTheReport() throws IOException {
        Path report = write("creds.json", """
                {"value": [{"appId": "%s", "keyId": "99999999-0000-4000-8000-000000000001", "keyType": "clientSecret",
                  "keyUsage": "verify", "credentialOrigin": "application",
                  "expirationDateTime": "2027-02-03T04:05:06.1234567Z",
                  "signInActivity": {"lastSignInDateTime": "2026-09-29T13:00:00Z", "lastSignInRequestId": "r"}}]}
                """.formatted(ORDERS));

        Inventory inventory = importAll(false, applications, resource(APPLICATIONS), importer, report);

        Credential secret = credential(identity(inventory, ORDERS), "99999999-0000-4000-8000-000000000001");
        assertThat(secret.kind()).isEqualTo(CredentialKind.CLIENT_SECRET);
        assertThat(secret.expiresAt()).as("expirationDateTime, the schema's name").isEqualTo(
                Instant.parse("2027-02-03T04:05:06.1234567Z"));
        assertThat(secret.lastUsedAt()).isEqualTo(Instant.parse("2026-09-29T13:00:00Z"));
        assertThat(secret.origin().location()).isEqualTo("/value/0");
    }

    @Test
    void credentialNeverSignedInKeepsNoLastUse() throws IOException {
        Path report = write("creds.json", """
                {"value": [{"appId": "%s", "keyId": "0e6f3c9a-2b14-4d7e-a5c8-9f1b2d3e4a5b", "keyType": "clientSecret",
                  "credentialOrigin": "application", "expirationDate": null, "signInActivity": null}]}
                """.formatted(ORDERS));

        Inventory inventory = importAll(false, applications, resource(APPLICATIONS), importer, report);

        Credential secret = credential(identity(inventory, ORDERS), "0e6f3c9a-2b14-4d7e-a5c8-9f1b2d3e4a5b");
        assertThat(secret.lastUsedAt()).isNull();
        assertThat(secret.expiresAt()).isEqualTo(Instant.parse("2299-12-31T05:00:00Z"));
    }

    @Test
    void recognisesBothReportsButNotTheApplications() throws IOException {
        assertThat(importer.recognises(new EvidenceFile(resource(PRINCIPAL_SIGNINS)).head())).isTrue();
        assertThat(importer.recognises(new EvidenceFile(resource(CREDENTIAL_SIGNINS)).head())).isTrue();
        assertThat(importer.recognises(new EvidenceFile(resource(APPLICATIONS)).head())).isFalse();
        assertThat(importer.recognises(new EvidenceFile(resource(SERVICE_PRINCIPALS)).head())).isFalse();
        Path users = write("users.json", """
                {"value": [{"id": "u1", "userPrincipalName": "a@b.example",
                  "signInActivity": {"lastSignInDateTime": "2026-01-01T00:00:00Z"}}]}
                """);
        assertThat(importer.recognises(new EvidenceFile(users).head())).isFalse();
    }

    @Test
    void truncatedReportFailsNamingTheLine() throws IOException {
        Path truncated = write("sp.json", """
                {"value": [
                  {"appId": "a-1", "lastSignInActivity": {"lastSignInDateTime": "2021-04-01T00:00:00Z"
                """);

        assertThatThrownBy(() -> importFiles(importer, truncated))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).startsWith("line 3");
                    assertThat(problem.message()).contains("truncated");
                });
    }

    @Test
    void badDateFailsNamingThePointerAndWithSkipBadRowsIsSkipped() throws IOException {
        Path report = write("sp.json", """
                {"value": [
                  {"appId": "%s", "lastSignInActivity": {"lastSignInDateTime": "2021-04-01T00:00:00Z"}},
                  {"appId": "%s", "delegatedClientSignInActivity": {"lastSignInDateTime": "yesterday"}}
                ]}
                """.formatted(ORDERS, PAYROLL));

        assertThatThrownBy(() -> importAll(false, applications, resource(APPLICATIONS), importer, report))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).location())
                        .isEqualTo("line 3, /value/1/delegatedClientSignInActivity/lastSignInDateTime"));
        Inventory inventory = importAll(true, applications, resource(APPLICATIONS), importer, report);
        assertThat(identity(inventory, ORDERS).lastUsedAt()).isEqualTo(Instant.parse("2021-04-01T00:00:00Z"));
        assertThat(identity(inventory, PAYROLL).lastUsedAt()).isNull();
        assertThat(inventory.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("skipped: expected an ISO-8601 time"));
    }

    @Test
    void objectThatIsNoActivityIsABadRow() throws IOException {
        Path report = write("sp.json", """
                {"value": [{"appId": "a-1", "lastSignInActivity": {"lastSignInDateTime": "2021-04-01T00:00:00Z"}},
                           {"appId": "a-2", "displayName": "not an activity"}]}
                """);

        assertThatThrownBy(() -> importFiles(importer, report)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).location()).isEqualTo("line 2, /value/1"));
    }

    @Test
    void nothingButIdsAndTimesIsKept() throws IOException {
        String canary = "CANARY-request-3f9a7c1e";
        Path report = write("sp.json", """
                {"value": [{"id": "%1$s", "appId": "%2$s", "lastSignInActivity":
                  {"lastSignInDateTime": "2026-09-01T00:00:00Z", "lastSignInRequestId": "%1$s"}}]}
                """.formatted(canary, ORDERS));

        Inventory inventory = importAll(false, applications, resource(APPLICATIONS), importer, report);

        assertThat(identity(inventory, ORDERS).lastUsedAt()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(everythingKept(inventory)).doesNotContain(canary);
    }

    @Test
    void largeReportJoinsEveryApplication() throws IOException {
        int count = 3000;
        Path apps = temp.resolve("apps.json");
        Path report = temp.resolve("report.json");
        try (Writer a = Files.newBufferedWriter(apps, StandardCharsets.UTF_8);
                Writer r = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            a.write("[\n");
            r.write("{\"@odata.context\": \"https://graph.microsoft.com/beta/$metadata#reports/"
                    + "appCredentialSignInActivities\", \"value\": [\n");
            for (int i = 0; i < count; i++) {
                String sep = i == 0 ? "" : ",\n";
                a.write(sep + "{\"appId\": \"app-" + i + "\", \"passwordCredentials\": [{\"keyId\": \"key-" + i
                        + "\", \"endDateTime\": \"2027-01-01T00:00:00Z\"}], \"keyCredentials\": []}");
                r.write(sep + "{\"appId\": \"app-" + i + "\", \"keyId\": \"key-" + i
                        + "\", \"keyType\": \"clientSecret\", "
                        + "\"credentialOrigin\": \"application\", \"expirationDate\": \"2027-01-01T00:00:00Z\", "
                        + "\"signInActivity\": {\"lastSignInDateTime\": \"2026-09-" + String.format("%02d", i % 28 + 1)
                        + "T10:00:00.1234567-8:00\"}}");
            }
            a.write("\n]\n");
            r.write("\n]}\n");
        }

        Inventory inventory = importAll(false, applications, apps, importer, report);

        assertThat(inventory.identities()).hasSize(count);
        assertThat(inventory.identities().stream().map(Identity::credentials)
                .allMatch(c -> c.size() == 1 && c.get(0).lastUsedAt() != null)).isTrue();
        assertThat(credential(identity(inventory, "app-2999"), "key-2999").lastUsedAt())
                .isEqualTo(Instant.parse("2026-09-04T18:00:00.1234567Z"));
        assertThat(inventory.warnings()).isEmpty();
    }
}
