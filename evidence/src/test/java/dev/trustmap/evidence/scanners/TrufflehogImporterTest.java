package dev.trustmap.evidence.scanners;

import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.scanners.ScannerTestSupport.KEY_ID;
import static dev.trustmap.evidence.scanners.ScannerTestSupport.USER;
import static dev.trustmap.evidence.scanners.ScannerTestSupport.withAwsUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.Fingerprints;
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

/** trufflehog v3 --json: the redacted DefectDojo sample, canaries, sources other than git, bad input. */
class TrufflehogImporterTest {

    private static final String SAMPLE = "dev/trustmap/evidence/scanners/defectdojo_trufflehog_v3_git_REDACTED.jsonl";
    private static final String CANARY = "CANARY-SECRET-c0ffee";
    private static final String SAMPLE_RAW = "UkVEQUNURUQtQlktTkhJLVJFU0VBUkNI";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TrufflehogImporter importer = new TrufflehogImporter();

    @TempDir
    Path dir;

    /** One finding as trufflehog v3 writes it for a git source; the caller fills Raw, RawV2, Redacted. */
    private static ObjectNode gitFinding(String detector, String file, int line, String commit, String timestamp) {
        ObjectNode finding = JSON.createObjectNode();
        ObjectNode git = finding.putObject("SourceMetadata").putObject("Data").putObject("Git");
        git.put("commit", commit).put("file", file).put("email", "Dev <dev@example.com>")
                .put("repository", "https://github.com/acme/infra").put("timestamp", timestamp).put("line", line);
        finding.put("SourceID", 1).put("SourceType", 16).put("SourceName", "trufflehog - git")
                .put("DetectorType", 2).put("DetectorName", detector).put("DecoderName", "PLAIN")
                .put("Verified", false);
        return finding;
    }

    private Path lines(String name, ObjectNode... findings) throws IOException {
        StringBuilder text = new StringBuilder();
        for (ObjectNode finding : findings) {
            text.append(JSON.writeValueAsString(finding)).append('\n');
        }
        return Files.writeString(dir.resolve(name), text.toString());
    }

    @Test
    void sampleGivesOneLeakPerFindingWithDuplicatesCountedOnce() {
        Inventory inventory = importFiles(importer, resource(SAMPLE));

        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.leaks()).hasSize(3);
        assertThat(inventory.warnings()).extracting(InputProblem::message)
                .containsExactly("1 finding repeats an earlier one (same id) and was counted once.");
        LeakedSecret aws = inventory.leaks().stream().filter(l -> "AWS".equals(l.rule())).findFirst().orElseThrow();
        assertThat(aws.id()).startsWith("trufflehog:").hasSize("trufflehog:".length() + 16);
        assertThat(aws.scanner()).isEqualTo("trufflehog");
        assertThat(aws.verified()).isTrue();
        assertThat(aws.keyId()).isEqualTo("AKIAXXXXXXXXXXXXXXXX");
        assertThat(aws.location()).isEqualTo("keys:4");
        assertThat(aws.commit()).isEqualTo("fbc14303ffbf8fb1c2c1914e8dda7d0121633aca");
        assertThat(aws.detectedAt()).isEqualTo(Instant.parse("2022-06-16T17:17:40Z"));
        assertThat(aws.secretFingerprint()).isEqualTo(Fingerprints.ofSecret(SAMPLE_RAW));
        assertThat(aws.origin()).isEqualTo(new Origin("defectdojo_trufflehog_v3_git_REDACTED.jsonl", "line 1"));
        LeakedSecret key = inventory.leaks().stream().filter(l -> "PrivateKey".equals(l.rule())).findFirst()
                .orElseThrow();
        assertThat(key.location()).isEqualTo("keys:1");
        assertThat(key.keyId()).isNull();
        assertThat(key.origin().location()).isEqualTo("line 3");
        assertThat(everythingKept(inventory)).doesNotContain(SAMPLE_RAW).doesNotContain("OPENSSH")
                .doesNotContain("*****").doesNotContain("thisisforgithub0").doesNotContain("595918472158");
    }

    @Test
    void canarySecretsInEveryFieldAreNeverKept() throws IOException {
        ObjectNode finding = gitFinding("Github", "ci/token.txt", 2, "d00d", "2023-01-05 11:00:00 +0000 +0000");
        finding.put("Raw", CANARY + "-raw").put("RawV2", CANARY + "-rawv2").put("Redacted", CANARY + "-redacted");
        finding.putObject("ExtraData").put("note", CANARY + "-extra");
        finding.putObject("StructuredData").put("x", CANARY + "-structured");
        Inventory inventory = importFiles(importer, lines("canary.jsonl", finding));

        LeakedSecret leak = inventory.leaks().get(0);
        assertThat(leak.secretFingerprint()).isEqualTo(Fingerprints.ofSecret(CANARY + "-raw"));
        assertThat(leak.verified()).isFalse();
        assertThat(leak.detectedAt()).isEqualTo(Instant.parse("2023-01-05T11:00:00Z"));
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
    }

    @Test
    void aLeakedAccessKeyIsLinkedByItsKeyIdFromRedacted() throws IOException {
        ObjectNode finding = gitFinding("AWS", "deploy/env.sh", 3, "abc", "2024-03-05 09:12:44 +0100 +0100");
        finding.put("Raw", KEY_ID).put("RawV2", KEY_ID + CANARY).put("Redacted", KEY_ID);
        Inventory inventory = withAwsUser(Files.writeString(dir.resolve("users.csv"), "user\n"), importer,
                lines("aws.jsonl", finding));

        LeakedSecret leak = inventory.leaks().get(0);
        assertThat(leak.keyId()).isEqualTo(KEY_ID);
        assertThat(leak.identityId()).isEqualTo(USER);
        assertThat(leak.credentialId()).isEqualTo(KEY_ID);
        assertThat(inventory.identities().get(0).credentials().get(0).leaks()).singleElement()
                .satisfies(ref -> assertThat(ref.scanner()).isEqualTo("trufflehog"));
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
    }

    @Test
    void filesystemFindingsHaveNoCommitOrDateAndADecoderIsNamed() throws IOException {
        ObjectNode finding = JSON.createObjectNode();
        finding.putObject("SourceMetadata").putObject("Data").putObject("Filesystem").put("file", "/srv/app/.env")
                .put("line", 9);
        finding.put("SourceType", 15).put("SourceName", "trufflehog - filesystem").put("DetectorType", 8)
                .put("DetectorName", "Slack").put("DecoderName", "BASE64").put("Verified", false)
                .put("Raw", CANARY);
        Inventory inventory = importFiles(importer, lines("fs.jsonl", finding));

        LeakedSecret leak = inventory.leaks().get(0);
        assertThat(leak.location()).isEqualTo("/srv/app/.env:9");
        assertThat(leak.commit()).isNull();
        assertThat(leak.detectedAt()).isNull();
        assertThat(leak.rule()).isEqualTo("Slack (BASE64)");
    }

    @Test
    void logLinesInTheSameFileAreSkippedWithAWarning() throws IOException {
        ObjectNode finding = gitFinding("AWS", "keys", 1, "abc", "2022-06-16 10:17:40 -0700 -0700").put("Raw", "x");
        String text = "{\"level\":\"info-0\",\"ts\":\"2024-01-01T00:00:00Z\",\"logger\":\"trufflehog\","
                + "\"msg\":\"running source\"}\n" + JSON.writeValueAsString(finding) + "\n\n"
                + "{\"level\":\"info-0\",\"msg\":\"finished scanning\",\"chunks\":10}\n";
        Inventory inventory = importFiles(importer, Files.writeString(dir.resolve("mixed.jsonl"), text));

        assertThat(inventory.leaks()).singleElement().extracting(l -> l.origin().location()).isEqualTo("line 2");
        assertThat(inventory.warnings()).extracting(InputProblem::message).singleElement().asString()
                .startsWith("2 lines are not a finding");
    }

    @Test
    void anUnreadableTimestampKeepsTheFindingWithoutADateAndSaysWhere() throws IOException {
        ObjectNode good = gitFinding("AWS", "keys", 1, "abc", "2022-06-16 10:17:40 -0700 -0700").put("Raw", "x");
        ObjectNode bad = gitFinding("AWS", "keys", 2, "abc", "yesterday").put("Raw", "y");
        Path file = lines("bad.jsonl", good, bad);

        Inventory inventory = importFiles(importer, file);
        assertThat(inventory.leaks()).hasSize(2);
        assertThat(inventory.leaks()).filteredOn(l -> l.detectedAt() == null).hasSize(1);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 2");
            assertThat(w.message()).contains("found 'yesterday'; the finding is kept without a date");
        });
    }

    @Test
    void aTruncatedLineIsNamedWithoutQuotingIt() throws IOException {
        ObjectNode finding = gitFinding("AWS", "keys", 1, "abc", "2022-06-16 10:17:40 -0700 -0700")
                .put("Raw", CANARY);
        String line = JSON.writeValueAsString(finding);
        Path cut = Files.writeString(dir.resolve("cut.jsonl"), line + "\n" + line.substring(0, line.indexOf(CANARY)
                + 10) + "\n");
        Path unquoted = Files.writeString(dir.resolve("unquoted.jsonl"), line + "\n" + line.replace("\"" + CANARY
                + "\"", CANARY) + "\n");

        for (Path file : new Path[] {cut, unquoted}) {
            assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                    .satisfies(e -> assertThat(((InputException) e).problems().get(0).location()).startsWith("line 2"))
                    .message().doesNotContain("CANARY");
        }
    }

    @Test
    void aBigReportIsStreamed() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 3000; i++) {
                ObjectNode finding = gitFinding("Github", "f" + i, i + 1, "c" + i, "2024-02-01 10:00:00 +0000 +0000")
                        .put("Raw", "ghp_" + i).put("Verified", i % 2 == 0);
                out.write(JSON.writeValueAsString(finding));
                out.write('\n');
            }
        }
        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.leaks()).hasSize(3000);
        assertThat(inventory.leaks()).filteredOn(l -> Boolean.TRUE.equals(l.verified())).hasSize(1500);
        LeakedSecret last = inventory.leaks().stream().filter(l -> "f2999:3000".equals(l.location())).findFirst()
                .orElseThrow();
        assertThat(last.origin().location()).isEqualTo("line 3000");
        assertThat(last.secretFingerprint()).isEqualTo(Fingerprints.ofSecret("ghp_2999"));
    }

    @Test
    void recognisesTrufflehogOutputOnly() {
        assertThat(importer.recognises(new EvidenceFile(resource(SAMPLE)).head())).isTrue();
        assertThat(importer.recognises(new EvidenceFile(resource(
                "dev/trustmap/evidence/scanners/defectdojo_gitleaks8_many.json")).head())).isFalse();
        assertThat(new GitleaksImporter().recognises(new EvidenceFile(resource(SAMPLE)).head())).isFalse();
    }
}
