package dev.trustmap.evidence.sheet;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
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
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventorySheetImporterTest {

    private static final Path SAMPLE = resource("dev/trustmap/evidence/sheet/inventory.csv");
    private static final String AGENT = "agent:support-triage";
    private static final String PAYMENTS = "arn:aws:iam::123456789012:user/payments-deploy-runner";

    private final InventorySheetImporter importer = new InventorySheetImporter();

    @TempDir
    Path dir;

    @Test
    void aiAgentRowsThatAreNotAdjacentBecomeOneIdentityWithBothCredentials() {
        Identity agent = identity(importFiles(importer, SAMPLE), AGENT);

        assertThat(agent.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(agent.actorClassReason()).isEqualTo("stated in the inventory sheet");
        assertThat(agent.platform()).isEqualTo("openai");
        assertThat(agent.account()).isEqualTo("org-acme");
        assertThat(agent.privileged()).isTrue();
        assertThat(agent.scopes()).containsExactly("tickets:read", "tickets:write");
        assertThat(agent.onBehalfOf()).isEqualTo("carol@example.com");
        assertThat(agent.executesAs()).isEqualTo("svc-helpdesk");
        assertThat(agent.parentIdentity()).isEqualTo("orchestrator:main");
        assertThat(agent.approvedBy()).isEqualTo("dave@example.com");
        assertThat(agent.approvalExpiresAt()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(agent.taskEndsAt()).isEqualTo(Instant.parse("2026-10-15T18:00:00Z"));
        assertThat(agent.status()).isEqualTo("active");
        assertThat(agent.sources()).containsExactly("inventory-csv");
        assertThat(agent.credentials()).extracting(Credential::id).containsExactly("sk-support-1", "oauth-support");
    }

    @Test
    void credentialColumnsAreReadWithTheirTypes() {
        Identity agent = identity(importFiles(importer, SAMPLE), AGENT);

        Credential key = credential(agent, "sk-support-1");
        assertThat(key.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(key.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(key.active()).isTrue();
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2025-01-10T00:00:00Z"));
        assertThat(key.lastRotatedAt()).isEqualTo(Instant.parse("2025-06-01T09:30:00Z"));
        assertThat(key.lastUsedAt()).isEqualTo(Instant.parse("2026-09-29T10:00:00Z"));
        assertThat(key.expiresAt()).isEqualTo(Instant.parse("2027-01-10T00:00:00Z"));
        assertThat(key.ttlSeconds()).isNull();
        assertThat(key.origin().file()).isEqualTo("inventory.csv");
        assertThat(key.origin().location()).isEqualTo("line 2");

        Credential token = credential(agent, "oauth-support");
        assertThat(token.kind()).isEqualTo(CredentialKind.OAUTH_TOKEN);
        assertThat(token.managedBy()).isNull();
        assertThat(token.ttlSeconds()).isEqualTo(3600L);
        assertThat(token.active()).isTrue();
        assertThat(token.origin().location()).as("the quoted newline and the blank row count").isEqualTo("line 6");
    }

    @Test
    void quotedNewlineStaysInTheValue() {
        Identity agent = identity(importFiles(importer, SAMPLE), AGENT);

        assertThat(agent.purpose()).isEqualTo("Triages support tickets,\r\ndrafts replies");
    }

    @Test
    void conflictingIdentityColumnKeepsTheFirstValueAndWarnsOnce() {
        Inventory inventory = importFiles(importer, SAMPLE);

        assertThat(identity(inventory, AGENT).technicalOwner()).isEqualTo("alice@example.com");
        assertThat(inventory.warnings()).filteredOn(w -> w.message().contains(AGENT)).singleElement()
                .satisfies(w -> {
                    assertThat(w.location()).isEqualTo("line 6");
                    assertThat(w.message()).contains("technical_owner").contains("first non-empty value is kept");
                });
    }

    @Test
    void emptyActorClassIsInferredFromTheName() {
        Identity payments = identity(importFiles(importer, SAMPLE), PAYMENTS);

        assertThat(payments.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(payments.actorClassReason()).isEqualTo("name contains 'deploy'");
        assertThat(payments.platform()).as("platform in lower case").isEqualTo("aws");
        assertThat(payments.privileged()).isFalse();
        assertThat(payments.privilegeReason()).isNull();
    }

    @Test
    void notApplicableMeansUnknown() {
        Inventory inventory = importFiles(importer, SAMPLE);
        Credential key = credential(identity(inventory, PAYMENTS), "AKIAEXAMPLEPAYMENTS1");
        Identity sftp = identity(inventory, "legacy-sftp");

        assertThat(key.lastUsedAt()).isNull();
        assertThat(key.lastRotatedAt()).isNull();
        assertThat(key.expiresAt()).isNull();
        assertThat(key.active()).isFalse();
        assertThat(sftp.technicalOwner()).isNull();
        assertThat(sftp.businessOwner()).isNull();
        assertThat(sftp.status()).isEqualTo("decommissioned");
        assertThat(sftp.decommissionOn()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(credential(sftp, "legacy-sftp#ssh").active()).isFalse();
    }

    @Test
    void rowWithoutCredentialIdIsAnIdentityWithoutCredentials() {
        Identity tools = identity(importFiles(importer, SAMPLE), "mcp:github-tools");

        assertThat(tools.actorClass()).isEqualTo(ActorClass.AI_ASSISTANT);
        assertThat(tools.credentials()).isEmpty();
        assertThat(tools.privileged()).isFalse();
        assertThat(tools.approvalExpiresAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    void countsEveryIdentityAndCredential() {
        Inventory inventory = importFiles(importer, SAMPLE);

        assertThat(inventory.identities()).hasSize(4);
        assertThat(inventory.identities().stream().mapToInt(i -> i.credentials().size()).sum()).isEqualTo(4);
        assertThat(inventory.sources().get(0).identities()).isEqualTo(4);
    }

    @Test
    void unknownCredentialKindIsABadRowNamingTheLineAndTheKinds() throws IOException {
        Path file = csv("identity_id,credential_id,credential_kind\nbot-a,k1,api_key\nbot-b,k2,magic_key\n");

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputProblem problem = ((InputException) e).problems().get(0);
                    assertThat(problem.location()).isEqualTo("line 3");
                    assertThat(problem.message()).contains("'magic_key'");
                    assertThat(problem.fix()).contains("access_key, api_key, client_secret, certificate, ssh_key, "
                            + "personal_access_token, oauth_token, service_account_token, federated, password");
                });
    }

    @Test
    void skippedBadRowsAreListedAndTheRestIsKept() throws IOException {
        Path file = csv("identity_id,credential_id,credential_kind,created_at,privileged,ttl_seconds\n"
                + "bot-a,k1,api_key,2025-01-01,yes,\n"
                + "bot-b,k2,api_key,yesterday,no,\n"
                + "bot-c,k3,api_key,,maybe,\n"
                + "bot-d,k4,oauth_token,,,an hour\n"
                + ",k5,api_key,,,\n");

        Inventory inventory = importFiles(importer, true, file);

        assertThat(inventory.identities()).extracting(Identity::id).containsExactly("bot-a");
        assertThat(inventory.warnings()).extracting(InputProblem::location)
                .containsExactly("line 3", "line 4", "line 5", "line 6");
        assertThat(inventory.warnings()).extracting(InputProblem::message).containsExactly(
                "skipped: expected an ISO-8601 date or date-time in created_at, found 'yesterday'.",
                "skipped: expected true or false in privileged, found 'maybe'.",
                "skipped: expected a whole number in ttl_seconds, found 'an hour'.",
                "skipped: identity_id is empty.");
        assertThat(inventory.sources().get(0).skippedRows()).isEqualTo(4);
    }

    @Test
    void missingIdentityIdColumnNamesLineOneAndTheExpectedHeaders() throws IOException {
        Path file = csv("name,credential_id\nbot-a,k1\n");

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputProblem problem = ((InputException) e).problems().get(0);
                    assertThat(problem.location()).isEqualTo("line 1");
                    assertThat(problem.message()).contains("identity_id");
                    assertThat(problem.fix()).contains(String.join(", ", InventoryColumns.ALL));
                });
    }

    @Test
    void duplicateHeaderIsAnError() throws IOException {
        Path file = csv("identity_id,platform,Platform\nbot-a,aws,gcp\n");

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("twice");
    }

    @Test
    void unknownColumnsAreNamedInOneWarningAndTheirValuesNeverKept() throws IOException {
        String canary = "sk-live-CANARY-7f3a9c1e5b";
        Path file = csv("identity_id,credential_id,credential_kind,secret_value,notes\n"
                + "bot-a,k1,api_key," + canary + ",rotate soon\n");

        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 1");
            assertThat(w.message()).contains("secret_value, notes").doesNotContain(canary);
        });
        assertThat(everythingKept(inventory)).doesNotContain(canary).doesNotContain("rotate soon");
    }

    @Test
    void cellsNeutralisedAgainstFormulasReadBackAsWritten() throws IOException {
        Path file = csv("identity_id,identity_name,purpose,ttl_seconds,credential_id,credential_kind,lane\n"
                + "'-svc-odd,'=HYPERLINK(\"x\"),'@mention,'-1,k1,api_key,machine\n"
                + "plain,it's fine,'quoted',,,,machine\n");

        Inventory inventory = importFiles(importer, file);
        Identity odd = identity(inventory, "-svc-odd");

        assertThat(odd.name()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(odd.purpose()).isEqualTo("@mention");
        assertThat(credential(odd, "k1").ttlSeconds()).isEqualTo(-1L);
        assertThat(identity(inventory, "plain").name()).isEqualTo("it's fine");
        assertThat(identity(inventory, "plain").purpose()).as("only a formula guard is removed").isEqualTo("'quoted'");
    }

    @Test
    void headerOnlyAndBlankRowsGiveNothing() throws IOException {
        Path file = csv("identity_id,credential_id\r\n\r\n,\r\n  ,  \r\n");

        assertThat(importFiles(importer, file).identities()).isEmpty();
    }

    @Test
    void recognisesItsHeaderAndNotOtherSheets() throws IOException {
        assertThat(importer.recognises(new EvidenceFile(SAMPLE).head())).isTrue();
        assertThat(importer.recognises(head("identity_id,credential_id,credential_kind\n"))).isTrue();
        assertThat(importer.recognises(head("\"Identity_ID\",\"Platform\"\n"))).isTrue();
        assertThat(importer.recognises(head("identity_id,technical_owner,business_owner,actor_class\n")))
                .as("an identity-owner sheet").isFalse();
        assertThat(importer.recognises(head("user,arn,user_creation_time,password_enabled\n"))).isFalse();
        assertThat(importer.recognises(head("[{\"identity_id\": \"x\", \"platform\": \"aws\"}]"))).isFalse();
        assertThat(importer.recognises(head("control_id,owner\n"))).isFalse();
    }

    private dev.trustmap.evidence.file.FileHead head(String text) throws IOException {
        return new EvidenceFile(csv(text)).head();
    }

    private Path csv(String text) throws IOException {
        Path file = Files.createTempFile(dir, "inventory", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
