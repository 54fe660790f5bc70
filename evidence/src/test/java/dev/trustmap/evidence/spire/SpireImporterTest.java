package dev.trustmap.evidence.spire;

import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.CredentialRules;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.IdentityRules;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpireImporterTest {

    private static final String DIR = "dev/trustmap/evidence/spire/";
    private static final Path ENTRIES = resource(DIR + "spire-test_entry-show_output-json.json");
    private static final Path AGENT = resource(DIR + "spire-test_agent-list_output-json.json");
    private static final Path BANNED = resource(DIR + "spire-test_agent-list-banned_output-json.json");
    private static final Path K8S_ENTRIES = resource(DIR + "entries-k8s.json");
    private static final Path K8S_AGENTS = resource(DIR + "agents-k8s.json");

    private static final String PROD = "spiffe://prod.example.com";
    private static final Instant AS_OF = Instant.parse("2026-09-30T23:59:59Z");

    private final SpireImporter importer = new SpireImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    // --- SPIRE's own test output ---

    @Test
    void entriesOfOneSpiffeIdAreOneIdentityWithOneFederatedCredentialEach() {
        Inventory inventory = importFiles(importer, ENTRIES);

        assertThat(ids(inventory)).containsExactly("spiffe://example.org/daughter", "spiffe://example.org/son");
        Identity daughter = identity(inventory, "spiffe://example.org/daughter");
        assertThat(daughter.name()).isEqualTo("spiffe://example.org/daughter");
        assertThat(daughter.platform()).isEqualTo("spire");
        assertThat(daughter.account()).isEqualTo("example.org");
        assertThat(daughter.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(daughter.actorClassReason()).isEqualTo("SPIRE registration entry: a workload its selectors attest");
        assertThat(daughter.parentIdentity()).as("the first entry's parent").isEqualTo("spiffe://example.org/father");
        assertThat(daughter.privileged()).isNull();
        assertThat(daughter.credentials()).extracting(Credential::id)
                .containsExactly("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002");
        Credential entry = credential(daughter, "00000000-0000-0000-0000-000000000001");
        assertThat(entry.kind()).isEqualTo(CredentialKind.FEDERATED);
        assertThat(entry.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(entry.active()).isTrue();
        assertThat(entry.createdAt()).isEqualTo(Instant.parse("2019-01-15T20:13:17Z"));
        assertThat(entry.expiresAt()).as("expires_at \"0\"").isNull();
        assertThat(entry.ttlSeconds()).as("0: the server's default, not in the export").isNull();
        assertThat(entry.origin().location()).isEqualTo("/entries/0");
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void anEntryExpiredAtTheAsOfInstantIssuesNothing() {
        Identity son = identity(importFiles(importer, ENTRIES), "spiffe://example.org/son");

        Credential expired = credential(son, "00000000-0000-0000-0000-000000000003");
        assertThat(expired.expiresAt()).isEqualTo(Instant.parse("2019-03-12T17:04:26Z"));
        assertThat(expired.active()).isFalse();
        assertThat(credential(son, "00000000-0000-0000-0000-000000000000").active()).isTrue();
        assertThat(son.parentIdentity()).isEqualTo("spiffe://example.org/father");
    }

    @Test
    void agentsAreNodesAndABannedOneIsDisabled() {
        Identity agent = identity(importFiles(importer, AGENT), "spiffe://example.org/spire/agent/agent1");
        assertThat(agent.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(agent.actorClassReason()).isEqualTo("SPIRE agent: a node");
        assertThat(agent.status()).isEqualTo("active");
        Credential svid = credential(agent, "spiffe://example.org/spire/agent/agent1#x509-svid");
        assertThat(svid.kind()).isEqualTo(CredentialKind.FEDERATED);
        assertThat(svid.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(svid.active()).isTrue();
        assertThat(svid.expiresAt()).isNull();

        Identity banned = identity(importFiles(importer, BANNED), "spiffe://example.org/spire/agent/banned");
        assertThat(banned.status()).isEqualTo("disabled");
        assertThat(credential(banned, "spiffe://example.org/spire/agent/banned#x509-svid").active()).isFalse();
        assertThat(IdentityRules.canAct(banned, AS_OF, Duration.ofDays(90))).isFalse();
    }

    // --- the form the CLI prints, hand-made ---

    @Test
    void nodeEntriesAdminAndDownstreamEntriesAndTtls() {
        Inventory inventory = importFiles(importer, K8S_ENTRIES);

        assertThat(inventory.identities()).hasSize(5);
        Identity node = identity(inventory, PROD + "/k8s/prod-eu/node");
        assertThat(node.actorClassReason()).isEqualTo("SPIRE node entry: the nodes its selectors match");
        assertThat(node.parentIdentity()).isEqualTo(PROD + "/spire/server");
        Identity payments = identity(inventory, PROD + "/ns/payments/sa/payments-api");
        assertThat(payments.parentIdentity()).isEqualTo(PROD + "/k8s/prod-eu/node");
        assertThat(credential(payments, "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d").ttlSeconds())
                .as("the longer of x509 3600 and jwt 300").isEqualTo(3600L);
        assertThat(payments.scopes()).as("federates_with is not a scope").isEmpty();
        Identity registrar = identity(inventory, PROD + "/ns/spire-ops/sa/registrar");
        assertThat(registrar.privileged()).isTrue();
        assertThat(registrar.privilegeReason())
                .isEqualTo("SPIRE admin entry: may call the server's administrative APIs");
        Identity nested = identity(inventory, PROD + "/nested/eu-edge");
        assertThat(nested.privileged()).isTrue();
        assertThat(nested.privilegeReason()).startsWith("SPIRE downstream entry");
    }

    @Test
    void aPipelineIsToldByItsPathAndItsEntryExpiresAfterTheAsOfInstant() {
        Identity deployer = identity(importFiles(importer, K8S_ENTRIES), PROD + "/ns/ci/sa/deployer");

        assertThat(deployer.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(deployer.actorClassReason()).isEqualTo("name contains 'ci'");
        Credential entry = credential(deployer, "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f");
        assertThat(entry.expiresAt()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(entry.active()).isTrue();
        assertThat(entry.ttlSeconds()).isEqualTo(86400L);
        assertThat(entry.createdAt()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
        assertThat(CredentialRules.staticSecret(entry)).isFalse();
    }

    @Test
    void agentsNameTheirAttestationAndTheirSvidsExpiry() {
        Inventory inventory = importFiles(importer, K8S_AGENTS);

        String psat = PROD + "/spire/agent/k8s_psat/prod-eu/6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
        Identity agent = identity(inventory, psat);
        assertThat(agent.actorClass()).as("'agent' in a SPIRE path is no AI agent").isEqualTo(ActorClass.WORKLOAD);
        assertThat(agent.actorClassReason()).isEqualTo("SPIRE agent: a node attested by k8s_psat");
        assertThat(credential(agent, psat + "#x509-svid").expiresAt())
                .isEqualTo(Instant.parse("2026-10-01T02:00:00Z"));
        Identity joined = identity(inventory, PROD + "/spire/agent/join_token/0a1b2c3d-4e5f-4061-8273-9a4b5c6d7e8f");
        assertThat(joined.status()).isEqualTo("disabled");
        assertThat(joined.actorClassReason()).isEqualTo("SPIRE agent: a node attested by join_token");
    }

    // --- edge cases ---

    @Test
    void anEmptyListIsRecognisedAndHoldsNothing() throws IOException {
        Path empty = write("empty.json", "{\"entries\":[],\"next_page_token\":\"\"}\n");

        assertThat(importer.recognises(new EvidenceFile(empty).head())).isTrue();
        assertThat(importFiles(importer, empty).identities()).isEmpty();
    }

    @Test
    void aPageWithANextPageTokenIsWarnedAbout() throws IOException {
        Path page = write("page.json", Files.readString(AGENT).replace("\"next_page_token\":\"\"",
                "\"next_page_token\":\"2\""));

        Inventory inventory = importFiles(importer, page);

        assertThat(inventory.identities()).hasSize(1);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 1");
            assertThat(w.message()).startsWith("next_page_token is set");
        });
    }

    @Test
    void idsWrittenAsTextAndNumbersForTimesAreRead() throws IOException {
        Path text = write("text.json", """
                {"entries":[{"id":"e1","spiffe_id":"spiffe://td.test/web","parent_id":"spiffe://td.test/node",
                 "selectors":[],"created_at":1767225600,"x509_svid_ttl":"600"}],"next_page_token":""}
                """);

        Identity web = identity(importFiles(importer, text), "spiffe://td.test/web");

        assertThat(web.parentIdentity()).isEqualTo("spiffe://td.test/node");
        assertThat(credential(web, "e1").createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(credential(web, "e1").ttlSeconds()).isEqualTo(600L);
    }

    @Test
    void unreadableEntriesAreBadRowsNamingTheirPointer() throws IOException {
        Path bad = write("bad.json", """
                {"entries":[
                {"id":"e1","spiffe_id":{"path":"/web"},"parent_id":null,"selectors":[]},
                {"id":"e2","spiffe_id":{"trust_domain":"td.test","path":"/web"},"x509_svid_ttl":"an hour"},
                {"id":"e3","spiffe_id":{"trust_domain":"td.test","path":"/api"},"created_at":"yesterday"},
                {"spiffe_id":{"trust_domain":"td.test","path":"/db"}},
                {"name":"neither"},
                []
                ],"next_page_token":""}
                """);

        assertThatThrownBy(() -> importFiles(importer, bad)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo("bad.json");
            assertThat(problem.location()).isEqualTo("line 2, /entries/0/spiffe_id");
        });
        Inventory skipped = importFiles(importer, true, bad);
        assertThat(skipped.identities()).isEmpty();
        assertThat(skipped.warnings()).extracting(InputProblem::location).containsExactly(
                "line 2, /entries/0/spiffe_id", "line 3, /entries/1/x509_svid_ttl", "line 4, /entries/2/created_at",
                "line 5, /entries/3", "line 6, /entries/4", "line 7, /entries/5");
        assertThat(skipped.warnings().get(4).message()).contains("fields name");
    }

    @Test
    void malformedJsonFailsWithFileAndPosition() throws IOException {
        Path truncated = write("cut.json", Files.readString(K8S_ENTRIES).substring(0, 500));

        assertThatThrownBy(() -> importFiles(importer, truncated)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems().get(0).file()).isEqualTo("cut.json");
            assertThat(e.problems().get(0).location()).startsWith("line 1, column ");
            assertThat(e.problems().get(0).message()).contains("truncated");
        });
    }

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getParent().getFileName().toString().equals("spire");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
        }
    }
}
