package dev.trustmap.evidence.keyvault;

import static dev.trustmap.evidence.ImporterTestSupport.assertCutShortFails;
import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyVaultImporterTest {

    private static final String DIR = "dev/trustmap/evidence/keyvault/";
    private static final Path SECRETS = resource(DIR + "azure-cli-recording_secret-list.json");
    private static final Path PAGE1 = resource(DIR + "azure-cli-recording_secret-list_maxresults1_page1.json");
    private static final Path PAGE2 = resource(DIR + "azure-cli-recording_secret-list_maxresults1_page2.json");
    private static final Path BACKED = resource(DIR + "azure-cli-recording_secret-list_certificate-backed.json");
    private static final Path CERTIFICATES = resource(DIR + "azure-cli-recording_certificate-list.json");
    private static final Path AZ_SECRETS = resource(DIR + "az-keyvault-secret-list.json");
    private static final Path AZ_CERTIFICATES = resource(DIR + "az-keyvault-certificate-list.json");

    private static final String SE = "https://cli-test-kv-se-000002.vault.azure.net/secrets/";
    private static final String CERT1 = "https://cli-test-kv-ct-000002.vault.azure.net/certificates/cert1";
    private static final String PAYMENTS = "https://kv-payments-prod.vault.azure.net/";

    private final KeyVaultImporter importer = new KeyVaultImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    // --- recorded REST responses: epoch seconds ---

    @Test
    void restSecretListIsOneIdentityPerSecretWithEpochTimes() {
        Inventory inventory = importFiles(importer, SECRETS);

        assertThat(ids(inventory)).containsExactly(SE + "secret1", SE + "secret2");
        Identity secret = identity(inventory, SE + "secret1");
        assertThat(secret.name()).isEqualTo("secret1");
        assertThat(secret.platform()).isEqualTo("azure");
        assertThat(secret.account()).isEqualTo("cli-test-kv-se-000002");
        assertThat(secret.status()).isEqualTo("active");
        assertThat(secret.actorClass()).isNull();
        assertThat(secret.technicalOwner()).as("file-encoding names no owner").isNull();
        Credential stored = credential(secret, SE + "secret1");
        assertThat(stored.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(stored.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(stored.active()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2025-03-11T04:47:15Z"));
        assertThat(stored.lastRotatedAt()).as("updated").isEqualTo(Instant.parse("2025-03-11T04:47:15Z"));
        assertThat(stored.expiresAt()).as("no exp: never expires").isNull();
        assertThat(stored.lastUsedAt()).isNull();
        assertThat(stored.origin().location()).isEqualTo("/value/0");
        assertThat(credential(identity(inventory, SE + "secret2"), SE + "secret2").createdAt())
                .isEqualTo(Instant.parse("2025-03-11T04:47:16Z"));
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void pagesBackToBackGiveTheWholeListAndNoWarning() throws IOException {
        Path both = write("pages.json", Files.readString(PAGE1) + "\n" + Files.readString(PAGE2));

        Inventory pages = importFiles(importer, both);
        Inventory whole = importFiles(importer, SECRETS);

        assertThat(ids(pages)).isEqualTo(ids(whole));
        for (Identity identity : whole.identities()) {
            Credential fromPages = identity(pages, identity.id()).credentials().get(0);
            Credential fromWhole = identity.credentials().get(0);
            assertThat(fromPages.createdAt()).isEqualTo(fromWhole.createdAt());
            assertThat(fromPages.lastRotatedAt()).isEqualTo(fromWhole.lastRotatedAt());
        }
        assertThat(credential(identity(pages, SE + "secret2"), SE + "secret2").origin().location())
                .isEqualTo("document 2 /value/0");
        assertThat(pages.warnings()).isEmpty();
    }

    @Test
    void aLastPageThatLinksToAnotherIsWarnedAbout() {
        Inventory first = importFiles(importer, PAGE1);

        assertThat(ids(first)).containsExactly(SE + "secret1");
        assertThat(first.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 1");
            assertThat(w.message()).isEqualTo("the last page has a nextLink: the objects on the pages after it are "
                    + "not in this file.");
        });
        assertThat(importFiles(importer, PAGE1, PAGE2).warnings()).as("pages as separate files: the first still warns")
                .hasSize(1);
    }

    @Test
    void restCertificateListGivesCertificatesWithTheirExpiry() {
        Identity cert = identity(importFiles(importer, CERTIFICATES), CERT1);

        assertThat(cert.name()).isEqualTo("cert1");
        assertThat(cert.account()).isEqualTo("cli-test-kv-ct-000002");
        Credential certificate = credential(cert, CERT1);
        assertThat(certificate.kind()).isEqualTo(CredentialKind.CERTIFICATE);
        assertThat(certificate.createdAt()).isEqualTo(Instant.parse("2021-10-15T06:08:55Z"));
        assertThat(certificate.expiresAt()).isEqualTo(Instant.parse("2026-10-15T06:08:55Z"));
        assertThat(certificate.fingerprint()).as("x5t is SHA-1, not the SHA-256 fingerprints trustmap keeps").isNull();
    }

    @Test
    void theSecretBehindACertificateIsThatCertificateAndNotCountedTwice() {
        Identity alone = identity(importFiles(importer, BACKED), CERT1);
        Credential backing = credential(alone, CERT1);
        assertThat(backing.kind()).isEqualTo(CredentialKind.CERTIFICATE);
        assertThat(backing.expiresAt()).isEqualTo(Instant.parse("2025-12-15T06:09:36Z"));
        assertThat(backing.createdAt()).isEqualTo(Instant.parse("2021-10-15T06:09:36Z"));

        Inventory both = importFiles(importer, CERTIFICATES, BACKED);

        assertThat(ids(both)).containsExactly(CERT1);
        assertThat(identity(both, CERT1).credentials()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CredentialKind.CERTIFICATE);
            assertThat(c.expiresAt()).as("the first file read").isEqualTo(Instant.parse("2026-10-15T06:08:55Z"));
        });
    }

    // --- az -o json: ISO times, name, tags ---

    @Test
    void azSecretListReadsIsoTimesTagsAndTheEnabledFlag() {
        Inventory inventory = importFiles(importer, AZ_SECRETS);

        assertThat(ids(inventory)).containsExactly(PAYMENTS + "certificates/api-gateway-tls",
                PAYMENTS + "secrets/old-webhook-signing-key", PAYMENTS + "secrets/sql-admin-password");
        Identity sql = identity(inventory, PAYMENTS + "secrets/sql-admin-password");
        assertThat(sql.account()).as("the vault's name, whatever its case in the id").isEqualTo("kv-payments-prod");
        assertThat(sql.technicalOwner()).isEqualTo("dba-team@example.com");
        assertThat(sql.environment()).isEqualTo("prod");
        assertThat(sql.businessOwner()).isNull();
        Credential password = credential(sql, PAYMENTS + "secrets/sql-admin-password");
        assertThat(password.kind()).as("contentType is free text and not read").isEqualTo(CredentialKind.API_KEY);
        assertThat(password.createdAt()).isEqualTo(Instant.parse("2025-04-02T10:15:30Z"));
        assertThat(password.lastRotatedAt()).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(password.expiresAt()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
        Identity old = identity(inventory, PAYMENTS + "secrets/old-webhook-signing-key");
        assertThat(old.status()).isEqualTo("disabled");
        assertThat(credential(old, old.id()).active()).isFalse();
        assertThat(credential(old, old.id()).expiresAt()).isNull();
    }

    @Test
    void azSecretAndCertificateListsOfOneVaultGiveOneCertificate() {
        Inventory inventory = importFiles(importer, AZ_SECRETS, AZ_CERTIFICATES);

        assertThat(inventory.identities()).hasSize(3);
        Identity tls = identity(inventory, PAYMENTS + "certificates/api-gateway-tls");
        assertThat(tls.sources()).containsExactly("azure-keyvault");
        assertThat(tls.technicalOwner()).isEqualTo("edge-team@example.com");
        assertThat(tls.credentials()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CredentialKind.CERTIFICATE);
            assertThat(c.expiresAt()).isEqualTo(Instant.parse("2027-01-20T11:00:00Z"));
            assertThat(c.origin().location()).isEqualTo("/2");
        });
    }

    // --- secret values exported by mistake ---

    @Test
    void aSecretBundleIsReadWithoutItsValueAndWithoutItsVersion() throws IOException {
        Path shown = write("show.json", """
                {
                  "attributes": {"created": "2025-11-05T22:13:34+00:00", "enabled": true, "expires": null,
                    "notBefore": null, "recoverableDays": 90, "recoveryLevel": "Recoverable+Purgeable",
                    "updated": "2025-11-05T22:13:34+00:00"},
                  "contentType": null,
                  "id": "https://kv-payments-prod.vault.azure.net/secrets/sql-admin-password/66b24dd6c8844f9490becfb896c3545f",
                  "kid": null, "managed": null, "name": "sql-admin-password", "tags": {},
                  "value": "CANARY-KEYVAULT-d41c9a77"
                }
                {"value":"CANARY-KEYVAULT-REST-5e21","id":"https://kv-payments-prod.vault.azure.net:443/secrets/api-key/0f1e2d3c4b5a69788796a5b4c3d2e1f0","attributes":{"enabled":true,"created":1762380814,"updated":1762380814}}
                """);

        Inventory inventory = importFiles(importer, shown);

        assertThat(ids(inventory)).containsExactly(PAYMENTS + "secrets/api-key",
                PAYMENTS + "secrets/sql-admin-password");
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
        assertThat(credential(identity(inventory, PAYMENTS + "secrets/api-key"), PAYMENTS + "secrets/api-key")
                .createdAt()).isEqualTo(Instant.ofEpochSecond(1762380814));
    }

    // --- edge cases ---

    @Test
    void aDeletedSecretIsDecommissioned() throws IOException {
        Path deleted = write("deleted.json", """
                {"value":[{"recoveryId":"https://kv-payments-prod.vault.azure.net/deletedsecrets/legacy-token",
                "deletedDate":1788000000,"scheduledPurgeDate":1795776000,
                "id":"https://kv-payments-prod.vault.azure.net/secrets/legacy-token",
                "attributes":{"enabled":true,"created":1700000000,"updated":1700000000,
                "recoveryLevel":"Recoverable+Purgeable","recoverableDays":90}}],"nextLink":null}
                """);

        Identity legacy = identity(importFiles(importer, deleted), PAYMENTS + "secrets/legacy-token");

        assertThat(legacy.status()).isEqualTo("decommissioned");
        assertThat(legacy.decommissionOn()).isEqualTo(Instant.ofEpochSecond(1788000000));
        assertThat(legacy.credentials().get(0).active()).isFalse();
    }

    @Test
    void anEmptyListNamesNoVaultSoItNeedsItsSourceKeyAndHoldsNothing() throws IOException {
        Path empty = write("empty.json", "{\"value\":[],\"nextLink\":null}");

        assertThat(importer.recognises(new EvidenceFile(empty).head())).isFalse();
        Inventory inventory = importFiles(importer, empty);
        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void missingAttributesAndUnknownFieldsAreNotGuessed() throws IOException {
        Path sparse = write("sparse.json", """
                [{"id": "https://kv-payments-prod.vault.azure.net/secrets/bare", "somethingNew": [1, {"a": null}]}]
                """);

        Identity bare = identity(importFiles(importer, sparse), PAYMENTS + "secrets/bare");

        assertThat(bare.status()).isNull();
        assertThat(bare.credentials()).singleElement().satisfies(c -> {
            assertThat(c.active()).isNull();
            assertThat(c.createdAt()).isNull();
            assertThat(c.expiresAt()).isNull();
        });
    }

    @Test
    void aKeyOrAnotherUrlIsABadRowNamingItsPointer() throws IOException {
        Path keys = write("keys.json", """
                {"value":[
                {"kid":"x","id":"https://kv-payments-prod.vault.azure.net/keys/signing","attributes":{"enabled":true}},
                {"attributes":{"enabled":true}},
                {"id":"https://kv-payments-prod.vault.azure.net/secrets/ok","attributes":{"exp":"soon"}},
                "secret"
                ],"nextLink":null}
                """);

        assertThatThrownBy(() -> importFiles(importer, keys)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo("keys.json");
            assertThat(problem.location()).isEqualTo("line 2, /value/0/id");
            assertThat(problem.message()).startsWith("expected a Key Vault secret or certificate identifier");
        });
        Inventory skipped = importFiles(importer, true, keys);
        assertThat(skipped.identities()).isEmpty();
        assertThat(skipped.warnings()).extracting(InputProblem::location).containsExactly("line 2, /value/0/id",
                "line 3, /value/1", "line 4, /value/2/attributes/exp", "line 5, /value/3");
    }

    @Test
    void malformedJsonFailsWithFileAndPosition() throws IOException {
        Path truncated = write("cut.json", Files.readString(AZ_SECRETS).substring(0, 300));

        assertCutShortFails(importer, truncated);
    }

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getParent().getFileName().toString().equals("keyvault");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
        }
    }
}
