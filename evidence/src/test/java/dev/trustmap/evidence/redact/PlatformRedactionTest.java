package dev.trustmap.evidence.redact;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertNoCanary;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertSameInventory;
import static dev.trustmap.evidence.redact.RedactionTestSupport.copy;
import static dev.trustmap.evidence.redact.RedactionTestSupport.detected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.azure.ApplicationsImporter;
import dev.trustmap.evidence.gcp.ServiceAccountImporter;
import dev.trustmap.evidence.kubernetes.KubectlServiceAccountImporter;
import dev.trustmap.evidence.vault.VaultLookupImporter;
import dev.trustmap.model.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kubernetes, Vault, GCP and Entra exports: each secret field goes, every identity and credential stays. */
class PlatformRedactionTest {

    private static final String CANARY = "CANARY-PLATFORM-3b9c27e4";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void kubernetesSecretsLoseDataStringDataAndLastAppliedButKeepTheirKeys() throws IOException {
        String jwt = "eyJhbGciOiJSUzI1NiJ9." + CANARY + "-token.c2lnbmF0dXJl";
        String lastApplied = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"stringData\":{\"password\":\"" + CANARY
                + "-applied\"}}\n";
        Path export = write("secrets.json", """
                {
                    "apiVersion": "v1",
                    "items": [
                        {
                            "apiVersion": "v1",
                            "data": {
                                "ca.crt": "%s",
                                "namespace": "YW5hbHl0aWNz",
                                "token": "%s"
                            },
                            "kind": "Secret",
                            "metadata": {
                                "annotations": {
                                    "kubectl.kubernetes.io/last-applied-configuration": %s,
                                    "kubernetes.io/service-account.name": "reporting"
                                },
                                "creationTimestamp": "2025-01-20T16:05:00Z",
                                "name": "reporting-token",
                                "namespace": "analytics"
                            },
                            "stringData": {
                                "password": "%s-string"
                            },
                            "type": "kubernetes.io/service-account-token"
                        },
                        {
                            "apiVersion": "v1",
                            "data": {
                                "settings.json": "%s"
                            },
                            "kind": "ConfigMap",
                            "metadata": {"name": "app-settings", "namespace": "analytics"}
                        }
                    ],
                    "kind": "List",
                    "metadata": {"resourceVersion": ""}
                }
                """.formatted(base64("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n"),
                base64(jwt), "\"" + lastApplied.replace("\"", "\\\"").replace("\n", "\\n") + "\"", CANARY,
                base64("{\"apiKey\": \"" + CANARY + "-configmap\"}")));

        RedactionTestSupport.Copy copy = copy(export, "kubernetes", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(6);
        assertNoCanary(copy, CANARY);
        assertNoCanary(copy, jwt);
        assertThat(copy.text())
                .contains("\"token\": \"" + Markers.of(jwt) + "\"")
                .contains("\"namespace\": \"" + Markers.of("analytics") + "\"")
                .contains("\"kubernetes.io/service-account.name\": \"reporting\"", "\"ca.crt\": \"REDACTED")
                .contains("\"kubectl.kubernetes.io/last-applied-configuration\": \"" + Markers.of(lastApplied) + "\"");
        assertThat(copy.text().lines().count()).isEqualTo(Files.readString(export).lines().count());
        assertThat(detected(copy.path())).isInstanceOf(KubectlServiceAccountImporter.class);
        Inventory inventory = assertSameInventory(new KubectlServiceAccountImporter(), export, copy.path());
        assertThat(credential(identity(inventory, "analytics/reporting"), "analytics/reporting-token").fingerprint())
                .isEqualTo(Fingerprints.ofSecret(jwt));
    }

    @Test
    void kubectlSecretsSampleDiffersFromItsCopyOnlyInDataLines() throws IOException {
        Path sample = resource("dev/trustmap/evidence/kubernetes/secrets-kubectl.json");

        RedactionTestSupport.Copy copy = copy(sample, "kubernetes", dir);

        List<String> before = Files.readAllLines(sample);
        List<String> after = Files.readAllLines(copy.path());
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                assertThat(after.get(i)).as("line %d", i + 1)
                        .matches(" +\"[a-z.]+\": \"REDACTED(:sha256:[0-9a-f]{16})?\",?");
            }
        }
        assertThat(copy.text()).doesNotContain("CANARY").doesNotContain("Q0FOQVJZ").doesNotContain("ZXlK");
    }

    @Test
    void vaultTokenIdsGoAccessorsAndLeaseIdsStay() throws IOException {
        Path lookups = write("lookups.json", """
                {"request_id": "r-1", "lease_id": "", "data": {"accessor": "acc-1", "creation_ttl": 3600,
                  "display_name": "approle", "expire_time": "2026-09-21T15:13:20Z", "id": "hvs.%1$s-service",
                  "issue_time": "2026-09-21T14:13:20Z", "path": "auth/approle/login", "policies": ["default"],
                  "ttl": 1200, "type": "service"}, "warnings": null}
                {"data": {"accessor": "", "creation_ttl": 600, "display_name": "batch-worker",
                  "expire_time": "2026-09-30T12:00:00Z", "id": "hvb.%1$s-batch", "issue_time": "2026-09-30T11:50:00Z",
                  "path": "auth/approle/login", "policies": ["default"], "ttl": 600, "type": "batch"}}
                {"data": {"expire_time": "2026-10-01T00:00:00Z", "id": "database/creds/readonly/2f6a614c-4aa2",
                  "issue_time": "2026-09-30T00:00:00Z", "last_renewal_time": null, "renewable": true, "ttl": 3600}}
                """.formatted(CANARY));
        Path login = write("login.json", """
                {"auth": {"client_token": "s.%1$s-login", "accessor": "acc-9"}, "data": null}
                """.formatted(CANARY));

        RedactionTestSupport.Copy copy = copy(lookups, "vault", dir.resolve("copy"));
        RedactionTestSupport.Copy loginCopy = copy(login, "vault", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(2);
        assertNoCanary(copy, CANARY);
        assertNoCanary(loginCopy, CANARY);
        assertThat(loginCopy.text()).contains("\"accessor\": \"acc-9\"");
        assertThat(copy.text()).contains("\"accessor\": \"acc-1\"",
                "\"id\": \"database/creds/readonly/2f6a614c-4aa2\"", "\"id\": \"" + Markers.of("hvs." + CANARY
                        + "-service") + "\"");
        assertThat(copy.text().lines().count()).isEqualTo(Files.readString(lookups).lines().count());
        assertThat(detected(copy.path())).isInstanceOf(VaultLookupImporter.class);
        Inventory inventory = assertSameInventory(new VaultLookupImporter(), lookups, copy.path());
        // a batch token has no accessor: its fingerprint names it, and the copy's marker carries it
        String batch = Fingerprints.ofSecret("hvb." + CANARY + "-batch");
        assertThat(identity(inventory, "vault-token:" + batch).credentials()).singleElement()
                .satisfies(c -> assertThat(c.fingerprint()).isEqualTo(batch));
    }

    @Test
    void gcpPrivateKeyDataGoesAndKeyFilesLoseTheirPrivateKey() throws IOException {
        Path created = write("created-key.json", """
                {"name": "projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k9",
                 "privateKeyType": "TYPE_GOOGLE_CREDENTIALS_FILE", "privateKeyData": "%s",
                 "validAfterTime": "2026-01-01T00:00:00Z", "validBeforeTime": "9999-12-31T23:59:59Z",
                 "keyAlgorithm": "KEY_ALG_RSA_2048", "keyOrigin": "GOOGLE_PROVIDED", "keyType": "USER_MANAGED"}
                """.formatted(base64("{\"private_key\": \"" + CANARY + "-data\"}")));
        Path keyFile = write("key-file.json", """
                {
                  "type": "service_account",
                  "project_id": "p",
                  "private_key_id": "0b7e3d91c2a84f65b1d0e9c8a7f6e5d4c3b2a190",
                  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQ%s\\n-----END PRIVATE KEY-----\\n",
                  "client_email": "a@p.iam.gserviceaccount.com"
                }
                """.formatted(CANARY.replace("-", "")));

        RedactionTestSupport.Copy key = copy(created, "gcp-service-accounts", dir.resolve("copy"));
        RedactionTestSupport.Copy file = copy(keyFile, "gcp-service-accounts", dir.resolve("copy"));

        assertNoCanary(key, CANARY);
        assertThat(key.result().redactedValues()).isEqualTo(1);
        assertSameInventory(new ServiceAccountImporter(), created, key.path());
        assertThat(file.result().redactedValues()).isEqualTo(1);
        assertThat(file.text()).doesNotContain(CANARY.replace("-", "")).doesNotContain("PRIVATE KEY")
                .contains("\"private_key_id\": \"0b7e3d91c2a84f65b1d0e9c8a7f6e5d4c3b2a190\"");
    }

    @Test
    void entraSecretTextAndKeysGoHintsStay() throws IOException {
        Path apps = write("created.json", """
                {"value": [{"appId": "a-1", "displayName": "Fresh app",
                  "passwordCredentials": [{"keyId": "k-1", "hint": "CAN", "secretText": "%1$s~secret",
                    "startDateTime": "2026-09-01T00:00:00Z", "endDateTime": "2027-03-01T00:00:00Z"}],
                  "keyCredentials": [{"keyId": "k-2", "type": "Symmetric", "key": "%2$s"},
                    {"customKeyIdentifier": "52D1F2A4F1E1B7C5D5E2C5F3A1B2C3D4E5F6A7B8", "keyId": "k-3",
                     "key": "%3$s", "type": "AsymmetricX509Cert", "usage": "Verify"}]}]}
                """.formatted(CANARY, base64(CANARY + "-symmetric"), base64("cert " + CANARY + "-cert")));

        RedactionTestSupport.Copy copy = copy(apps, "azure-applications", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(3);
        assertNoCanary(copy, CANARY);
        assertThat(copy.text()).contains("\"hint\": \"CAN\"",
                "\"customKeyIdentifier\": \"52D1F2A4F1E1B7C5D5E2C5F3A1B2C3D4E5F6A7B8\"");
        assertThat(detected(copy.path())).isInstanceOf(ApplicationsImporter.class);
        Inventory inventory = assertSameInventory(new ApplicationsImporter(), apps, copy.path());
        assertThat(credential(identity(inventory, "a-1"), "k-2").fingerprint())
                .isEqualTo(Fingerprints.ofSecret(base64(CANARY + "-symmetric")));
    }
}
