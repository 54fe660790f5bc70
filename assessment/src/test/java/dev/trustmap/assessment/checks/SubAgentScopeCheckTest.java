package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubAgentScopeCheckTest {

    private static Identity orchestrator(String... scopes) {
        return Identity.builder("orchestrator:x").name("Orchestrator X").actorClass(ActorClass.AI_ORCHESTRATOR)
                .scopes(List.of(scopes)).build();
    }

    private static Identity child(String parent, String... scopes) {
        return Identity.builder("agent:triage").actorClass(ActorClass.AI_AGENT).parentIdentity(parent)
                .scopes(List.of(scopes)).build();
    }

    private static CheckRun run(Identity... identities) {
        return CheckRun.of(new SubAgentScopeCheck(), context(inventory(identities)));
    }

    @ParameterizedTest(name = "{0} covers {1}")
    @CsvSource({"tickets:read, tickets:read", "*, tickets:delete", "tickets:*, tickets:read", "erp/*, erp/invoices",
        "tickets:*, tickets:*"})
    void aChildScopeCoveredByTheParentPasses(String parentScope, String childScope) {
        CheckRun run = run(orchestrator(parentScope), child("orchestrator:x", childScope));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void aScopeTheParentLacksFails() {
        CheckRun run = run(orchestrator("tickets:read", "tickets:write"),
                child("orchestrator:x", "tickets:read", "tickets:delete"));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("holds tickets:delete, which its parent orchestrator:x lacks");
            assertThat(f.subject().identity()).isEqualTo("agent:triage");
        });
    }

    @Test
    void aNarrowerWildcardDoesNotCoverAWiderOne() {
        CheckRun run = run(orchestrator("tickets:read", "erp/invoices"), child("orchestrator:x", "tickets:*", "erp/*"));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("holds tickets:*, erp/*, which its parent orchestrator:x lacks"));
    }

    @Test
    void atMostThreeExcessScopesAreNamed() {
        CheckRun run = run(orchestrator("tickets:read"), child("orchestrator:x", "a", "b", "c", "d", "e"));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("holds a, b, c and 2 more, which its parent orchestrator:x lacks"));
    }

    @Test
    void theParentIsAlsoFoundByName() {
        CheckRun run = run(orchestrator("*"), child("Orchestrator X", "tickets:read"));

        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void aParentMissingFromTheInventoryIsNotAssessed() {
        CheckRun run = run(child("orchestrator:gone", "tickets:read"));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).containsExactly("parent orchestrator:gone is not in the inventory");
    }

    @Test
    void missingScopesOnEitherSideAreNotAssessed() {
        assertThat(run(orchestrator("*"), child("orchestrator:x")).notAssessedReasons())
                .containsExactly("sub-agent has no scopes recorded");
        assertThat(run(orchestrator(), child("orchestrator:x", "tickets:read")).notAssessedReasons())
                .containsExactly("parent orchestrator:x has no scopes recorded");
    }

    @Test
    void humansAndAgentsWithoutParentLeaveNoEvidence() {
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN).parentIdentity("orchestrator:x").build();

        CheckRun run = run(orchestrator("*"), human);

        assertThat(run.noEvidence()).isEqualTo("no sub-agents with a parent in the inputs");
        assertThat(run.population()).isZero();
    }

    @Test
    void aParentAfterTheChildInIdOrderIsFound() {
        Identity child = Identity.builder("agent:a").actorClass(ActorClass.AI_AGENT).parentIdentity("orchestrator:z")
                .scopes(List.of("tickets:read", "tickets:delete")).build();
        Identity parent = Identity.builder("orchestrator:z").actorClass(ActorClass.AI_ORCHESTRATOR)
                .scopes(List.of("tickets:read")).build();

        CheckRun run = run(child, parent);

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("agent:a");
            assertThat(f.observed()).isEqualTo("holds tickets:delete, which its parent orchestrator:z lacks");
        });
    }

    @Test
    void aParentBeforeTheChildInIdOrderIsFound() {
        Identity parent = Identity.builder("agent:a").actorClass(ActorClass.AI_ORCHESTRATOR)
                .scopes(List.of("tickets:read")).build();
        Identity child = Identity.builder("agent:z").actorClass(ActorClass.AI_AGENT).parentIdentity(" agent:a ")
                .scopes(List.of("tickets:read", "tickets:delete")).build();

        CheckRun run = run(parent, child);

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("agent:z");
            assertThat(f.observed()).isEqualTo("holds tickets:delete, which its parent agent:a lacks");
        });
    }

    @Test
    void aParentByIdAfterTheChildWinsOverOneByNameBefore() {
        Identity byName = Identity.builder("a-named").name("orchestrator:z").actorClass(ActorClass.AI_ORCHESTRATOR)
                .scopes(List.of("*")).build();
        Identity child = Identity.builder("b-child").actorClass(ActorClass.AI_AGENT).parentIdentity("orchestrator:z")
                .scopes(List.of("tickets:delete")).build();
        Identity byId = Identity.builder("orchestrator:z").actorClass(ActorClass.AI_ORCHESTRATOR)
                .scopes(List.of("tickets:read")).build();

        CheckRun run = run(byName, child, byId);

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("holds tickets:delete, which its parent orchestrator:z lacks"));
    }

    @Test
    void aParentByNameAfterTheChildIsFound() {
        Identity child = Identity.builder("agent:a").actorClass(ActorClass.AI_AGENT).parentIdentity("Orchestrator Z")
                .scopes(List.of("erp/invoices", "erp/payments")).build();
        Identity first = Identity.builder("orchestrator:y").name("Orchestrator Z")
                .actorClass(ActorClass.AI_ORCHESTRATOR).scopes(List.of("erp/invoices")).build();
        Identity second = Identity.builder("orchestrator:z").name("Orchestrator Z")
                .actorClass(ActorClass.AI_ORCHESTRATOR).scopes(List.of("erp/*")).build();

        CheckRun run = run(child, first, second);

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("holds erp/payments, which its parent Orchestrator Z lacks"));
    }

    @Test
    void aParentAfterTheChildWithoutScopesIsNotAssessed() {
        Identity child = Identity.builder("agent:a").actorClass(ActorClass.AI_AGENT).parentIdentity("orchestrator:z")
                .scopes(List.of("tickets:read")).build();
        Identity parent = Identity.builder("orchestrator:z").actorClass(ActorClass.AI_ORCHESTRATOR).build();

        assertThat(run(child, parent).notAssessedReasons())
                .containsExactly("parent orchestrator:z has no scopes recorded");
    }
}
