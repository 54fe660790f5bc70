package dev.trustmap.cli.commands.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.cli.CommandTestBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants a canary secret in every secret-bearing field of every format and checks that no output of an import
 * (inventory.json, the flat CSV, what is printed, the messages of a failing run) ever contains it.
 */
class CanarySecretsTest extends CommandTestBase {

    private static final String CANARY = "CANARYs3cr3tVALUE0123456789abcdef";

    @TempDir
    Path dir;

    @TempDir
    Path outputs;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void plantEveryFormat() throws IOException {
        String b64 = Base64.getEncoder().encodeToString(CANARY.getBytes(StandardCharsets.UTF_8));
        write("gitleaks.json", """
                [{"Description":"AWS","StartLine":3,"EndLine":3,"StartColumn":1,"EndColumn":40,
                  "Match":"aws_secret=%1$s","Secret":"%1$s","File":"app/config.py","SymlinkFile":"",
                  "Commit":"0123abcd","Entropy":4.5,"Author":"dev","Email":"dev@example.com",
                  "Date":"2026-01-02T03:04:05Z","Message":"add","Tags":[],"RuleID":"generic-api-key",
                  "Fingerprint":"0123abcd:app/config.py:generic-api-key:3"}]
                """.formatted(CANARY));
        write("gitleaks7.json", """
                [{"line":"token = %1$s","lineNumber":2,"offender":"%1$s","offenderEntropy":4.1,"commit":"aa",
                  "repo":"r","repoURL":"","leakURL":"","rule":"Generic","commitMessage":"m","author":"a",
                  "email":"a@example.com","file":"x.env","date":"0001-01-01T00:00:00Z","tags":""}]
                """.formatted(CANARY));
        write("trufflehog.jsonl", ("{\"SourceMetadata\":{\"Data\":{\"Git\":{\"commit\":\"bb\",\"file\":\"k.txt\","
                + "\"email\":\"e@example.com\",\"repository\":\"https://example.com/r.git\",\"timestamp\":"
                + "\"2022-06-16 10:17:40 -0700 -0700\",\"line\":4}}},\"SourceID\":1,\"SourceType\":16,"
                + "\"SourceName\":\"git\",\"DetectorType\":2,\"DetectorName\":\"AWS\",\"DecoderName\":\"PLAIN\","
                + "\"Verified\":true,\"Raw\":\"%1$s\",\"RawV2\":\"AKIAIOSFODNN7EXAMPLE%1$s\",\"Redacted\":"
                + "\"AKIAIOSFODNN7EXAMPLE\",\"ExtraData\":{\"account\":\"1\"},\"StructuredData\":null}\n")
                .formatted(CANARY));
        write("secrets.json", """
                {"apiVersion":"v1","kind":"List","items":[{"apiVersion":"v1","kind":"Secret",
                 "metadata":{"name":"builder-token-abcde","namespace":"ci","creationTimestamp":"2023-01-01T00:00:00Z",
                  "annotations":{"kubernetes.io/service-account.name":"builder",\
                "kubernetes.io/service-account.uid":"u1"}},
                 "type":"kubernetes.io/service-account-token",\
                "data":{"token":"%s","ca.crt":"Y2E=","namespace":"Y2k="}}]}
                """.formatted(b64));
        write("vault.json", """
                {"request_id":"r","lease_id":"","renewable":false,"lease_duration":0,"data":{"accessor":"acc-1",
                 "creation_time":1700000000,"creation_ttl":3600,"display_name":"token-ci-deployer","entity_id":"",
                 "expire_time":"2023-11-14T23:13:20Z","explicit_max_ttl":0,"id":"hvs.%s","issue_time":
                 "2023-11-14T22:13:20Z","meta":null,"num_uses":0,"orphan":false,"path":"auth/token/create",
                 "policies":["default","deploy"],"renewable":true,"ttl":3000,"type":"service"}}
                """.formatted(CANARY));
        write("azure-apps.json", """
                {"value":[{"id":"o1","appId":"11111111-2222-3333-4444-555555555555","displayName":"billing-sync",
                 "passwordCredentials":[{"customKeyIdentifier":null,"displayName":"ci","endDateTime":
                 "2027-01-01T00:00:00Z","hint":"CAN","keyId":"aaaaaaaa-0000-0000-0000-000000000001",
                 "secretText":"%s","startDateTime":"2026-01-01T00:00:00Z"}],"keyCredentials":[]}]}
                """.formatted(CANARY));
        write("gcp-keys.json", """
                [{"name":"projects/p1/serviceAccounts/etl@p1.iam.gserviceaccount.com/keys/k0123",
                  "validAfterTime":"2026-01-01T00:00:00Z","validBeforeTime":"9999-12-31T23:59:59Z",
                  "keyAlgorithm":"KEY_ALG_RSA_2048","keyOrigin":"GOOGLE_PROVIDED","keyType":"USER_MANAGED",
                  "privateKeyData":"%s"}]
                """.formatted(b64));
        write("bundle.pem", "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n"
                + Files.readString(Path.of("..", "evidence", "src", "test", "resources", "dev", "trustmap", "evidence",
                        "x509", "ssllabs_skf.mevitae.com_chain.pem")));
    }

    @Test
    void noOutputOfAnImportContainsAPlantedSecret() throws IOException {
        plantEveryFormat();
        Path json = outputs.resolve("inventory.json");
        Path csv = outputs.resolve("inventory.csv");
        // a fingerprint key links even a secret a person could have chosen (this canary reads as words)
        Path keys = outputs.resolve("keys");
        assertThat(trustmap("keys", "generate", "--out", keys.toString()).code()).isZero();
        String key = keys.resolve("trustmap.fingerprint-key").toString();
        Run toJson = trustmap("import", dir.toString(), "--out", json.toString(), "--as-of", "2026-09-30",
                "--fingerprint-key", key);
        Run toCsv = trustmap("import", dir.toString(), "--out", csv.toString(), "--format", "csv",
                "--as-of", "2026-09-30", "--fingerprint-key", key);
        assertThat(toJson.code()).as(toJson.err()).isZero();
        assertThat(toCsv.code()).as(toCsv.err()).isZero();
        String inventory = Files.readString(json);
        String base64 = Base64.getEncoder().encodeToString(CANARY.getBytes(StandardCharsets.UTF_8));
        for (String output : new String[] {inventory, Files.readString(csv), toJson.out(), toJson.err(),
            toCsv.out(), toCsv.err()}) {
            assertThat(output).doesNotContain(CANARY).doesNotContain(CANARY.substring(0, 16)).doesNotContain(base64);
        }
        // the secrets were read (and fingerprinted), not merely missed
        assertThat(toJson.out()).contains("gitleaks.json").contains("secrets.json").contains("vault.json")
                .contains("azure-apps.json").contains("gcp-keys.json").contains("bundle.pem");
        assertThat(inventory).contains("\"leaked\":true").contains("\"scanner\":\"trufflehog\"")
                .contains("\"id\":\"vault-token:acc-1\"").contains("\"id\":\"ci/builder\"");
    }

    @Test
    void aFailingImportNeitherWritesOutputNorQuotesTheSecret() throws IOException {
        write("broken-vault.json", "{\"data\":{\"accessor\":\"a\",\"id\":" + CANARY + "}}");
        Path out = dir.resolve("inventory.json");
        Run run = trustmap("import", dir.resolve("broken-vault.json").toString(), "--source", "vault",
                "--out", out.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("broken-vault.json").contains("line 1").doesNotContain(CANARY);
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly("broken-vault.json");
    }
}
