package dev.trustmap.evidence.openai;

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

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenAiImporterTest {

    private static final String DIR = "dev/trustmap/evidence/openai/";
    private static final Path ADMIN = resource(DIR + "openai-openapi_admin-api-keys-list_example.json");
    private static final Path PROJECT_KEYS = resource(DIR + "openai-openapi_project-api-keys-list_example.json");
    private static final Path SERVICE_ACCOUNTS = resource(DIR + "openai-openapi_project-service-accounts-list_example"
            + ".json");
    private static final Path PAGES_ARRAY = resource(DIR + "project-pages-array.json");
    private static final Path ADMIN_PAGES = resource(DIR + "admin-keys-back-to-back.json");

    private final OpenAiImporter importer = new OpenAiImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    // --- OpenAI's own examples ---

    @Test
    void anAdminKeyOwnedByAServiceAccountIsAPrivilegedCredentialOfThatServiceAccount() {
        Inventory inventory = importFiles(importer, ADMIN);

        assertThat(ids(inventory)).containsExactly("openai:sa_456");
        Identity account = identity(inventory, "openai:sa_456");
        assertThat(account.name()).isEqualTo("My Service Account");
        assertThat(account.platform()).isEqualTo("openai");
        assertThat(account.account()).as("the project is not in the response").isNull();
        assertThat(account.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(account.lane()).isEqualTo(Lane.AI);
        assertThat(account.privileged()).isTrue();
        assertThat(account.privilegeReason()).startsWith("OpenAI Admin API key");
        Credential key = credential(account, "key_abc");
        assertThat(key.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(key.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(key.active()).as("admin keys carry no access flag").isNull();
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2024-03-26T16:45:33Z"));
        assertThat(key.lastUsedAt()).isEqualTo(Instant.parse("2024-03-26T16:45:34Z"));
        assertThat(key.expiresAt()).isEqualTo(Instant.parse("2024-04-25T16:45:33Z"));
        assertThat(key.origin().location()).isEqualTo("/data/0");
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void aUserOwnedProjectKeyIsAnIdentityOfItsOwnActingOnThatPersonsAuthority() {
        Inventory inventory = importFiles(importer, PROJECT_KEYS);

        Identity key = identity(inventory, "openai:key_abc");
        assertThat(key.name()).isEqualTo("My API Key");
        assertThat(key.actorClass()).isEqualTo(ActorClass.AI_ASSISTANT);
        assertThat(key.actorClassReason()).isEqualTo("OpenAI API key of user user@example.com: software calling an AI "
                + "platform on that person's authority");
        assertThat(key.technicalOwner()).isEqualTo("user@example.com");
        assertThat(key.onBehalfOf()).isEqualTo("user@example.com");
        assertThat(key.status()).isEqualTo("active");
        assertThat(key.privileged()).isNull();
        Credential credential = credential(key, "key_abc");
        assertThat(credential.active()).isTrue();
        assertThat(credential.createdAt()).isEqualTo(Instant.parse("2024-03-26T16:45:33Z"));
        assertThat(credential.lastUsedAt()).isEqualTo(Instant.parse("2024-03-26T16:45:34Z"));
        assertThat(credential.expiresAt()).isNull();
        assertThat(inventory.warnings()).as("last_id key_xyz does not match the page: never checked").isEmpty();
    }

    @Test
    void aListedServiceAccountIsAnActiveAiAgentAndAProjectOwnerIsPrivileged() {
        Identity account = identity(importFiles(importer, SERVICE_ACCOUNTS), "openai:svc_acct_abc");

        assertThat(account.name()).isEqualTo("Service Account");
        assertThat(account.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(account.status()).isEqualTo("active");
        assertThat(account.privileged()).isTrue();
        assertThat(account.privilegeReason()).isEqualTo("OpenAI project role owner: manages the project's keys and "
                + "members");
        assertThat(account.credentials()).isEmpty();
        assertThat(account.lastUsedAt()).as("service accounts carry no last use").isNull();
    }

    @Test
    void redactedValuesAreNeverKept() {
        String kept = everythingKept(importFiles(importer, ADMIN, PROJECT_KEYS, PAGES_ARRAY, ADMIN_PAGES));

        assertThat(kept).doesNotContain("sk-admin", "sk-abc", "sk-svca", "sk-proj", "...def");
    }

    @Test
    void theEvidencePackCopyReplacesEveryRedactedValue() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceFile file = new EvidenceFile(PAGES_ARRAY);

        importer.redaction(file.head()).copy(file, out);

        String copy = out.toString(StandardCharsets.UTF_8);
        assertThat(copy).doesNotContain("sk-svca", "sk-proj").contains("REDACTED");
        assertThat(copy).contains("key_triage_prod");
    }

    // --- hand-made: pages in an array, back to back, both owner shapes ---

    @Test
    void pagesInOneArrayMergeAServiceAccountWithItsKeys() {
        Inventory inventory = importFiles(importer, PAGES_ARRAY);

        assertThat(ids(inventory)).containsExactly("openai:key_notebook", "openai:svc_acct_evals",
                "openai:svc_acct_triage");
        Identity triage = identity(inventory, "openai:svc_acct_triage");
        assertThat(triage.name()).isEqualTo("support-triage-bot");
        assertThat(triage.status()).isEqualTo("active");
        assertThat(triage.privileged()).as("role member").isNull();
        Credential key = credential(triage, "key_triage_prod");
        assertThat(key.lastUsedAt()).isEqualTo(Instant.parse("2026-09-21T14:13:20Z"));
        assertThat(key.origin().location()).isEqualTo("/1/data/0");
        assertThat(identity(inventory, "openai:svc_acct_evals").privileged()).isTrue();
    }

    @Test
    void aKeyWhoseOwnerLostProjectAccessIsInactiveAndItsNullLastUseIsNotRecorded() {
        Identity notebook = identity(importFiles(importer, PAGES_ARRAY), "openai:key_notebook");

        assertThat(notebook.status()).isEqualTo("disabled");
        assertThat(notebook.technicalOwner()).isEqualTo("dana@example.com");
        Credential key = credential(notebook, "key_notebook");
        assertThat(key.active()).isFalse();
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(key.lastUsedAt()).isNull();
    }

    @Test
    void hasMoreOnTheLastPageReadIsWarnedAbout() {
        Inventory array = importFiles(importer, PAGES_ARRAY);
        assertThat(array.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("project-pages-array.json");
            assertThat(w.message()).startsWith("has_more is true on the last page");
        });

        Inventory backToBack = importFiles(importer, ADMIN_PAGES);
        assertThat(backToBack.warnings()).as("the first page's has_more is answered by the second").isEmpty();
    }

    @Test
    void adminKeysOfAUserAndOfAServiceAccountBackToBack() {
        Inventory inventory = importFiles(importer, ADMIN_PAGES);

        assertThat(ids(inventory)).containsExactly("openai:key_admin_ops", "openai:sa_sync");
        Identity ops = identity(inventory, "openai:key_admin_ops");
        assertThat(ops.actorClass()).isEqualTo(ActorClass.AI_ASSISTANT);
        assertThat(ops.technicalOwner()).as("no email in a flat owner: the name").isEqualTo("Lee Park");
        assertThat(ops.privileged()).isTrue();
        assertThat(credential(ops, "key_admin_ops").expiresAt()).isNull();
        Identity sync = identity(inventory, "openai:sa_sync");
        assertThat(sync.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        Credential key = credential(sync, "key_admin_sync");
        assertThat(key.expiresAt()).isEqualTo(Instant.parse("2027-01-26T21:46:40Z"));
        assertThat(key.lastUsedAt()).isNull();
        assertThat(key.origin().location()).isEqualTo("document 2 /data/0");
    }

    @Test
    void unknownFieldsAreIgnoredAndAKeyWithoutOwnerStandsAlone() throws IOException {
        Path file = write("no-owner.json", """
                {"object":"list","data":[{"object":"organization.project.api_key","id":"key_x","name":null,
                 "created_at":1767225600,"last_used_at":null,"owner":null,"scopes":["model.read"]}],"has_more":false}
                """);

        Identity key = identity(importFiles(importer, file), "openai:key_x");

        assertThat(key.name()).isEqualTo("key_x");
        assertThat(key.technicalOwner()).isNull();
        assertThat(key.onBehalfOf()).isNull();
        assertThat(key.scopes()).isEmpty();
    }

    @Test
    void unreadableRecordsAreBadRowsNamingTheirLineAndPointer() throws IOException {
        Path bad = write("bad.json", """
                {"object":"list","data":[
                {"object":"organization.project.api_key","name":"no id"},
                {"object":"organization.project.api_key","id":"key_a","created_at":"last week"},
                {"object":"organization.project.api_key","id":"key_b","owner":{"type":"robot"}},
                {"object":"organization.project.api_key","id":"key_c","owner_project_access":"maybe"},
                {"object":"organization.project","id":"proj_1"},
                "key_d"
                ],"has_more":false}
                """);

        assertThatThrownBy(() -> importFiles(importer, bad)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo("bad.json");
            assertThat(problem.location()).isEqualTo("line 2, /data/0");
            assertThat(problem.message()).contains("no id");
        });
        Inventory skipped = importFiles(importer, true, bad);
        assertThat(skipped.identities()).isEmpty();
        assertThat(skipped.warnings()).extracting(InputProblem::location).containsExactly("line 2, /data/0",
                "line 3, /data/1/created_at", "line 4, /data/2/owner", "line 5, /data/3/owner_project_access",
                "line 6, /data/4/object", "line 7, /data/5");
        assertThat(skipped.warnings().get(4).message()).contains("found 'organization.project'");
    }

    @Test
    void malformedJsonFailsWithFileAndPosition() throws IOException {
        Path truncated = write("cut.json", Files.readString(ADMIN).substring(0, 200));

        assertCutShortFails(importer, truncated);
    }

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getParent().getFileName().toString().equals("openai");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
            if (own) {
                assertThat(Importers.all().detect(new EvidenceFile(sample)).source()).isEqualTo("openai");
            }
        }
    }
}
