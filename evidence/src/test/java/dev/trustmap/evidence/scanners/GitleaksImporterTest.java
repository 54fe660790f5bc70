package dev.trustmap.evidence.scanners;

import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.scanners.ScannerTestSupport.KEY_ID;
import static dev.trustmap.evidence.scanners.ScannerTestSupport.USER;
import static dev.trustmap.evidence.scanners.ScannerTestSupport.leak;
import static dev.trustmap.evidence.scanners.ScannerTestSupport.withAwsUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gitleaks v8 JSON and CSV, v7 JSON: samples, canaries, linking, bad input. */
class GitleaksImporterTest {

    private static final String DIR = "dev/trustmap/evidence/scanners/";
    private static final String CANARY = "CANARY-SECRET-7f3a91";

    private final GitleaksImporter importer = new GitleaksImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** One gitleaks v8 finding in git mode, as gitleaks 8.18 writes it. */
    private static String v8(String rule, String file, int line, String commit, String secret, String match,
            String date, String fingerprint) {
        return """
                 {
                  "RuleID": "%s",
                  "Description": "Identified a pattern that may indicate AWS credentials.",
                  "StartLine": %d,
                  "EndLine": %d,
                  "StartColumn": 17,
                  "EndColumn": 36,
                  "Match": "%s",
                  "Secret": "%s",
                  "File": "%s",
                  "SymlinkFile": "",
                  "Commit": "%s",
                  "Link": "https://github.com/acme/infra/blob/%s/%s#L%d",
                  "Entropy": 3.6841838,
                  "Author": "Dev Eloper",
                  "Email": "dev@example.com",
                  "Date": "%s",
                  "Message": "add deploy config",
                  "Tags": [],
                  "Fingerprint": "%s"
                 }""".formatted(rule, line, line, match, secret, file, commit, commit, file, line, date,
                fingerprint);
    }

    @Test
    void v8ReportGivesOneLeakPerFindingWithoutTheSecret() {
        Inventory inventory = importFiles(importer, resource(DIR + "defectdojo_gitleaks8_many.json"));

        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.leaks()).hasSize(4);
        LeakedSecret aws = inventory.leaks().stream()
                .filter(l -> "74d53286c550630f80847d37f68aa3065554ac813544072ccd1278da71fafe31".equals(l.commit()))
                .findFirst().orElseThrow();
        assertThat(aws.id()).startsWith("gitleaks:").hasSize("gitleaks:".length() + 16);
        assertThat(aws.scanner()).isEqualTo("gitleaks");
        assertThat(aws.rule()).isEqualTo("aws-access-token");
        assertThat(aws.location()).isEqualTo("/conf/aws.tf:2");
        assertThat(aws.detectedAt()).isEqualTo(Instant.parse("2021-10-14T17:05:15Z"));
        assertThat(aws.verified()).isNull();
        assertThat(aws.secretFingerprint()).isEqualTo(Fingerprints.ofSecret("secretAWSsecret"));
        assertThat(aws.keyId()).isNull();
        assertThat(aws.identityId()).isNull();
        assertThat(aws.origin()).isEqualTo(new Origin("defectdojo_gitleaks8_many.json", "/0"));
        LeakedSecret pem = inventory.leaks().stream().filter(l -> "RSA-PK".equals(l.rule())).findFirst().orElseThrow();
        assertThat(pem.location()).isEqualTo("conf/rsa.pk:57");
        assertThat(pem.commit()).isNull();
        assertThat(pem.detectedAt()).isNull();
        assertThat(pem.origin().location()).isEqualTo("/2");
        assertThat(everythingKept(inventory)).doesNotContain("secretAWSsecret").doesNotContain("dfjksdjfs3294")
                .doesNotContain("BEGIN RSA PRIVATE KEY").doesNotContain("apikey");
    }

    @Test
    void v7RedactedReportGivesLeaksWithoutFingerprints() {
        Inventory inventory = importFiles(importer, resource(DIR + "defectdojo_gitleaks7_redacted_many.json"));

        assertThat(inventory.leaks()).hasSize(6).allSatisfy(l -> {
            assertThat(l.rule()).isEqualTo("AWS Access Key");
            assertThat(l.secretFingerprint()).isNull();
            assertThat(l.id()).startsWith("gitleaks:");
        });
        LeakedSecret first = inventory.leaks().stream()
                .filter(l -> "overlays/server/config/server-config.yml:224".equals(l.location())).findFirst()
                .orElseThrow();
        assertThat(first.commit()).isEqualTo("b13740279fb0145e4dce1d5bae6dfcc08a7767bb");
        assertThat(first.detectedAt()).isEqualTo(Instant.parse("2021-04-19T19:42:05Z"));
        assertThat(first.origin().location()).isEqualTo("/0");
        assertThat(everythingKept(inventory)).doesNotContain("unique_id").doesNotContain("access-key")
                .doesNotContain("Revert");
    }

    @Test
    void gitleaksOwnGoldenFilesHaveADateThatIsNotATimeAndTheFindingIsKeptWithoutOne() {
        for (String sample : new String[] {"gitleaks_v8_json_simple.json", "gitleaks_v8_csv_simple.csv"}) {
            Inventory inventory = importFiles(importer, resource(DIR + sample));
            assertThat(inventory.leaks()).as(sample).singleElement().satisfies(l -> {
                assertThat(l.detectedAt()).isNull();
                assertThat(l.scanner()).isEqualTo("gitleaks");
            });
            assertThat(inventory.warnings()).singleElement().satisfies(w -> {
                assertThat(w.location()).isEqualTo("line 2");
                assertThat(w.message()).contains("found '10-19-2003'; the finding is kept without a date");
            });
            assertThat(everythingKept(inventory)).doesNotContain("a secret").doesNotContain("line containing");
        }
    }

    @Test
    void gitleaksFingerprintIsTheIdAndAnAwsKeyIdInTheMatchIsKept() throws IOException {
        Path file = write("git.json", "[\n" + v8("aws-access-token", "deploy/env.sh", 12,
                "2b1f0c9e4d5a6b7c8d9e0f1a2b3c4d5e6f708192", KEY_ID, "AWS_ACCESS_KEY_ID=" + KEY_ID,
                "2024-03-05T09:12:44+01:00",
                "2b1f0c9e4d5a6b7c8d9e0f1a2b3c4d5e6f708192:deploy/env.sh:aws-access-token:12")
                + "\n]\n");

        LeakedSecret leak = importFiles(importer, file).leaks().get(0);

        assertThat(leak.id()).isEqualTo("2b1f0c9e4d5a6b7c8d9e0f1a2b3c4d5e6f708192:deploy/env.sh:aws-access-token:12");
        assertThat(leak.keyId()).isEqualTo(KEY_ID);
        assertThat(leak.detectedAt()).isEqualTo(Instant.parse("2024-03-05T08:12:44Z"));
        assertThat(leak.location()).isEqualTo("deploy/env.sh:12");
    }

    @Test
    void aLeakedAccessKeyIsLinkedToTheCredentialWithThatId() throws IOException {
        Path aws = write("users.csv", "user\ndeploy-bot\n");
        Path report = write("git.json", "[\n" + v8("aws-access-token", "deploy/env.sh", 12, "abc123", KEY_ID,
                "AWS_ACCESS_KEY_ID=" + KEY_ID, "2024-03-05T09:12:44Z", "abc123:deploy/env.sh:aws-access-token:12")
                + "\n]\n");

        Inventory inventory = withAwsUser(aws, importer, report);

        LeakedSecret leak = inventory.leaks().get(0);
        assertThat(leak.identityId()).isEqualTo(USER);
        assertThat(leak.credentialId()).isEqualTo(KEY_ID);
        Credential key = inventory.identities().get(0).credentials().get(0);
        assertThat(key.leaked()).isTrue();
        assertThat(key.leaks()).singleElement().satisfies(ref -> {
            assertThat(ref.scanner()).isEqualTo("gitleaks");
            assertThat(ref.findingId()).isEqualTo("abc123:deploy/env.sh:aws-access-token:12");
            assertThat(ref.location()).isEqualTo("deploy/env.sh:12");
        });
    }

    @Test
    void redactedReportsKeepNoFingerprint() throws IOException {
        Path file = write("redacted.json", "[\n" + v8("generic-api-key", "app.py", 3, "", "REDACTED",
                "api_key = \\\"REDACTED\\\"", "", "app.py:generic-api-key:3") + ",\n"
                + v8("generic-api-key", "app.py", 4, "", "sk_li...", "api_key = \\\"sk_li...\\\"", "",
                "app.py:generic-api-key:4") + "\n]\n");

        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.leaks()).hasSize(2).allSatisfy(l -> {
            assertThat(l.secretFingerprint()).isNull();
            assertThat(l.commit()).isNull();
            assertThat(l.detectedAt()).isNull();
        });
    }

    @Test
    void canarySecretsInV8JsonAreNeverKept() throws IOException {
        Path file = write("canary8.json", "[\n" + v8("generic-api-key", "src/config.py", 7, "abc", CANARY + "-secret",
                "token = " + CANARY + "-match", "2024-01-02T03:04:05Z", "") + "\n]\n");

        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.leaks()).singleElement().extracting(LeakedSecret::secretFingerprint)
                .isEqualTo(Fingerprints.ofSecret(CANARY + "-secret"));
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
    }

    @Test
    void canarySecretsInV7JsonAreNeverKept() throws IOException {
        Path file = write("canary7.json", """
                [
                 {
                  "line": "password = \\"%1$s-line\\"",
                  "lineNumber": 3,
                  "offender": "%1$s-offender",
                  "offenderEntropy": -1,
                  "commit": "0e2cbb1",
                  "repo": "infra",
                  "repoURL": "",
                  "leakURL": "",
                  "rule": "Generic Credential",
                  "commitMessage": "oops %1$s-message",
                  "author": "Dev",
                  "email": "dev@example.com",
                  "file": "db.env",
                  "date": "0001-01-01T00:00:00Z",
                  "tags": "key, generic"
                 }
                ]
                """.formatted(CANARY));

        Inventory inventory = importFiles(importer, file);

        LeakedSecret leak = inventory.leaks().get(0);
        assertThat(leak.secretFingerprint()).isEqualTo(Fingerprints.ofSecret(CANARY + "-offender"));
        assertThat(leak.detectedAt()).isNull();
        assertThat(leak.location()).isEqualTo("db.env:3");
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
    }

    @Test
    void canarySecretsInCsvAreNeverKeptAndQuotedNewlinesAreRead() throws IOException {
        String csv = "\uFEFFRuleID,Commit,File,SymlinkFile,Secret,Match,StartLine,EndLine,StartColumn,EndColumn,"
                + "Author,Message,Date,Email,Fingerprint,Tags\r\n"
                + "generic-api-key,9c1d,src/a.py,," + CANARY + "-secret,\"key = '" + CANARY + "-match'\",5,5,1,30,"
                + "Dev,\"two\r\nlines\",2024-01-02T03:04:05Z,dev@example.com,9c1d:src/a.py:generic-api-key:5,\r\n"
                + "aws-access-token,9c1d,src/b.py,," + KEY_ID + ",\"id=" + KEY_ID + "\",8,8,1,30,"
                + "Dev,msg,2024-01-02T03:04:05Z,dev@example.com,9c1d:src/b.py:aws-access-token:8,aws key\r\n";
        Inventory inventory = importFiles(importer, write("canary.csv", csv));

        assertThat(inventory.leaks()).hasSize(2);
        assertThat(leak(inventory, "9c1d:src/a.py:generic-api-key:5").origin())
                .isEqualTo(new Origin("canary.csv", "line 2"));
        assertThat(leak(inventory, "9c1d:src/b.py:aws-access-token:8").origin().location()).isEqualTo("line 4");
        assertThat(leak(inventory, "9c1d:src/b.py:aws-access-token:8").keyId()).isEqualTo(KEY_ID);
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
    }

    @Test
    void malformedJsonNamesTheLineButNotWhatTheParserSaw() throws IOException {
        Path unquoted = write("bad.json", "[\n {\n  \"RuleID\": \"x\",\n  \"StartLine\": 1,\n  \"Secret\": "
                + CANARY + "\n }\n]\n");
        Path truncated = write("cut.json", "[\n" + v8("r", "f", 1, "c", CANARY, CANARY, "", "f:r:1").substring(0, 200));

        for (Path file : new Path[] {unquoted, truncated}) {
            assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                    .satisfies(e -> {
                        InputProblem problem = ((InputException) e).problems().get(0);
                        assertThat(problem.location()).startsWith("line ");
                        assertThat(problem.describe()).doesNotContain("CANARY");
                    })
                    .message().doesNotContain("CANARY");
        }
    }

    @Test
    void aFindingOfNeitherVersionIsABadRow() throws IOException {
        Path file = write("odd.json", "[\n {\"RuleID\": \"r\", \"StartLine\": 1, \"File\": \"a\", \"Date\": \"\"},\n"
                + " {\"unexpected\": true}\n]\n");

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("RuleID (v8) or rule (v7)");
        assertThat(importFiles(importer, true, file).leaks()).hasSize(1);
    }

    @Test
    void aBigReportIsStreamed() throws IOException {
        Path file = dir.resolve("big.json");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("[\n");
            for (int i = 0; i < 3000; i++) {
                out.write((i == 0 ? "" : ",\n") + v8("generic-api-key", "src/f" + i + ".py", i + 1, "c" + i,
                        "secret-" + i, "k = secret-" + i, "2024-01-02T03:04:05Z", "c" + i + ":src/f" + i + ".py:g:"
                        + (i + 1)));
            }
            out.write("\n]\n");
        }
        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.leaks()).hasSize(3000);
        LeakedSecret last = leak(inventory, "c2999:src/f2999.py:g:3000");
        assertThat(last.origin().location()).isEqualTo("/2999");
        assertThat(last.secretFingerprint()).isEqualTo(Fingerprints.ofSecret("secret-2999"));
        assertThat(inventory.sources().get(0).leaks()).isEqualTo(3000);
    }

    @Test
    void recognisesGitleaksReportsOnly() throws IOException {
        for (String sample : new String[] {"defectdojo_gitleaks8_many.json", "defectdojo_gitleaks7_redacted_many.json",
                "gitleaks_v8_json_simple.json", "gitleaks_v8_csv_simple.csv"}) {
            assertThat(importer.recognises(new EvidenceFile(resource(DIR + sample)).head())).as(sample).isTrue();
        }
        assertThat(importer.recognises(new EvidenceFile(resource(DIR + "defectdojo_trufflehog_v3_git_REDACTED.jsonl"))
                .head())).isFalse();
        assertThat(importer.recognises(new EvidenceFile(resource("dev/trustmap/evidence/x509/testssl_two_hosts.csv"))
                .head())).isFalse();
        assertThat(importer.recognises(new EvidenceFile(write("ids.csv", "RuleID,Name\n1,x\n")).head())).isFalse();
    }
}
