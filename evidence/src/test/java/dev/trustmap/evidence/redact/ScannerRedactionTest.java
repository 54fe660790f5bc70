package dev.trustmap.evidence.redact;

import static dev.trustmap.evidence.redact.RedactionTestSupport.assertNoCanary;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertSameInventory;
import static dev.trustmap.evidence.redact.RedactionTestSupport.copy;
import static dev.trustmap.evidence.redact.RedactionTestSupport.detected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.scanners.GitleaksImporter;
import dev.trustmap.evidence.scanners.TrufflehogImporter;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gitleaks (v8 and v7 JSON, CSV) and trufflehog: the secret fields go, the findings stay the same. */
class ScannerRedactionTest {

    private static final String CANARY = "CANARY-SCANNER-5e81d0a7";
    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void gitleaksV8JsonLosesSecretAndMatchButKeepsFingerprintsAndKeyIds() throws IOException {
        Path report = write("gitleaks.json", """
                [
                 {
                  "RuleID": "aws-access-token",
                  "StartLine": 12,
                  "Match": "aws_access_key_id = %2$s # %1$s-match",
                  "Secret": "%2$s",
                  "File": "deploy/config.env",
                  "Commit": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
                  "Date": "2024-01-02T03:04:05Z",
                  "Fingerprint": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c:deploy/config.env:aws-access-token:12"
                 },
                 {
                  "RuleID": "generic-api-key",
                  "StartLine": 7,
                  "Match": "token = %1$s-secret",
                  "Secret": "%1$s-secret",
                  "File": "src/config.py",
                  "Commit": "",
                  "Date": "",
                  "Fingerprint": "src/config.py:generic-api-key:7"
                 },
                 {
                  "RuleID": "generic-api-key",
                  "StartLine": 9,
                  "Match": "token = REDACTED",
                  "Secret": "REDACTED",
                  "File": "src/other.py",
                  "Fingerprint": "src/other.py:generic-api-key:9"
                 },
                 {
                  "RuleID": "generic-api-key",
                  "StartLine": 3,
                  "Match": "key = %1$s...",
                  "Secret": "%1$s...",
                  "File": "src/partial.py",
                  "Fingerprint": "src/partial.py:generic-api-key:3"
                 }
                ]
                """.formatted(CANARY, KEY_ID));

        RedactionTestSupport.Copy copy = copy(report, "gitleaks", dir.resolve("copy"));

        // Secret and Match of three findings; the scanner's own REDACTED is kept
        assertThat(copy.result()).isEqualTo(new RedactedCopy(6, false));
        assertNoCanary(copy, CANARY);
        assertThat(copy.text())
                .contains("\"Secret\": \"REDACTED:" + Fingerprints.ofSecret(KEY_ID) + ":" + KEY_ID + "\"")
                .contains("\"Secret\": \"" + marker(CANARY + "-secret") + "\"")
                .contains("\"Match\": \"token = REDACTED\"", "\"Secret\": \"REDACTED\"")
                .contains("\"Match\": \"REDACTED\",\n  \"Secret\": \"REDACTED\",\n  \"File\": \"src/partial.py\"")
                .contains("\"Fingerprint\": \"0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c:deploy/config.env:"
                        + "aws-access-token:12\"");
        assertThat(detected(copy.path())).isInstanceOf(GitleaksImporter.class);
        Inventory inventory = assertSameInventory(new GitleaksImporter(), report, copy.path());
        assertThat(inventory.leaks()).extracting(LeakedSecret::keyId).containsOnlyOnce(KEY_ID);
        assertThat(inventory.leaks()).extracting(LeakedSecret::secretFingerprint)
                .contains(Fingerprints.ofSecret(CANARY + "-secret"));
    }

    @Test
    void gitleaksV7JsonLosesOffenderAndTheSourceLine() throws IOException {
        Path report = write("gitleaks7.json", """
                [
                 {
                  "line": "password = \\"%1$s-line\\"",
                  "lineNumber": 224,
                  "offender": "%1$s-offender",
                  "commit": "b13740279fb0145e4dce1d5bae6dfcc08a7767bb",
                  "rule": "Generic Credential",
                  "file": "overlays/server/config/server-config.yml",
                  "date": "2021-04-19T22:42:05+03:00",
                  "tags": "key, generic"
                 }
                ]
                """.formatted(CANARY));

        RedactionTestSupport.Copy copy = copy(report, "gitleaks", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(2);
        assertNoCanary(copy, CANARY);
        assertThat(copy.text()).contains("\"lineNumber\": 224,",
                "\"file\": \"overlays/server/config/server-config.yml\"");
        assertSameInventory(new GitleaksImporter(), report, copy.path());
    }

    @Test
    void gitleaksCsvLosesSecretAndMatchAndKeepsEveryRowOnItsLine() throws IOException {
        Path report = write("gitleaks.csv", "RuleID,Commit,File,SymlinkFile,Secret,Match,StartLine,EndLine,"
                + "StartColumn,EndColumn,Author,Message,Date,Email,Fingerprint,Tags\r\n"
                + "generic-api-key,9c1d,src/a.py,," + CANARY + "-secret,\"key = '" + CANARY + "-match\r\n"
                + "second line of the match'\",5,6,1,30,Dev,\"msg, with comma\",2024-01-02T03:04:05Z,d@example.com,"
                + "9c1d:src/a.py:generic-api-key:5,\r\n"
                + "aws-access-token,9c1e,src/b.py,," + KEY_ID + "," + KEY_ID + ",8,8,1,20,Dev,msg,"
                + "2024-01-02T03:04:05Z,d@example.com,9c1e:src/b.py:aws-access-token:8,\r\n");

        RedactionTestSupport.Copy copy = copy(report, "gitleaks", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(4);
        assertNoCanary(copy, CANARY);
        List<String> lines = List.of(copy.text().split("\r\n", -1));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).isEqualTo("generic-api-key,9c1d,src/a.py,," + marker(CANARY + "-secret") + ",\""
                + marker("key = '" + CANARY + "-match\r\nsecond line of the match'")); // its line break added back
        assertThat(lines.get(2)).isEqualTo("\",5,6,1,30,Dev,\"msg, with comma\",2024-01-02T03:04:05Z,d@example.com,"
                + "9c1d:src/a.py:generic-api-key:5,");
        Inventory inventory = assertSameInventory(new GitleaksImporter(), report, copy.path());
        assertThat(inventory.leaks()).extracting(LeakedSecret::keyId).containsOnlyOnce(KEY_ID);
    }

    @Test
    void trufflehogLosesRawAndRawV2AndKeepsUntouchedLinesByteForByte() throws IOException {
        String untouched = "{\"SourceMetadata\":{\"Data\":{\"Git\":{\"commit\":\"fbc1\",\"file\":\"keys\","
                + "\"line\":4}}},"
                + "\"DetectorName\":\"URI\",\"Verified\":false,\"Raw\":\"REDACTED\",\"Redacted\":"
                + "\"https://*****:*****@example.com/\u003cpath\u003e\",\"ExtraData\":null}";
        Path report = write("trufflehog.jsonl", "{\"SourceMetadata\":{\"Data\":{\"Git\":{\"commit\":\"77b2\","
                + "\"file\":\"keys\",\"timestamp\":\"2022-06-16 10:17:40 -0700 -0700\",\"line\":3}}},\"SourceType\":16,"
                + "\"DetectorType\":2,\"DetectorName\":\"AWS\",\"Verified\":true,\"Raw\":\"" + KEY_ID
                + "\",\"RawV2\":\"" + KEY_ID + CANARY + "-rawv2\",\"Redacted\":\"" + KEY_ID
                + "\",\"ExtraData\":{\"account\":\"595918472158\","
                + "\"note\":\"ghp_" + "CANARYx".repeat(6) + "\"},\"StructuredData\":null}\n"
                + untouched + "\n"
                + "{\"level\":\"info\",\"msg\":\"finished scanning\"}\n");

        RedactionTestSupport.Copy copy = copy(report, "trufflehog", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(3);
        assertNoCanary(copy, CANARY);
        assertThat(copy.text()).doesNotContain("CANARYx");
        List<String> lines = List.of(copy.text().split("\n", -1));
        assertThat(lines.get(0)).startsWith("{\"SourceMetadata\":{\"Data\":{\"Git\":{\"commit\":\"77b2\",")
                .contains("\"Raw\":\"" + marker(KEY_ID) + "\",\"RawV2\":\"" + marker(KEY_ID + CANARY + "-rawv2")
                        + "\",\"Redacted\":\"" + KEY_ID + "\"");
        assertThat(lines.subList(1, 4)).containsExactly(untouched, "{\"level\":\"info\",\"msg\":\"finished scanning\"}",
                "");
        assertThat(detected(copy.path())).isInstanceOf(TrufflehogImporter.class);
        Inventory inventory = assertSameInventory(new TrufflehogImporter(), report, copy.path());
        assertThat(inventory.leaks()).extracting(LeakedSecret::keyId).contains(KEY_ID);
    }

    private static String marker(String secret) {
        return Markers.of(secret);
    }
}
