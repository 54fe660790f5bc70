package dev.trustmap.evidence.redact;

import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertNoCanary;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertSameInventory;
import static dev.trustmap.evidence.redact.RedactionTestSupport.copy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.github.GitHubCredentialImporter;
import dev.trustmap.evidence.sheet.InventorySheetImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The defensive scan: secrets known by their shape go from any string or cell, nothing else is touched. */
class SecretShapesTest {

    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String AWS_SECRET = "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";
    private static final String GITHUB = "ghp_CANARYgh0123456789abcdefghijklmnopqrstu";
    private static final String SLACK = "xoxb-1234567890-CANARYslack-abcdefgh";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJDQU5BUlkifQ.CANARYsignature_abc-123";
    private static final String PRIVATE_KEY = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEICANARYeckeymaterial\n"
            + "-----END EC PRIVATE KEY-----";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {GITHUB, "github_pat_11CANARYGH0000000000_canaryCanaryCanary", SLACK, JWT, PRIVATE_KEY,
            "hvs.CANARYvaultTOKEN0000000001",
            "AIzaSyCANARY_google-api-key-0123456789a"})
    void secretShapesAreReplacedWhereverTheyAre(String secret) {
        String text = "before " + secret + " after";

        assertThat(SecretShapes.redact(text, false)).isEqualTo("before " + Markers.of(secret) + " after");
    }

    @Test
    void privateKeyCutOffGoesToTheEndOfTheText() {
        String cut = "key: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nCANARY";

        assertThat(SecretShapes.redact(cut, false)).isEqualTo("key: " + Markers.of(cut.substring(5)));
    }

    @Test
    void awsSecretKeyGoesOnlyNextToAnAccessKeyId() {
        assertThat(SecretShapes.redact("secret=" + AWS_SECRET, false)).isEqualTo("secret=" + AWS_SECRET);
        assertThat(SecretShapes.redact("secret=" + AWS_SECRET, true)).isEqualTo("secret=" + Markers.of(AWS_SECRET));
        assertThat(SecretShapes.redact(KEY_ID + ":" + AWS_SECRET, false))
                .isEqualTo(KEY_ID + ":" + Markers.of(AWS_SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "b13740279fb0145e4dce1d5bae6dfcc08a7767bb", // a git commit
        "52D1F2A4F1E1B7C5D5E2C5F3A1B2C3D4E5F6A7B8", // a certificate thumbprint
        "MIIC5zCCAc+gAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJlcm5ldGVzMB4XDTIy", // certificate base64
        "sha256:0123456789abcdef", "REDACTED:sha256:0123456789abcdef:" + KEY_ID,
        "-----BEGIN CERTIFICATE-----\nMIIC5zCCAc+gAwIBAgIBADANBgkq\n-----END CERTIFICATE-----",
        "arn:aws:iam::123456789012:user/deploy-bot", "ghp_short", "eyJhbGciOiJSUzI1NiJ9"})
    void ordinaryValuesNextToAKeyIdAreKept(String value) {
        assertThat(SecretShapes.redact(value, true)).isSameAs(value);
        assertThat(SecretShapes.redact(KEY_ID + " " + value, true)).isEqualTo(KEY_ID + " " + value);
    }

    @Test
    void inventorySheetLosesSecretsInAnyCellAndKeepsEveryRowOnItsLine() throws IOException {
        String sheet = "\uFEFFidentity_id,credential_id,credential_kind,secret_value,notes\r\n"
                + "bot-a," + KEY_ID + ",access_key," + AWS_SECRET + ",\"rotated by " + GITHUB + "\"\r\n"
                + "bot-b,k2,api_key,,\"key:\r\n" + PRIVATE_KEY.replace("\n", "\r\n") + "\r\nend\"\r\n"
                + "bot-c,k3,api_key,,\"slack " + SLACK + ", jwt " + JWT + "\"\r\n";
        Path original = dir.resolve("inventory.csv");
        Files.writeString(original, sheet, StandardCharsets.UTF_8);

        RedactionTestSupport.Copy copy = copy(original, "inventory-csv", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(4);
        for (String canary : new String[] {"CANARYKEY1", "CANARYgh", "CANARYeckey", "CANARYslack", "CANARYsig"}) {
            assertNoCanary(copy, canary);
        }
        assertThat(copy.bytes()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(copy.text()).contains("bot-a," + KEY_ID + ",access_key," + Markers.of(AWS_SECRET) + ",")
                // the key's two line breaks are added back at the end of the cell
                .contains("\"key:\r\n" + Markers.of(PRIVATE_KEY.replace("\n", "\r\n")) + "\r\nend\r\n\r\n\"\r\n");
        assertThat(copy.text().split("\r\n", -1)).hasSameSizeAs(sheet.split("\r\n", -1));
        assertSameInventory(new InventorySheetImporter(), original, copy.path());
    }

    @Test
    void githubGrantsLoseTheTokenPlantedInAnUnknownMember() throws IOException {
        Path sample = resource("dev/trustmap/evidence/github/pat-grants-pages.json");

        RedactionTestSupport.Copy copy = copy(sample, "github", dir);

        assertThat(copy.result()).isEqualTo(new RedactedCopy(1, false));
        assertThat(copy.text()).doesNotContain("CANARY")
                .contains("\"x_unexpected_token_value\": \"REDACTED:sha256:");
        assertThat(copy.text().lines().count()).isEqualTo(Files.readString(sample).lines().count());
        assertSameInventory(new GitHubCredentialImporter(), sample, copy.path());
    }

    @Test
    void awsSecretKeyGoesBesideItsKeyIdAndAnywhereElseInText() throws IOException {
        Path original = Files.writeString(dir.resolve("keys.json"), """
                {"AccessKey": {"UserName": "deploy", "AccessKeyId": "%s", "Status": "Active",
                  "Value": "%s", "CreateDate": "2026-01-01T00:00:00Z"},
                 "Other": {"Value": "%s"}}
                """.formatted(KEY_ID, AWS_SECRET, AWS_SECRET.replace("CANARY", "KEEPME")));

        RedactionTestSupport.Copy copy = copy(original, "aws-authorization-details", dir.resolve("copy"));

        // the key id stays (an identifier); a 40-character secret goes wherever it stands, since a person may
        // have pasted it into any field
        assertThat(copy.text()).doesNotContain("CANARY").doesNotContain("KEEPME").contains(KEY_ID);
    }

    @Test
    void aTokenPastedAsAJsonMemberNameOrAYamlKeyIsRedactedToo() throws IOException {
        String token = "ghp_" + "k8Zq2Lw9Xv4Nb7Tc1Rm5Hs3Jd6Fg0Py2Ua8E";
        Path json = Files.writeString(dir.resolve("grants.json"), "[{\"id\": 1, \"" + token + "\": \"x\"}]\n");
        Path yaml = Files.writeString(dir.resolve("policy.yaml"), "kind: policy\n" + token + ": 3\n");

        RedactionTestSupport.Copy jsonCopy = copy(json, "github", dir.resolve("json-copy"));
        RedactionTestSupport.Copy yamlCopy = copy(yaml, "policy", dir.resolve("yaml-copy"));

        assertThat(jsonCopy.text()).doesNotContain(token).contains("\"id\": 1", "\"REDACTED:");
        assertThat(yamlCopy.text()).doesNotContain(token).startsWith("kind: policy\nREDACTED:");
    }
}
