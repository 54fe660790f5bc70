package dev.trustmap.evidence.github;

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
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubCredentialImporterTest {

    private static final String DIR = "dev/trustmap/evidence/github/";
    private static final Path GRANT_SAMPLE = resource(DIR
            + "github-openapi-example_organization-programmatic-access-grant-paginated.json");
    private static final Path KEY_SAMPLE = resource(DIR + "github-openapi-example_deploy-key-items.json");
    private static final Path GRANT_PAGES = resource(DIR + "pat-grants-pages.json");
    private static final Path KEYS_API = resource(DIR + "deploy-keys-acme-api.json");
    private static final Path KEYS_WEB = resource(DIR + "deploy-keys-acme-web.json");

    private final GitHubCredentialImporter importer = new GitHubCredentialImporter();

    @Test
    void sampleGrantIsAnIntegrationTokenOwnedByItsUser() {
        Inventory inventory = importFiles(importer, GRANT_SAMPLE);

        Identity grant = identity(inventory, "github-pat:98716");
        assertThat(grant.name()).isEqualTo("Some Token");
        assertThat(grant.platform()).isEqualTo("github");
        assertThat(grant.account()).as("/organizations/652551/ names no org login").isNull();
        assertThat(grant.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        assertThat(grant.actorClassReason()).isEqualTo("fine-grained personal access token");
        assertThat(grant.technicalOwner()).isEqualTo("octocat");
        assertThat(grant.scopes()).containsExactly("organization:members:read", "repository:metadata:read");
        assertThat(grant.privileged()).isFalse();
        Credential token = credential(grant, "98716");
        assertThat(token.kind()).isEqualTo(CredentialKind.PERSONAL_ACCESS_TOKEN);
        assertThat(token.createdAt()).isEqualTo(Instant.parse("2023-05-16T15:47:09Z"));
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2023-11-16T15:47:09Z"));
        assertThat(token.lastUsedAt()).isNull();
        assertThat(token.active()).isTrue();
        assertThat(token.fingerprint()).isNull();
        assertThat(token.origin().location()).isEqualTo("/0");
    }

    @Test
    void sampleDeployKeyIsAReadOnlyPipelineKeyOfItsRepository() {
        Identity key = identity(importFiles(importer, KEY_SAMPLE), "github-deploy-key:1");

        assertThat(key.name()).isEqualTo("octocat@octomac");
        assertThat(key.account()).isEqualTo("octocat/Hello-World");
        assertThat(key.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(key.actorClassReason()).isEqualTo("repository deploy key");
        assertThat(key.technicalOwner()).isEqualTo("octocat");
        assertThat(key.scopes()).containsExactly("repo:read");
        Credential ssh = credential(key, "1");
        assertThat(ssh.kind()).isEqualTo(CredentialKind.SSH_KEY);
        assertThat(ssh.createdAt()).isEqualTo(Instant.parse("2014-12-10T15:53:42Z"));
        assertThat(ssh.lastUsedAt()).isEqualTo(Instant.parse("2022-01-10T15:53:42Z"));
        assertThat(ssh.expiresAt()).isNull();
        assertThat(ssh.active()).isTrue();
        assertThat(ssh.fingerprint()).isEqualTo(publicKeyDigest("ssh-rsa AAA..."));
    }

    @Test
    void pagesBackToBackAreOneList() {
        Inventory inventory = importFiles(importer, GRANT_PAGES);

        assertThat(ids(inventory)).containsExactly("github-pat:700101", "github-pat:700102", "github-pat:700103");
        Identity release = identity(inventory, "github-pat:700101");
        assertThat(release.account()).isEqualTo("acme");
        assertThat(release.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(release.actorClassReason()).isEqualTo("name contains 'release'");
        assertThat(release.technicalOwner()).isEqualTo("mona");
        assertThat(release.scopes()).containsExactly("repository:contents:write", "repository:metadata:read",
                "repository:pull_requests:write");
        assertThat(release.privileged()).isFalse();
        Credential noExpiry = credential(release, "700101");
        assertThat(noExpiry.expiresAt()).isNull();
        assertThat(noExpiry.createdAt()).isEqualTo(Instant.parse("2025-02-03T18:11:12Z"));
        assertThat(noExpiry.lastUsedAt()).isEqualTo(Instant.parse("2026-09-29T05:05:00Z"));
    }

    @Test
    void organizationAdministrationWriteAndAnyAdminArePrivileged() {
        Inventory inventory = importFiles(importer, GRANT_PAGES);

        Identity datadog = identity(inventory, "github-pat:700102");
        assertThat(datadog.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        assertThat(datadog.actorClassReason()).isEqualTo("name contains 'datadog'");
        assertThat(datadog.privileged()).isTrue();
        assertThat(datadog.privilegeReason()).isEqualTo("permission organization:administration:write");
        Identity report = identity(inventory, "github-pat:700103");
        assertThat(report.privileged()).isTrue();
        assertThat(report.privilegeReason()).isEqualTo("permission repository:administration:admin");
    }

    @Test
    void expiredTokenIsInactive() {
        Credential expired = credential(identity(importFiles(importer, GRANT_PAGES), "github-pat:700102"), "700102");

        assertThat(expired.active()).isFalse();
        assertThat(expired.expiresAt()).isEqualTo(Instant.parse("2025-07-01T07:00:00Z"));
        assertThat(expired.createdAt()).isEqualTo(Instant.parse("2024-07-01T07:00:00Z"));
    }

    @Test
    void pendingRequestsAreSkippedWithOneWarning() {
        Inventory inventory = importFiles(importer, GRANT_PAGES);

        assertThat(ids(inventory)).doesNotContain("github-pat:700104");
        assertThat(inventory.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("skipped 1 pending token requests"));
    }

    @Test
    void deployKeysFromSeveralFilesAndPagesOnOneLine() {
        Inventory inventory = importFiles(importer, KEYS_API, KEYS_WEB, KEY_SAMPLE);

        assertThat(ids(inventory)).containsExactly("github-deploy-key:1", "github-deploy-key:88001",
                "github-deploy-key:88002", "github-deploy-key:88003", "github-deploy-key:88004");
        Identity argo = identity(inventory, "github-deploy-key:88001");
        assertThat(argo.account()).isEqualTo("acme/api");
        assertThat(argo.scopes()).containsExactly("repo:write");
        Identity mirror = identity(inventory, "github-deploy-key:88002");
        assertThat(credential(mirror, "88002").active()).as("no enabled field: enabled").isTrue();
        assertThat(credential(mirror, "88002").lastUsedAt()).isNull();
        Credential disabled = credential(identity(inventory, "github-deploy-key:88003"), "88003");
        assertThat(disabled.active()).isFalse();
        assertThat(disabled.lastUsedAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        Identity docs = identity(inventory, "github-deploy-key:88004");
        assertThat(docs.account()).isEqualTo("acme/web");
        assertThat(credential(docs, "88004").origin().location()).isEqualTo("document 2 /0");
    }

    @Test
    void sameKeyWithACommentHasTheSameFingerprint(@TempDir Path dir) throws IOException {
        Path commented = Files.writeString(dir.resolve("keys.json"), Files.readString(KEY_SAMPLE)
                .replace("\"ssh-rsa AAA...\"", "\"ssh-rsa AAA... deploy@ci\""));

        assertThat(credential(identity(importFiles(importer, commented), "github-deploy-key:1"), "1").fingerprint())
                .isEqualTo(publicKeyDigest("ssh-rsa AAA..."));
    }

    @Test
    void fieldsOutsideTheFormatAreNeverKept() {
        String kept = everythingKept(importFiles(importer, GRANT_PAGES, KEYS_API, KEYS_WEB));

        assertThat(kept).doesNotContain("CANARY").doesNotContain("github_pat_");
    }

    @Test
    void truncatedPageFailsWithItsLine(@TempDir Path dir) throws IOException {
        String text = Files.readString(GRANT_PAGES);
        String cut = text.substring(0, text.indexOf("\"token_name\": \"nightly report\""));
        Path truncated = Files.writeString(dir.resolve("grants.json"), cut);

        assertThatThrownBy(() -> importFiles(importer, truncated))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).startsWith("line " + cut.split("\n", -1).length);
                    assertThat(problem.message()).contains("truncated");
                });
    }

    @Test
    void unreadableDateIsABadRowAndCanBeSkipped(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("grants.json"), Files.readString(GRANT_PAGES)
                .replace("\"2026-01-15T08:00:00.000Z\"", "\"mid-January\""));

        assertThatThrownBy(() -> importFiles(importer, bad))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.message())
                            .isEqualTo("expected an ISO-8601 time in access_granted_at, found 'mid-January'.");
                    // The element's opening brace sits on the line before its "id".
                    assertThat(problem.location())
                            .isEqualTo("line " + (lineOf(bad, "\"id\": 3103") - 1) + ", document 2 /0");
                });
        Inventory skipped = importFiles(importer, true, bad);
        assertThat(ids(skipped)).containsExactly("github-pat:700101", "github-pat:700102");
        assertThat(skipped.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("skipped: expected"));
    }

    @Test
    void errorResponseSaysWhatGitHubAnswered(@TempDir Path dir) throws IOException {
        Path error = Files.writeString(dir.resolve("grants.json"), "{\n  \"message\": \"Must have admin rights to "
                + "Repository.\",\n  \"documentation_url\": \"https://docs.github.com/rest/deploy-keys\"\n}\n");

        assertThatThrownBy(() -> importFiles(importer, error))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("Must have admin rights to Repository."));
    }

    @Test
    void objectsOfAnotherShapeAreAStructuralError(@TempDir Path dir) throws IOException {
        Path other = Files.writeString(dir.resolve("repos.json"), "[\n{\"id\": 1, \"name\": \"Hello-World\"}\n]");

        assertThatThrownBy(() -> importFiles(importer, other))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems().get(0).location()).isEqualTo("line 2, /0");
                    assertThat(e.problems().get(0).message()).contains("fields id, name");
                });
    }

    @Test
    void generatedOrgWithThousandsOfGrantsOverManyPages(@TempDir Path dir) throws IOException {
        int n = 3000;
        StringBuilder json = new StringBuilder();
        for (int page = 0; page < n / 100; page++) {
            json.append("[\n");
            for (int j = 0; j < 100; j++) {
                int i = page * 100 + j;
                json.append("  {\"id\": ").append(i).append(", \"owner\": {\"login\": \"user").append(i % 50)
                        .append("\"}, \"repository_selection\": \"all\", \"repositories_url\": ")
                        .append("\"https://api.github.com/orgs/bigcorp/personal-access-tokens/").append(i)
                        .append("/repositories\", \"permissions\": {\"repository\": {\"contents\": \"")
                        .append(i % 7 == 0 ? "admin" : "read").append("\"}}, \"access_granted_at\": ")
                        .append("\"2025-03-01T00:00:00.000-05:00\", \"token_id\": ").append(100000 + i)
                        .append(", \"token_name\": \"").append(i % 2 == 0 ? "deploy-" : "reader-").append(i)
                        .append("\", \"token_expired\": ").append(i % 10 == 0).append(", \"token_expires_at\": ")
                        .append(i % 4 == 0 ? "null" : "\"2026-03-01T00:00:00.000-05:00\"")
                        .append(", \"token_last_used_at\": null}").append(j == 99 ? "\n" : ",\n");
            }
            json.append("]\n");
        }
        Path big = Files.writeString(dir.resolve("grants.json"), json);

        Inventory inventory = importFiles(importer, big);

        assertThat(inventory.identities()).hasSize(n);
        assertThat(inventory.identities().stream().filter(i -> Boolean.TRUE.equals(i.privileged())).count())
                .isEqualTo(429);
        Identity last = identity(inventory, "github-pat:102999");
        assertThat(last.account()).isEqualTo("bigcorp");
        assertThat(last.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        assertThat(credential(last, "102999").expiresAt()).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
        assertThat(credential(last, "102999").origin().location()).isEqualTo("document 30 /99");
        assertThat(identity(inventory, "github-pat:102990").actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(credential(identity(inventory, "github-pat:102990"), "102990").active()).isFalse();
    }

    @Test
    void recognisesGrantsAndDeployKeysOnly() {
        for (Path own : new Path[] {GRANT_SAMPLE, KEY_SAMPLE, GRANT_PAGES, KEYS_API, KEYS_WEB}) {
            assertThat(importer.recognises(new EvidenceFile(own).head())).as(own.toString()).isTrue();
        }
        for (String other : new String[] {"kubernetes/secrets-kubectl.json", "kubernetes/serviceaccounts-kubectl.json",
                "vault/vault-docs_auth-token-lookup_sample-response.json", "vault/token-lookups.jsonl",
                "vault/lease-lookups.json"}) {
            Path path = resource("dev/trustmap/evidence/" + other);
            assertThat(importer.recognises(new EvidenceFile(path).head())).as(other).isFalse();
        }
    }

    @Test
    void personalSshKeysAreNotDeployKeys(@TempDir Path dir) throws IOException {
        Path userKeys = Files.writeString(dir.resolve("keys.json"), "[{\"key\": \"ssh-ed25519 AAAAuser\", \"id\": 2, "
                + "\"url\": \"https://api.github.com/user/keys/2\", \"title\": \"laptop\", \"created_at\": "
                + "\"2020-02-20T12:00:00Z\", \"verified\": true, \"read_only\": false}]");

        assertThat(importer.recognises(new EvidenceFile(userKeys).head())).isFalse();
        Inventory inventory = importFiles(importer, userKeys);
        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("personal SSH keys"));
    }

    private static int lineOf(Path file, String text) {
        try {
            String[] lines = Files.readString(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(text + " not in " + file);
    }

    /** A public key is no secret: its fingerprint is its plain digest, under any fingerprint key or none. */
    private static String publicKeyDigest(String key) {
        return "sha256:" + Fingerprints.sha256Hex(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 16);
    }
}
