package dev.trustmap.evidence.vault;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultLookupImporterTest {

    private static final String DIR = "dev/trustmap/evidence/vault/";
    private static final Path TOKEN_SAMPLE = resource(DIR + "vault-docs_auth-token-lookup_sample-response.json");
    private static final Path LEASE_SAMPLE = resource(DIR + "vault-docs_sys-leases-lookup_sample-response.json");
    private static final Path LOOKUPS = resource(DIR + "token-lookups.jsonl");
    private static final Path CONCATENATED = resource(DIR + "token-lookups-concatenated.json");
    private static final Path LEASES = resource(DIR + "lease-lookups.json");

    private final VaultLookupImporter importer = new VaultLookupImporter();

    @Test
    void docsSampleTokenIsNamedByItsAccessorAndKeepsOnlyAFingerprint() {
        Inventory inventory = importFiles(importer, TOKEN_SAMPLE);

        Identity token = identity(inventory, "vault-token:8609694a-cdbc-db9b-d345-e782dbb562ed");
        assertThat(token.name()).isEqualTo("ldap2-tesla");
        assertThat(token.platform()).isEqualTo("vault");
        assertThat(token.account()).isNull();
        assertThat(token.actorClass()).isEqualTo(ActorClass.HUMAN);
        assertThat(token.actorClassReason()).isEqualTo("logged in through ldap auth (auth/ldap2/), which people use");
        assertThat(token.scopes()).containsExactly("default", "testgroup2-policy", "dev-group-policy");
        assertThat(token.privileged()).isNull();
        Credential credential = credential(token, "8609694a-cdbc-db9b-d345-e782dbb562ed");
        assertThat(credential.kind()).isEqualTo(CredentialKind.OAUTH_TOKEN);
        assertThat(credential.createdAt()).isEqualTo(Instant.parse("2018-04-17T15:35:54Z"));
        assertThat(credential.expiresAt()).isEqualTo(Instant.parse("2018-05-19T15:35:54.466476215Z"));
        assertThat(credential.ttlSeconds()).isEqualTo(2764800L);
        assertThat(credential.lastUsedAt()).isNull();
        assertThat(credential.active()).isTrue();
        assertThat(credential.fingerprint()).isEqualTo(Fingerprints.ofSecret("cf64a70f-3a12-3f6c-791d-6cef6d390eed"));
        assertThat(everythingKept(inventory)).doesNotContain("cf64a70f-3a12-3f6c-791d-6cef6d390eed");
    }

    @Test
    void docsSampleLeaseBelongsToThePathThatIssuedIt() {
        Identity issuer = identity(importFiles(importer, LEASE_SAMPLE), "vault-lease:auth/token/create");

        assertThat(issuer.name()).isEqualTo("auth/token/create");
        assertThat(issuer.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        Credential lease = credential(issuer, "auth/token/create/25c75065466dfc5f920525feafe47502c4c9915c");
        assertThat(lease.kind()).isEqualTo(CredentialKind.OAUTH_TOKEN);
        assertThat(lease.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(lease.createdAt()).isEqualTo(Instant.parse("2017-04-30T14:18:11.228946471Z"));
        assertThat(lease.expiresAt()).isEqualTo(Instant.parse("2017-04-30T15:18:11.228946708Z"));
        assertThat(lease.ttlSeconds()).isNull();
    }

    @Test
    void rootTokenNeverExpiresAndIsPrivileged() {
        Identity root = identity(importFiles(importer, LOOKUPS), "vault-token:Xk2BqJ9vRootAccessor00000");

        assertThat(root.privileged()).isTrue();
        assertThat(root.privilegeReason()).isEqualTo("root policy");
        assertThat(root.scopes()).containsExactly("root");
        Credential token = credential(root, "Xk2BqJ9vRootAccessor00000");
        assertThat(token.kind()).as("never expires: a static secret").isEqualTo(CredentialKind.SERVICE_ACCOUNT_TOKEN);
        assertThat(token.expiresAt()).isNull();
        assertThat(token.ttlSeconds()).isNull();
        assertThat(token.createdAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(token.fingerprint()).isEqualTo(Fingerprints.ofSecret("hvs.CANARYrootTOKENdoNotKeep0000001"));
    }

    @Test
    void machineLoginsAndNamesMakePipelines() {
        Inventory inventory = importFiles(importer, LOOKUPS);

        Identity approle = identity(inventory, "vault-token:a1b2c3d4-approle-accessor");
        assertThat(approle.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(approle.actorClassReason())
                .isEqualTo("logged in through AppRole (auth/approle/), which machines use");
        Credential token = credential(approle, "a1b2c3d4-approle-accessor");
        assertThat(token.ttlSeconds()).isEqualTo(3600L);
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-09-21T22:13:20.5Z"));
        assertThat(token.createdAt()).isEqualTo(Instant.ofEpochSecond(1790000000));
        Identity ci = identity(inventory, "vault-token:ci-deployer-accessor-0003");
        assertThat(ci.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(ci.actorClassReason()).isEqualTo("display name contains 'ci'");
        Identity repoServer = identity(inventory, "vault-token:k8s-accessor-0004");
        assertThat(repoServer.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(repoServer.actorClassReason()).isEqualTo("display name contains 'argocd'");
        assertThat(repoServer.scopes()).containsExactly("default", "argocd-secrets");
    }

    @Test
    void batchTokenWithoutAccessorIsNamedByItsFingerprint() {
        String fingerprint = Fingerprints.ofSecret("hvb.CANARYbatchTOKEN00000000005");

        Identity batch = identity(importFiles(importer, LOOKUPS), "vault-token:" + fingerprint);

        assertThat(batch.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(credential(batch, fingerprint).fingerprint()).isEqualTo(fingerprint);
        assertThat(credential(batch, fingerprint).ttlSeconds()).isEqualTo(600L);
    }

    @Test
    void prettyLookupsBackToBackMergeWithTheSameTokensFromLines() {
        Inventory alone = importFiles(importer, CONCATENATED);
        assertThat(ids(alone)).containsExactly("vault-token:ci-deployer-accessor-0003",
                "vault-token:userpass-accessor-0006");
        assertThat(credential(identity(alone, "vault-token:ci-deployer-accessor-0003"), "ci-deployer-accessor-0003")
                .fingerprint()).as("looked up by accessor: no token id").isNull();
        Identity reporting = identity(alone, "vault-token:userpass-accessor-0006");
        assertThat(reporting.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(reporting.actorClassReason()).isEqualTo("Vault token");
        assertThat(credential(reporting, "userpass-accessor-0006").origin().location()).isEqualTo("line 30");

        Inventory merged = importFiles(importer, LOOKUPS, CONCATENATED);
        assertThat(merged.identities()).hasSize(6);
        Identity ci = identity(merged, "vault-token:ci-deployer-accessor-0003");
        assertThat(ci.credentials()).singleElement().satisfies(c -> {
            assertThat(c.fingerprint()).isEqualTo(Fingerprints.ofSecret("hvs.CANARYciTOKEN000000000000003"));
            assertThat(c.expiresAt()).isEqualTo(Instant.parse("2026-09-29T08:00:00Z"));
            assertThat(c.ttlSeconds()).isEqualTo(2764800L);
        });
    }

    @Test
    void leasesOfOneRoleShareAnIdentity() {
        Inventory inventory = importFiles(importer, LEASES);

        assertThat(ids(inventory)).containsExactly("vault-lease:aws/creds/ci-deploy",
                "vault-lease:database/creds/readonly");
        Identity readonly = identity(inventory, "vault-lease:database/creds/readonly");
        assertThat(readonly.credentials()).hasSize(2);
        Credential renewed = credential(readonly, "database/creds/readonly/7c1e0b8d-95f3-11ef-8a1e-0242ac120002");
        assertThat(renewed.createdAt()).isEqualTo(Instant.parse("2026-09-30T08:00:00Z"));
        assertThat(renewed.expiresAt()).isEqualTo(Instant.parse("2026-09-30T20:00:00Z"));
        Identity aws = identity(inventory, "vault-lease:aws/creds/ci-deploy");
        assertThat(aws.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(credential(aws, "aws/creds/ci-deploy/Hk3uS6m1Y0rCcSN2KQJdLm8x").origin().location())
                .isEqualTo("/2");
    }

    @Test
    void tokenValuesAreNeverKept() {
        Inventory inventory = importFiles(importer, LOOKUPS, CONCATENATED, TOKEN_SAMPLE, LEASES, LEASE_SAMPLE);

        assertThat(everythingKept(inventory)).doesNotContain("CANARY").doesNotContain("hvs.").doesNotContain("hvb.")
                .doesNotContain("cf64a70f-3a12-3f6c-791d-6cef6d390eed");
    }

    @Test
    void malformedJsonNeverQuotesTheTokenInItsMessage(@TempDir Path dir) throws IOException {
        Path unquoted = Files.writeString(dir.resolve("lookup.json"),
                "{\"data\": {\"accessor\": \"acc-1\", \"id\": hvsCANARYunquotedTOKEN999}}\n");

        assertThatThrownBy(() -> importFiles(importer, unquoted))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems().get(0).location()).startsWith("line 1");
                    assertThat(e.problems().get(0).describe()).doesNotContain("CANARY");
                    assertThat(e.getMessage()).doesNotContain("CANARY");
                });
    }

    @Test
    void truncatedLookupFailsWithItsLineAndNoTokenText(@TempDir Path dir) throws IOException {
        String text = Files.readString(LOOKUPS);
        String cut = text.substring(0, text.indexOf("hvs.CANARYciTOKEN") + 12);
        Path truncated = Files.writeString(dir.resolve("lookups.jsonl"), cut);

        assertThatThrownBy(() -> importFiles(importer, truncated))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).startsWith("line 3");
                    assertThat(problem.message()).contains("truncated");
                    assertThat(problem.describe()).doesNotContain("CANARY");
                });
    }

    @Test
    void unreadableTimeIsABadRowAndCanBeSkipped(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("lookups.jsonl"), Files.readString(LOOKUPS)
                .replace("\"2026-09-21T15:13:20.5-07:00\"", "\"in an hour\""));

        assertThatThrownBy(() -> importFiles(importer, bad))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).isEqualTo("line 2");
                    assertThat(problem.message())
                            .isEqualTo("expected an RFC 3339 time in expire_time, found 'in an hour'.");
                    assertThat(problem.describe()).doesNotContain("CANARY");
                });
        Inventory skipped = importFiles(importer, true, bad);
        assertThat(skipped.identities()).hasSize(4);
        assertThat(ids(skipped)).doesNotContain("vault-token:a1b2c3d4-approle-accessor");
        assertThat(skipped.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 2");
            assertThat(w.message()).startsWith("skipped: expected an RFC 3339 time");
        });
    }

    @Test
    void unreadableSecondsAreABadRow(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("lookups.jsonl"), Files.readString(LOOKUPS)
                .replace("\"creation_ttl\": 86400", "\"creation_ttl\": \"one day\""));

        assertThatThrownBy(() -> importFiles(importer, bad))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).describe())
                        .contains("line 4").contains("creation_ttl").contains("'one day'"));
    }

    @Test
    void errorResponseSaysWhatVaultAnswered(@TempDir Path dir) throws IOException {
        Path error = Files.writeString(dir.resolve("lookup.json"), "{\"errors\":[\"permission denied\"]}\n");

        assertThatThrownBy(() -> importFiles(importer, error))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("permission denied"));
    }

    @Test
    void otherVaultOutputIsAStructuralErrorNamingOnlyFields(@TempDir Path dir) throws IOException {
        Path create = Files.writeString(dir.resolve("create.json"), "{\"request_id\": \"r\", \"auth\": "
                + "{\"client_token\": \"hvs.CANARYcreatedTOKEN\", \"accessor\": \"acc\"}}\n");

        assertThatThrownBy(() -> importFiles(importer, create))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems().get(0).message()).contains("fields request_id, auth");
                    assertThat(e.problems().get(0).describe()).doesNotContain("CANARY");
                });
    }

    @Test
    void generatedThousandsOfLookupsAsJsonLines(@TempDir Path dir) throws IOException {
        int n = 3000;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append("{\"request_id\": \"r").append(i).append("\", \"data\": {\"accessor\": \"acc-").append(i)
                    .append("\", \"creation_time\": ").append(1780000000 + i).append(", \"creation_ttl\": ")
                    .append(i % 5 == 0 ? 0 : 3600).append(", \"display_name\": \"")
                    .append(i % 3 == 0 ? "token-build-" : "svc-")
                    .append(i).append("\", \"expire_time\": ").append(i % 5 == 0 ? "null" : "\"2026-06-01T00:00:00Z\"")
                    .append(", \"id\": \"hvs.CANARYgenerated").append(i).append("\", \"path\": \"auth/token/create\", ")
                    .append("\"policies\": [\"default\"").append(i % 5 == 0 ? ", \"root\"" : "").append("], \"ttl\": ")
                    .append(i % 5 == 0 ? 0 : 100).append("}}\n");
        }
        Path big = Files.writeString(dir.resolve("lookups.jsonl"), lines);

        Inventory inventory = importFiles(importer, big);

        assertThat(inventory.identities()).hasSize(n);
        assertThat(inventory.identities().stream().filter(i -> Boolean.TRUE.equals(i.privileged())).count())
                .isEqualTo(600);
        Identity build = identity(inventory, "vault-token:acc-2997");
        assertThat(build.actorClass()).isEqualTo(ActorClass.PIPELINE);
        Credential token = credential(build, "acc-2997");
        assertThat(token.createdAt()).isEqualTo(Instant.ofEpochSecond(1780002997));
        assertThat(token.origin().location()).isEqualTo("line 2998");
        assertThat(credential(identity(inventory, "vault-token:acc-2995"), "acc-2995").kind())
                .isEqualTo(CredentialKind.SERVICE_ACCOUNT_TOKEN);
        assertThat(everythingKept(inventory)).doesNotContain("CANARY");
    }

    @Test
    void recognisesTokenAndLeaseLookupsOnly() {
        for (Path own : new Path[] {TOKEN_SAMPLE, LEASE_SAMPLE, LOOKUPS, CONCATENATED, LEASES}) {
            assertThat(importer.recognises(new EvidenceFile(own).head())).as(own.toString()).isTrue();
        }
        for (String other : new String[] {"kubernetes/secrets-kubectl.json", "kubernetes/serviceaccounts-kubectl.json",
                "github/github-openapi-example_deploy-key-items.json", "github/pat-grants-pages.json"}) {
            Path path = resource("dev/trustmap/evidence/" + other);
            assertThat(importer.recognises(new EvidenceFile(path).head())).as(other).isFalse();
        }
    }
}
