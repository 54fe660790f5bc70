package dev.trustmap.evidence.aws;

import static dev.trustmap.evidence.ImporterTestSupport.AS_OF;
import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.InventoryBuilder;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSpecificCredentialsImporterTest {

    private static final String DIR = "dev/trustmap/evidence/aws/";
    private static final Path DOCS = resource(DIR + "aws-cli-example_list-service-specific-credentials.json");
    private static final Path BEDROCK = resource(DIR + "service-specific-credentials-bedrock.json");
    private static final String ACCOUNT = "arn:aws:iam::210987654321:user/";

    private final ServiceSpecificCredentialsImporter importer = new ServiceSpecificCredentialsImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void docsExampleIsOneUserWithTwoCodeCommitPasswords() {
        Inventory inventory = importFiles(importer, DOCS);

        assertThat(ids(inventory)).containsExactly("arn:aws:iam::123456789012:user/developer");
        Identity developer = identity(inventory, "arn:aws:iam::123456789012:user/developer");
        assertThat(developer.name()).isEqualTo("developer");
        assertThat(developer.platform()).isEqualTo("aws");
        assertThat(developer.account()).isEqualTo("123456789012");
        assertThat(developer.actorClass()).as("nothing here says who the user is").isNull();
        assertThat(developer.scopes()).containsExactly("codecommit.amazonaws.com");
        assertThat(developer.credentials()).extracting(Credential::id)
                .containsExactly("ACCAQFODXMPL4YFHP7DZE", "ACCAQFOXMPL6VW57M7AJP");
        Credential inactive = credential(developer, "ACCAQFODXMPL4YFHP7DZE");
        assertThat(inactive.kind()).isEqualTo(CredentialKind.PASSWORD);
        assertThat(inactive.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(inactive.active()).isFalse();
        assertThat(inactive.createdAt()).isEqualTo(Instant.parse("2019-10-01T04:31:41Z"));
        assertThat(inactive.lastUsedAt()).as("IAM keeps no last use: unknown, not never").isNull();
        assertThat(inactive.expiresAt()).isNull();
        assertThat(inactive.origin().location()).isEqualTo("/ServiceSpecificCredentials/0");
        Credential active = credential(developer, "ACCAQFOXMPL6VW57M7AJP");
        assertThat(active.active()).isTrue();
        assertThat(active.createdAt()).isEqualTo(Instant.parse("2019-10-01T04:31:45Z"));
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void theFormatSaysItNeverRecordsLastUse() {
        assertThat(importer.shows()).containsExactly(Shows.LAST_USE_NOT_RECORDED);
    }

    @Test
    void aBedrockKeyIsAnApiKeyAndItsServiceIsAScopeOfItsHolder() {
        Inventory inventory = importFiles(importer, BEDROCK);

        assertThat(ids(inventory)).containsExactly(ACCOUNT + "BedrockAPIKey-7xq2", ACCOUNT + "finance-copilot",
                ACCOUNT + "github-deployer", ACCOUNT + "reporting-svc");
        Identity reporting = identity(inventory, ACCOUNT + "reporting-svc");
        assertThat(reporting.scopes()).containsExactly("codecommit.amazonaws.com", "bedrock.amazonaws.com");
        assertThat(reporting.account()).as("the Bedrock key names none; the password names the account")
                .isEqualTo("210987654321");
        Credential key = credential(reporting, "ACCAR7EXAMPLEBEDROCK1");
        assertThat(key.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(key.active()).isTrue();
        assertThat(key.expiresAt()).as("created without an expiry: never expires").isNull();
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(credential(reporting, "ACCAR7EXAMPLEREPORT01").kind()).isEqualTo(CredentialKind.PASSWORD);
        assertThat(reporting.actorClass()).isNull();
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void theHoldersLaneComesFromItsNameNotFromTheKey() {
        Inventory inventory = importFiles(importer, BEDROCK);

        Identity copilot = identity(inventory, ACCOUNT + "finance-copilot");
        assertThat(copilot.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(copilot.actorClassReason()).isEqualTo("name contains 'copilot'");
        assertThat(copilot.lane()).isEqualTo(Lane.AI);
        assertThat(credential(copilot, "ACCAR7EXAMPLEBEDROCK2").expiresAt())
                .isEqualTo(Instant.parse("2026-10-08T08:15:00Z"));
        Identity console = identity(inventory, ACCOUNT + "BedrockAPIKey-7xq2");
        assertThat(console.actorClass()).isNull();
        assertThat(console.scopes()).containsExactly("bedrock.amazonaws.com");
        Credential expired = credential(console, "ACCAR7EXAMPLEBEDROCK3");
        assertThat(expired.active()).as("Status Expired").isFalse();
        assertThat(expired.expiresAt()).isEqualTo(Instant.parse("2026-02-04T17:40:00Z"));
    }

    @Test
    void aUserMergesWithTheCredentialReportAndAuthorizationDetailsByArn() {
        InventoryBuilder builder = new InventoryBuilder(new ImportOptions(AS_OF, false));
        List<Importer> importers = List.of(importer, new CredentialReportImporter(),
                new AuthorizationDetailsImporter());
        List<Path> files = List.of(BEDROCK, resource(DIR + "credential-report.csv"),
                resource(DIR + "authorization-details.json"));
        for (int i = 0; i < files.size(); i++) {
            EvidenceFile file = new EvidenceFile(files.get(i), files.get(i).getFileName().toString());
            builder.startFile(file, importers.get(i).source());
            importers.get(i).read(file, builder);
            builder.endFile();
        }
        Inventory inventory = builder.build();

        Identity reporting = identity(inventory, ACCOUNT + "reporting-svc");
        assertThat(reporting.sources()).containsExactly("aws-service-specific-credentials", "aws-credential-report",
                "aws-authorization-details");
        assertThat(reporting.credentials()).extracting(Credential::id).containsExactly("ACCAR7EXAMPLEREPORT01",
                "ACCAR7EXAMPLEBEDROCK1", ACCOUNT + "reporting-svc#access_key_1");
        assertThat(reporting.actorClass()).as("from the report's sign-in kinds").isEqualTo(ActorClass.WORKLOAD);
        assertThat(reporting.scopes()).contains("bedrock.amazonaws.com");
        // IAM names no path: the report's user/ci/github-deployer stays apart from user/github-deployer
        assertThat(ids(inventory)).contains(ACCOUNT + "ci/github-deployer", ACCOUNT + "github-deployer");
        assertThat(identity(inventory, ACCOUNT + "github-deployer").sources())
                .containsExactly("aws-service-specific-credentials");
    }

    @Test
    void aCredentialWithNoAccountAnywhereIsNamedByUserAndWarnedAbout() throws IOException {
        Path keys = write("keys.json", """
                {"ServiceSpecificCredentials": [{"UserName": "agent-runner", "Status": "Active",
                  "ServiceCredentialAlias": "agent-runner-bedrock-1-20260901", "CreateDate": "2026-09-01T00:00:00Z",
                  "ServiceSpecificCredentialId": "ACCAR7EXAMPLEBEDROCK9", "ServiceName": "bedrock.amazonaws.com"}]}
                """);

        Inventory inventory = importFiles(importer, keys);

        Identity runner = identity(inventory, "aws-iam-user:agent-runner");
        assertThat(runner.account()).isNull();
        assertThat(runner.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 1, /ServiceSpecificCredentials/0");
            assertThat(w.message()).startsWith("1 credential names no account");
        });
    }

    @Test
    void aTruncatedPageIsWarnedAbout() throws IOException {
        Path page = write("page.json", Files.readString(DOCS).replace("    ]\n}", "    ],\n    \"IsTruncated\": true,"
                + "\n    \"Marker\": \"AAEAAWh3dGhlIG5leHQgcGFnZQ\"\n}"));

        Inventory inventory = importFiles(importer, page);

        assertThat(inventory.identities()).hasSize(1);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 1");
            assertThat(w.message()).startsWith("IsTruncated is true");
        });
    }

    @Test
    void createOutputIsReadWithoutItsSecret() throws IOException {
        Path created = write("created.json", """
                {
                    "ServiceSpecificCredential": {
                        "CreateDate": "2026-09-15T10:00:00+00:00",
                        "ServiceName": "bedrock.amazonaws.com",
                        "ServiceCredentialAlias": "etl-sync-bedrock-1-20260915",
                        "ServiceCredentialSecret": "CANARY-BEDROCK-a8f3c2d9e1b7",
                        "ServiceSpecificCredentialId": "ACCAR7EXAMPLEBEDROCK7",
                        "UserName": "etl-sync",
                        "Status": "Active",
                        "ExpirationDate": "2026-12-14T10:00:00+00:00"
                    }
                }
                {"ServiceSpecificCredential": {"CreateDate": "2026-09-15T10:05:00Z", "ServiceName":
                  "codecommit.amazonaws.com", "ServiceUserName": "etl-sync-at-210987654321",
                  "ServicePassword": "CANARY-CODECOMMIT-77e1f0", "ServiceSpecificCredentialId": "ACCAR7EXAMPLECOMMIT7",
                  "UserName": "etl-sync", "Status": "Active"}}
                """);

        Inventory inventory = importFiles(importer, created);

        Identity sync = identity(inventory, ACCOUNT + "etl-sync");
        assertThat(sync.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        assertThat(credential(sync, "ACCAR7EXAMPLEBEDROCK7").origin().location())
                .isEqualTo("line 1 /ServiceSpecificCredential");
        assertThat(credential(sync, "ACCAR7EXAMPLEBEDROCK7").fingerprint()).isNull();
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
    }

    @Test
    void anUnknownStatusIsABadRowNamingItsPointer() throws IOException {
        Path bad = write("bad.json", Files.readString(DOCS).replace("\"Inactive\"", "\"Suspended\""));

        assertThatThrownBy(() -> importFiles(importer, bad)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo("bad.json");
            assertThat(problem.location()).isEqualTo("line 3, /ServiceSpecificCredentials/0/Status");
            assertThat(problem.message()).isEqualTo("expected Active, Inactive or Expired in Status, found "
                    + "'Suspended'.");
        });
        Inventory skipped = importFiles(importer, true, bad);
        assertThat(identity(skipped, "arn:aws:iam::123456789012:user/developer").credentials()).hasSize(1);
    }

    @Test
    void missingFieldsAndBadTimesAreBadRows() throws IOException {
        Path bad = write("bad.json", """
                [
                  {"Status": "Active", "ServiceSpecificCredentialId": "ACCA1", "ServiceName": "x.amazonaws.com"},
                  {"UserName": "a", "ServiceSpecificCredentialId": "ACCA2", "ServiceName": "codecommit.amazonaws.com",
                   "CreateDate": true},
                  7
                ]
                """);

        Inventory skipped = importFiles(importer, true, bad);

        assertThat(skipped.identities()).isEmpty();
        assertThat(skipped.warnings()).extracting(InputProblem::location).containsExactly("line 2, /0",
                "line 3, /1/CreateDate", "line 5, /2");
        assertThat(skipped.warnings().get(0).message()).contains("no UserName");
    }

    @Test
    void anEmptyListIsRecognisedAndHoldsNothing() throws IOException {
        Path empty = write("empty.json", "{\"ServiceSpecificCredentials\": [], \"IsTruncated\": false}");

        assertThat(importer.recognises(new EvidenceFile(empty).head())).isTrue();
        assertThat(importFiles(importer, empty).identities()).isEmpty();
    }

    @Test
    void malformedJsonFailsWithFileAndPosition() throws IOException {
        Path broken = write("broken.json", Files.readString(DOCS).replace("\"Status\": \"Active\"",
                "\"Status\": Active"));

        assertThatThrownBy(() -> importFiles(importer, broken)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems().get(0).file()).isEqualTo("broken.json");
            assertThat(e.problems().get(0).location()).isEqualTo("line 13, column 23");
        });
    }

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getFileName().toString().contains("service-specific-credentials");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
        }
    }
}
