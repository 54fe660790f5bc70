package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentScopeCheckTest {

    private final AgentScopeCheck check = new AgentScopeCheck();

    private static Identity agent(String id, String... scopes) {
        return Identity.builder(id).actorClass(ActorClass.AI_AGENT).scopes(Arrays.asList(scopes)).build();
    }

    @Test
    void namedScopesPass() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("a", "erp:read", "crm:invoices.write",
                "s3://reports/2026/summary.csv", "erp:admin"))));

        assertThat(run.controlId()).isEqualTo("AXS-05");
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void noScopeOrOnlyBlankScopesIsNoDeclaredScope() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("none"), agent("blank", " ", ""))));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("no declared scope", "no declared scope");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"*", "*:*", "erp:*", "s3://bucket/*", "admin", "ADMIN"})
    void wildcardScopeFails(String wildcard) {
        CheckRun run = CheckRun.of(check, context(inventory(agent("a", "erp:read", wildcard))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("wildcard scope " + wildcard);
            assertThat(f.subject().lane()).isEqualTo("ai");
        });
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Directory.ReadWrite.All", "Files.ReadWrite.All", "mail.readwrite", "Mail.Send"})
    void aBroadDelegatedScopeFails(String broad) {
        CheckRun run = CheckRun.of(check, context(inventory(agent("a", "User.Read", broad))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("broad scope " + broad);
            assertThat(f.remediation()).isEqualTo("Replace each wildcard or broad scope with the named actions and "
                    + "resources the agent needs.");
        });
    }

    @Test
    void readingEverythingOrWritingOnlyTheUsersOwnIsNotBroad() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("a", "User.Read.All", "Files.ReadWrite",
                "Mail.Read", "offline_access"))));

        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void wildcardAndBroadScopesAreBothNamed() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("a", "erp:*", "Sites.ReadWrite.All",
                "Directory.ReadWrite.All"))));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("wildcard scope erp:*; broad scopes Sites.ReadWrite.All, Directory.ReadWrite.All");
    }

    @Test
    void everyWildcardIsNamed() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("a", "erp:*", "crm:read", " crm:* "))));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("wildcard scopes erp:*, crm:*");
    }

    @Test
    void onlyAiLaneIdentitiesAreJudged() {
        Identity workload = Identity.builder("svc").actorClass(ActorClass.WORKLOAD).scopes(List.of("*")).build();
        Identity unknown = Identity.builder("x").build();
        Identity human = Identity.builder("alice").actorClass(ActorClass.HUMAN).build();
        Identity orchestrator = Identity.builder("orc").actorClass(ActorClass.AI_ORCHESTRATOR)
                .scopes(List.of("tickets:read")).build();

        CheckRun run = CheckRun.of(check, context(inventory(workload, unknown, human, orchestrator)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void noAiLaneIdentityIsNoEvidence() {
        Identity workload = Identity.builder("svc").actorClass(ActorClass.WORKLOAD).build();

        CheckRun run = CheckRun.of(check, context(inventory(workload)));

        assertThat(run.noEvidence()).isEqualTo("no AI-lane identities");
        assertThat(run.population()).isZero();
    }
}
