package dev.trustmap.evidence.redact;

import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertNoCanary;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertSameInventory;
import static dev.trustmap.evidence.redact.RedactionTestSupport.copy;
import static dev.trustmap.evidence.redact.RedactionTestSupport.detected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.aws.ServiceSpecificCredentialsImporter;
import dev.trustmap.evidence.keyvault.KeyVaultImporter;
import dev.trustmap.evidence.secretsmanager.SecretsManagerImporter;
import dev.trustmap.evidence.spire.SpireImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets Manager, Key Vault, IAM service-specific credentials and SPIRE: their lists hold no secret, but the output
 * of the commands that print one, saved among them, loses it; everything else stays.
 */
class SecretStoreRedactionTest {

    private static final String CANARY = "CANARY-STORES-6d1f0b93";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void secretsManagerValuesGoWhateverTheirTypeAndTheMetadataStays() throws IOException {
        Path values = write("values.json", """
                {
                    "ARN": "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/db-AbC123",
                    "Name": "prod/db",
                    "VersionId": "8b7c2f1e-1d2a-4c9b-9e5f-0a1b2c3d4e5f",
                    "SecretString": "{\\"username\\":\\"app\\",\\"password\\":\\"%1$s-string\\"}",
                    "VersionStages": ["AWSCURRENT"],
                    "CreatedDate": 1780392004.118
                }
                {"SecretValues": [{"ARN": "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/cert-XyZ789",
                  "Name": "prod/cert", "SecretBinary": "%2$s"},
                  {"ARN": "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/odd-QwE456", "Name": "prod/odd",
                  "SecretString": {"token": "%1$s-object"}}], "Errors": []}
                """.formatted(CANARY, Base64.getEncoder().encodeToString((CANARY + "-binary").getBytes(
                StandardCharsets.UTF_8))));

        RedactionTestSupport.Copy copy = copy(values, "aws-secretsmanager", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(3);
        assertNoCanary(copy, CANARY);
        assertThat(copy.text()).contains("\"Name\": \"prod/db\"", "\"CreatedDate\": 1780392004.118",
                "\"VersionId\": \"8b7c2f1e-1d2a-4c9b-9e5f-0a1b2c3d4e5f\"");
        assertThat(copy.text().lines().count()).isEqualTo(Files.readString(values).lines().count());
        assertThat(detected(copy.path())).isInstanceOf(SecretsManagerImporter.class);
        assertThat(assertSameInventory(new SecretsManagerImporter(), values, copy.path()).identities()).hasSize(3);
    }

    @Test
    void keyVaultBundleValuesGoAndTheListsValueArrayAndValueTagsStay() throws IOException {
        Path bundles = write("bundles.json", """
                {"value": [{"id": "https://kv-payments-prod.vault.azure.net/secrets/listed",
                  "attributes": {"enabled": true, "created": 1741668435, "updated": 1741668435},
                  "tags": {"value": "tier-1", "owner": "dba-team@example.com"}}], "nextLink": null}
                {"value": "%1$s-rest", "id": "https://kv-payments-prod.vault.azure.net/secrets/shown/0f1e2d3c4b5a6978",
                 "attributes": {"enabled": true, "created": 1762380814, "updated": 1762380814}}
                [{"attributes": {"created": "2025-11-05T22:13:34+00:00", "enabled": true, "expires": null},
                  "id": "https://kv-payments-prod.vault.azure.net/secrets/cli/66b24dd6c8844f9490becfb896c3545f",
                  "name": "cli", "tags": {}, "value": "%1$s-cli"}]
                """.formatted(CANARY));

        RedactionTestSupport.Copy copy = copy(bundles, "azure-keyvault", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(2);
        assertNoCanary(copy, CANARY);
        assertThat(copy.text()).contains("{\"value\": [{\"id\"", "\"value\": \"tier-1\"");
        assertThat(detected(copy.path())).isInstanceOf(KeyVaultImporter.class);
        assertThat(assertSameInventory(new KeyVaultImporter(), bundles, copy.path()).identities()).hasSize(3);
    }

    @Test
    void createdServiceCredentialsLoseTheirPasswordAndKeyButKeepTheAlias() throws IOException {
        Path created = write("created.json", """
                {"ServiceSpecificCredential": {"CreateDate": "2026-09-15T10:00:00Z", "ServiceName":
                  "bedrock.amazonaws.com", "ServiceCredentialAlias": "etl-sync-bedrock-1-20260915",
                  "ServiceCredentialSecret": "%1$s-bedrock", "ServiceSpecificCredentialId": "ACCAR7EXAMPLEBEDROCK7",
                  "UserName": "etl-sync", "Status": "Active"}}
                {"ServiceSpecificCredential": {"CreateDate": "2026-09-15T10:05:00Z", "ServiceName":
                  "codecommit.amazonaws.com", "ServiceUserName": "etl-sync-at-210987654321",
                  "ServicePassword": "%1$s-password", "ServiceSpecificCredentialId": "ACCAR7EXAMPLECOMMIT7",
                  "UserName": "etl-sync", "Status": "Active"}}
                """.formatted(CANARY));

        RedactionTestSupport.Copy copy = copy(created, "aws-service-specific-credentials", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(2);
        assertNoCanary(copy, CANARY);
        assertThat(copy.text()).contains("\"ServiceCredentialAlias\": \"etl-sync-bedrock-1-20260915\"",
                "\"ServiceUserName\": \"etl-sync-at-210987654321\"");
        assertThat(detected(copy.path())).isInstanceOf(ServiceSpecificCredentialsImporter.class);
        assertSameInventory(new ServiceSpecificCredentialsImporter(), created, copy.path());
    }

    @Test
    void spireExportsHoldNoSecretAndAreCopiedByteForByte() throws IOException {
        for (String name : new String[] {"entries-k8s.json", "agents-k8s.json"}) {
            Path sample = resource("dev/trustmap/evidence/spire/" + name);

            RedactionTestSupport.Copy copy = copy(sample, "spire", dir.resolve(name));

            assertThat(copy.result()).isEqualTo(new RedactedCopy(0, true));
            assertThat(Files.mismatch(sample, copy.path())).isEqualTo(-1L);
            assertSameInventory(new SpireImporter(), sample, copy.path());
        }
    }
}
