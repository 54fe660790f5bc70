package dev.trustmap.evidence.aws;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialReportImporterTest {

    private static final String DIR = "dev/trustmap/evidence/aws/";
    private static final String HEADER = String.join(",", CredentialReportImporter.COLUMNS);
    private static final String NO_KEYS = "false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";

    private final CredentialReportImporter importer = new CredentialReportImporter();

    @TempDir
    Path tmp;

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // --- the public sample: boto3 output with Content already decoded ---

    @Test
    void rootAccountRowIsKeptAsHumanWithItsAccessKey() {
        Inventory inventory = importFiles(importer, resource(DIR + "cloudmapper_iam-get-credential-report.json"));
        Identity root = identity(inventory, "arn:aws:iam::123456789012:root");
        assertThat(root.name()).isEqualTo("<root_account>");
        assertThat(root.platform()).isEqualTo("aws");
        assertThat(root.account()).isEqualTo("123456789012");
        assertThat(root.actorClass()).isEqualTo(ActorClass.HUMAN);
        assertThat(root.actorClassReason()).isEqualTo("root account");
        assertThat(root.status()).isEqualTo("active");
        Credential key = credential(root, "arn:aws:iam::123456789012:root#access_key_1");
        assertThat(key.kind()).isEqualTo(CredentialKind.ACCESS_KEY);
        assertThat(key.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(key.active()).isTrue();
        assertThat(key.createdAt()).isEqualTo(at("2018-11-23T16:01:14Z"));
        assertThat(key.lastRotatedAt()).isEqualTo(at("2018-11-23T16:01:14Z"));
        assertThat(key.lastUsedAt()).isEqualTo(at("2018-11-27T00:02:00Z"));
        assertThat(key.expiresAt()).isNull();
        assertThat(key.fingerprint()).isNull();
        assertThat(key.origin().file()).isEqualTo("cloudmapper_iam-get-credential-report.json");
        assertThat(key.origin().location()).isEqualTo("/Content line 2");
    }

    @Test
    void rootPasswordMarkedNotSupportedIsStillListedBecauseItsUseIsDated() {
        Inventory inventory = importFiles(importer, resource(DIR + "cloudmapper_iam-get-credential-report.json"));
        Identity root = identity(inventory, "arn:aws:iam::123456789012:root");
        Credential password = credential(root, "arn:aws:iam::123456789012:root#password");
        assertThat(password.kind()).isEqualTo(CredentialKind.PASSWORD);
        assertThat(password.active()).isNull();
        assertThat(password.createdAt()).isNull();
        assertThat(password.lastUsedAt()).isEqualTo(at("2019-03-03T16:58:16Z"));
        assertThat(password.expiresAt()).isNull();
        assertThat(root.lastUsedAt()).isEqualTo(at("2019-03-03T16:58:16Z"));
        assertThat(root.credentials()).extracting(Credential::id).containsExactlyInAnyOrder(
                "arn:aws:iam::123456789012:root#password", "arn:aws:iam::123456789012:root#access_key_1");
    }

    @Test
    void userWithOnlyAnAccessKeyIsAWorkloadAndANeverUsedKeyHasNoLastUse() {
        Inventory inventory = importFiles(importer, resource(DIR + "cloudmapper_iam-get-credential-report.json"));
        Identity auditor = identity(inventory, "arn:aws:iam::123456789012:user/auditor_tmp");
        assertThat(auditor.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(auditor.actorClassReason()).isEqualTo("access keys and no console password");
        assertThat(auditor.lastUsedAt()).isNull();
        assertThat(auditor.credentials()).extracting(Credential::id)
                .containsExactly("arn:aws:iam::123456789012:user/auditor_tmp#access_key_1");
        Credential key = auditor.credentials().get(0);
        assertThat(key.createdAt()).isEqualTo(at("2019-05-07T15:35:55Z"));
        assertThat(key.lastUsedAt()).isNull();
    }

    @Test
    void userWithPasswordAndActiveKeysIsLeftUnclassified() {
        Inventory inventory = importFiles(importer, resource(DIR + "cloudmapper_iam-get-credential-report.json"));
        Identity user = identity(inventory, "arn:aws:iam::123456789012:user/user");
        assertThat(user.actorClass()).isNull();
        assertThat(user.actorClassReason()).isNull();
        assertThat(user.credentials()).extracting(Credential::id).containsExactly(
                "arn:aws:iam::123456789012:user/user#password", "arn:aws:iam::123456789012:user/user#access_key_1",
                "arn:aws:iam::123456789012:user/user#access_key_2");
        Credential password = credential(user, "arn:aws:iam::123456789012:user/user#password");
        assertThat(password.active()).isTrue();
        assertThat(password.createdAt()).isNull(); // password_last_changed N/A
        assertThat(password.lastUsedAt()).isEqualTo(at("2018-05-07T15:35:54Z"));
        Credential second = credential(user, "arn:aws:iam::123456789012:user/user#access_key_2");
        assertThat(second.createdAt()).isEqualTo(at("2018-05-07T15:35:54Z"));
        assertThat(second.lastUsedAt()).isEqualTo(at("2018-05-07T15:35:54Z"));
        assertThat(user.lastUsedAt()).isEqualTo(at("2018-05-07T15:35:54Z"));
        assertThat(inventory.identities()).hasSize(3);
        assertThat(inventory.warnings()).isEmpty();
    }

    // --- the raw CSV, hand-made in AWS's format ---

    @Test
    void personWithConsolePasswordAndNoKeyIsHumanAndPasswordExpiresAtNextRotation() {
        Inventory inventory = importFiles(importer, resource(DIR + "credential-report.csv"));
        Identity alice = identity(inventory, "arn:aws:iam::210987654321:user/alice");
        assertThat(alice.actorClass()).isEqualTo(ActorClass.HUMAN);
        assertThat(alice.actorClassReason()).isEqualTo("console password and no access key");
        Credential password = credential(alice, "arn:aws:iam::210987654321:user/alice#password");
        assertThat(password.kind()).isEqualTo(CredentialKind.PASSWORD);
        assertThat(password.active()).isTrue();
        assertThat(password.createdAt()).isEqualTo(at("2025-11-02T08:00:00Z"));
        assertThat(password.lastRotatedAt()).isEqualTo(at("2025-11-02T08:00:00Z"));
        assertThat(password.lastUsedAt()).isEqualTo(at("2026-09-28T10:01:00Z"));
        assertThat(password.expiresAt()).isEqualTo(at("2026-11-01T08:00:00Z"));
        assertThat(password.origin().location()).isEqualTo("line 3");
        assertThat(alice.credentials()).hasSize(1);
        assertThat(alice.lastUsedAt()).isEqualTo(at("2026-09-28T10:01:00Z"));
    }

    @Test
    void nameWordsDecideBeforeSignInKindsAndAnInactiveRotatedKeyIsKept() {
        Inventory inventory = importFiles(importer, resource(DIR + "credential-report.csv"));
        Identity deployer = identity(inventory, "arn:aws:iam::210987654321:user/ci/github-deployer");
        assertThat(deployer.name()).isEqualTo("github-deployer");
        assertThat(deployer.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(deployer.actorClassReason()).isEqualTo("name contains 'github'");
        Credential old = credential(deployer, "arn:aws:iam::210987654321:user/ci/github-deployer#access_key_2");
        assertThat(old.active()).isFalse();
        assertThat(old.createdAt()).isEqualTo(at("2023-01-10T00:00:00Z"));
        assertThat(old.lastUsedAt()).isEqualTo(at("2023-12-01T10:00:00Z"));
        assertThat(deployer.lastUsedAt()).isEqualTo(at("2026-09-29T23:45:00Z"));
    }

    @Test
    void neverUsedKeyHasNoLastUseAndAnEmptySlotGivesNoKey() {
        Inventory inventory = importFiles(importer, resource(DIR + "credential-report.csv"));
        Identity svc = identity(inventory, "arn:aws:iam::210987654321:user/reporting-svc");
        assertThat(svc.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(svc.credentials()).extracting(Credential::id)
                .containsExactly("arn:aws:iam::210987654321:user/reporting-svc#access_key_1");
        assertThat(svc.credentials().get(0).lastUsedAt()).isNull();
        assertThat(svc.lastUsedAt()).isNull();
    }

    @Test
    void passwordNeverUsedSinceTrackingBeganHasNoLastUse() {
        Inventory inventory = importFiles(importer, resource(DIR + "credential-report.csv"));
        Identity bob = identity(inventory, "arn:aws:iam::210987654321:user/ops-bob");
        Credential password = credential(bob, "arn:aws:iam::210987654321:user/ops-bob#password");
        assertThat(password.lastUsedAt()).isNull(); // no_information
        assertThat(password.expiresAt()).isNull();
        assertThat(bob.lastUsedAt()).isEqualTo(at("2026-09-12T16:00:00Z"));
        assertThat(bob.actorClass()).isNull();
    }

    @Test
    void signingCertificateBecomesACertificateCredential() {
        Inventory inventory = importFiles(importer, resource(DIR + "credential-report.csv"));
        Identity soap = identity(inventory, "arn:aws:iam::210987654321:user/legacy-soap");
        Credential cert = credential(soap, "arn:aws:iam::210987654321:user/legacy-soap#cert_1");
        assertThat(cert.kind()).isEqualTo(CredentialKind.CERTIFICATE);
        assertThat(cert.active()).isTrue();
        assertThat(cert.createdAt()).isEqualTo(at("2018-04-01T00:05:00Z"));
        assertThat(cert.lastUsedAt()).isNull();
        assertThat(soap.credentials()).hasSize(1);
        assertThat(soap.actorClass()).isNull();
    }

    @Test
    void userWithDisabledPasswordAndNoKeysHasNoCredentials() {
        Inventory inventory = importFiles(importer, resource(DIR + "credential-report.csv"));
        Identity departed = identity(inventory, "arn:aws:iam::210987654321:user/departed");
        assertThat(departed.credentials()).isEmpty();
        assertThat(departed.lastUsedAt()).isNull();
        assertThat(departed.actorClass()).isNull();
        assertThat(departed.status()).isEqualTo("active");
        assertThat(inventory.identities()).hasSize(7);
        // root password, alice 1, deployer 2, svc 1, bob 2, cert 1
        assertThat(inventory.credentialCount()).isEqualTo(8);
    }

    @Test
    void upperCaseHeaderBomCrlfQuotedCellsAndBlankRowsAreRead() {
        Inventory inventory = importFiles(importer, resource(DIR + "credential-report-bom-crlf-uppercase.csv"));
        assertThat(inventory.identities()).hasSize(2);
        Identity runner = identity(inventory, "arn:aws:iam::543210987654:user/build-runner");
        assertThat(runner.name()).isEqualTo("build-runner");
        assertThat(runner.actorClass()).isEqualTo(ActorClass.PIPELINE);
        Credential second = credential(runner, "arn:aws:iam::543210987654:user/build-runner#access_key_2");
        assertThat(second.active()).isTrue();
        assertThat(second.createdAt()).isEqualTo(at("2025-12-24T18:00:00Z"));
        assertThat(second.lastUsedAt()).isNull();
        Identity carol = identity(inventory, "arn:aws:iam::543210987654:user/carol");
        assertThat(carol.actorClass()).isEqualTo(ActorClass.HUMAN);
        assertThat(credential(carol, "arn:aws:iam::543210987654:user/carol#password").origin().location())
                .isEqualTo("line 4");
        assertThat(inventory.warnings()).isEmpty();
    }

    // --- the JSON of aws iam get-credential-report, Content in base64 ---

    @Test
    void base64ContentIsDecoded() {
        Inventory inventory = importFiles(importer, resource(DIR + "get-credential-report-base64.json"));
        assertThat(inventory.identities()).hasSize(2);
        Identity loader = identity(inventory, "arn:aws:iam::345678901234:user/etl-loader");
        assertThat(loader.account()).isEqualTo("345678901234");
        assertThat(loader.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        assertThat(loader.actorClassReason()).isEqualTo("name contains 'etl'");
        Credential key = credential(loader, "arn:aws:iam::345678901234:user/etl-loader#access_key_1");
        assertThat(key.lastUsedAt()).isEqualTo(at("2026-09-29T03:00:00Z"));
        assertThat(key.origin().location()).isEqualTo("/Content line 2");
        Identity dave = identity(inventory, "arn:aws:iam::345678901234:user/dave");
        assertThat(dave.actorClass()).isEqualTo(ActorClass.HUMAN);
        assertThat(dave.lastUsedAt()).isEqualTo(at("2026-07-07T07:07:07Z"));
    }

    @Test
    void severalReportsOfOneFormatAddUp() {
        Inventory inventory = importFiles(importer, resource(DIR + "credential-report.csv"),
                resource(DIR + "get-credential-report-base64.json"),
                resource(DIR + "cloudmapper_iam-get-credential-report.json"));
        assertThat(inventory.identities()).hasSize(12);
        assertThat(inventory.sources()).extracting(s -> s.identities()).containsExactly(7, 2, 3);
    }

    // --- detection ---

    @Test
    void recognisesTheCsvAndBothJsonFormsButNotOtherFiles() throws IOException {
        assertThat(importer.recognises(head(resource(DIR + "credential-report.csv")))).isTrue();
        assertThat(importer.recognises(head(resource(DIR + "credential-report-bom-crlf-uppercase.csv")))).isTrue();
        assertThat(importer.recognises(head(resource(DIR + "get-credential-report-base64.json")))).isTrue();
        assertThat(importer.recognises(head(resource(DIR + "cloudmapper_iam-get-credential-report.json")))).isTrue();
        assertThat(importer.recognises(head(resource(DIR + "authorization-details.json")))).isFalse();
        assertThat(importer.recognises(head(write("other.json", "{\"Content\": \"hello, world\"}")))).isFalse();
        assertThat(importer.recognises(head(write("users.csv", "user,arn,owner\nx,y,z\n")))).isFalse();
        assertThat(importer.recognises(head(write("gitleaks.csv",
                "RuleID,Commit,File,SymlinkFile,Secret,Match\n")))).isFalse();
    }

    private static dev.trustmap.evidence.file.FileHead head(Path path) {
        return new EvidenceFile(path).head();
    }

    // --- scale ---

    @Test
    void generatedReportWithThousandsOfUsersIsReadCompletely() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        csv.append("<root_account>,arn:aws:iam::999988887777:root,2019-01-01T00:00:00+00:00,not_supported,"
                + "no_information,not_supported,not_supported,true," + NO_KEYS + "\n");
        int users = 4000;
        for (int i = 0; i < users; i++) {
            boolean machine = i % 2 == 0;
            String name = (machine ? "svc" : "person") + i;
            csv.append(name).append(",arn:aws:iam::999988887777:user/").append(name)
                    .append(",2020-01-01T00:00:00+00:00,");
            if (machine) {
                csv.append("false,N/A,N/A,N/A,false,true,2024-01-01T00:00:00+00:00,")
                        .append(i % 4 == 0 ? "N/A" : String.format("2026-09-%02dT12:00:00+00:00", 1 + i % 28))
                        .append(",us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
            } else {
                csv.append("true,2026-08-01T09:00:00+00:00,2026-01-01T00:00:00+00:00,N/A,true,").append(NO_KEYS)
                        .append('\n');
            }
        }
        Path file = write("generated.csv", csv.toString());
        Inventory inventory = importFiles(importer, file);
        assertThat(inventory.identities()).hasSize(users + 1);
        assertThat(inventory.credentialCount()).isEqualTo(users);
        assertThat(inventory.identities().stream().filter(i -> i.actorClass() == ActorClass.WORKLOAD).count())
                .isEqualTo(users / 2);
        assertThat(inventory.identities().stream().filter(i -> i.actorClass() == ActorClass.HUMAN).count())
                .isEqualTo(users / 2 + 1);
        Identity svc6 = identity(inventory, "arn:aws:iam::999988887777:user/svc6");
        assertThat(svc6.lastUsedAt()).isEqualTo(at("2026-09-07T12:00:00Z"));
        assertThat(identity(inventory, "arn:aws:iam::999988887777:user/svc8").lastUsedAt()).isNull();
        Credential password = credential(identity(inventory, "arn:aws:iam::999988887777:user/person3999"),
                "arn:aws:iam::999988887777:user/person3999#password");
        assertThat(password.origin().location()).isEqualTo("line " + (users + 2));

        Path json = write("generated.json", "{\"Content\": \"" + Base64.getEncoder().encodeToString(
                csv.toString().getBytes(StandardCharsets.UTF_8)) + "\", \"ReportFormat\": \"text/csv\"}");
        assertThat(importer.recognises(head(json))).isTrue();
        assertThat(importFiles(importer, json).identities()).hasSize(users + 1);
    }

    // --- malformed input ---

    @Test
    void truncatedJsonFailsNamingTheLine() throws IOException {
        String whole = Files.readString(resource(DIR + "cloudmapper_iam-get-credential-report.json"));
        Path file = write("truncated.json", whole.substring(0, whole.indexOf("\"GeneratedTime\"") + 20));
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo("truncated.json");
            assertThat(problem.location()).startsWith("line 3");
            assertThat(problem.message()).contains("truncated");
        });
    }

    @Test
    void unparseableDateIsABadRowNamingItsLine() throws IOException {
        Path file = write("bad-date.csv", HEADER + "\n"
                + "ok,arn:aws:iam::111122223333:user/ok,2020-01-01T00:00:00+00:00,true,N/A,N/A,N/A,false," + NO_KEYS
                + "\nbad,arn:aws:iam::111122223333:user/bad,2020-01-01T00:00:00+00:00,true,yesterday,N/A,N/A,false,"
                + NO_KEYS + "\n");
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.location()).isEqualTo("line 3");
            assertThat(problem.message()).isEqualTo(
                    "expected an ISO-8601 time in password_last_used, found 'yesterday'.");
            assertThat(problem.fix()).contains("--skip-bad-rows");
        });
        Inventory skipped = importFiles(importer, true, file);
        assertThat(skipped.identities()).extracting(Identity::name).containsExactly("ok");
        assertThat(skipped.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 3");
            assertThat(w.message()).startsWith("skipped: expected an ISO-8601 time in password_last_used");
        });
        assertThat(skipped.sources().get(0).skippedRows()).isEqualTo(1);
    }

    @Test
    void badBooleanAndBadArnAreBadRows() throws IOException {
        Path file = write("bad-cells.csv", HEADER + "\n"
                + "a,arn:aws:iam::111122223333:user/a,2020-01-01T00:00:00+00:00,yes,N/A,N/A,N/A,false," + NO_KEYS
                + "\nb,not-an-arn,2020-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false," + NO_KEYS
                + "\nc,,2020-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false," + NO_KEYS + "\n");
        Inventory inventory = importFiles(importer, true, file);
        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).extracting(InputProblem::location)
                .containsExactly("line 2", "line 3", "line 4");
        assertThat(inventory.warnings().get(0).message()).contains("expected true or false in password_enabled");
        assertThat(inventory.warnings().get(1).message()).contains("found 'not-an-arn'");
        assertThat(inventory.warnings().get(2).message()).contains("no arn");
    }

    @Test
    void missingArnColumnFailsTheFile() throws IOException {
        Path file = write("no-arn.csv", "user,password_enabled,access_key_1_active\nx,true,false\n");
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems().get(0).location()).isEqualTo("line 1");
            assertThat(e.problems().get(0).message()).startsWith("the header lacks the columns arn, "
                    + "password_last_used,");
        });
    }

    @Test
    void reportWithFewerColumnsFailsNamingEachMissingOne() throws IOException {
        Path file = write("short.csv", "user,arn,password_enabled,password_last_used,access_key_1_active,"
                + "access_key_1_last_rotated\n"
                + "tool,arn:aws:iam::111122223333:user/tool,false,N/A,true,2025-01-01T00:00:00+00:00\n");
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo("line 1");
                    assertThat(p.message()).isEqualTo("the header lacks the columns password_last_changed, "
                            + "password_next_rotation, access_key_1_last_used_date, access_key_2_active, "
                            + "access_key_2_last_rotated, access_key_2_last_used_date, cert_1_active, "
                            + "cert_1_last_rotated, cert_2_active, cert_2_last_rotated, which an AWS credential "
                            + "report always has; found: user, arn, password_enabled, password_last_used, "
                            + "access_key_1_active, access_key_1_last_rotated.");
                }));
    }

    @Test
    void contentThatIsNeitherCsvNorBase64FailsAtContent() throws IOException {
        Path file = write("garbled.json", "{\"Content\": \"***not base64***\", \"ReportFormat\": \"text/csv\"}");
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).location()).isEqualTo("/Content"));
        Path array = write("array.json", "[{\"Content\": \"dXNlcixhcm4s\"}]");
        assertThatThrownBy(() -> importFiles(importer, array)).isInstanceOf(InputException.class);
    }

    // --- secrets: the report holds none; a value in a column we do not know must not travel ---

    @Test
    void valuesOfUnknownColumnsAreNeverKeptOrEchoed() throws IOException {
        String canary = "CANARY-wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY";
        Path file = write("augmented.csv", HEADER + ",secret_access_key\n"
                + "tool,arn:aws:iam::111122223333:user/tool,2020-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,"
                + "true,2025-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A," + canary
                + "\n");
        Inventory inventory = importFiles(importer, file);
        assertThat(inventory.identities()).hasSize(1);
        assertThat(inventory.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("secret_access_key"));
        assertThat(everythingKept(inventory)).doesNotContain(canary).doesNotContain("CANARY");
        Path bad = write("augmented-bad.csv", HEADER + ",secret_access_key\n"
                + "tool,arn:aws:iam::111122223333:user/tool,2020-01-01T00:00:00+00:00,maybe,N/A,N/A,N/A,false,"
                + NO_KEYS + "," + canary + "\n");
        assertThatThrownBy(() -> importFiles(importer, bad)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.getMessage() + e.problems()).doesNotContain("CANARY"));
    }
}
