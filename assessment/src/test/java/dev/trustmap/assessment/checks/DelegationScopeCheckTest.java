package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationScopeCheckTest {

    private static final Instant TASK_END = AS_OF.plus(Duration.ofHours(6));

    private static Credential token(String id, Boolean active, Instant created, Instant expires, Long ttl) {
        return new Credential(id, CredentialKind.OAUTH_TOKEN, ManagedBy.USER, active, created, created, null, expires,
                ttl, null, List.of(), new Origin("test", "line 1"));
    }

    private static Identity assistant(Instant taskEnd, Credential... credentials) {
        return Identity.builder("assistant-1").actorClass(ActorClass.AI_ASSISTANT).onBehalfOf("ana@example.com")
                .taskEndsAt(taskEnd).credentials(List.of(credentials)).build();
    }

    private static CheckRun run(Identity... identities) {
        return CheckRun.of(new DelegationScopeCheck(), context(inventory(identities)));
    }

    @Test
    void aTtlOfExactlyTheLimitPasses() {
        CheckRun run = run(assistant(TASK_END, token("t1", true, null, null, 24L * 3600)));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void aTtlOneHourOverTheLimitFails() {
        CheckRun run = run(assistant(TASK_END, token("t1", true, null, null, 25L * 3600)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("delegated credential lives 25 hours");
            assertThat(f.limit()).isEqualTo("24 hours");
            assertThat(f.subject().identity()).isEqualTo("assistant-1");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void withoutTtlTheLifetimeRunsFromCreationToExpiry() {
        CheckRun run = run(assistant(TASK_END, token("t1", true, daysAgo(10), daysAgo(10).plus(Duration.ofDays(30)),
                null)));

        assertThat(run.failures()).singleElement()
                .satisfies(f -> assertThat(f.observed()).isEqualTo("delegated credential lives 720 hours"));
    }

    @Test
    void aDelegationWithoutTaskEndIsNotTaskScoped() {
        CheckRun run = run(assistant(null, token("t1", true, null, null, 3600L)));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("delegation is not task-scoped: no task end"));
    }

    @Test
    void aCredentialWithNeitherExpiryNorTtlNeverExpires() {
        CheckRun run = run(assistant(TASK_END, token("t1", null, daysAgo(1), null, null)));

        assertThat(run.failures()).singleElement()
                .satisfies(f -> assertThat(f.observed()).isEqualTo("delegated credential never expires"));
    }

    @Test
    void everyProblemIsReportedInOneFailure() {
        CheckRun run = run(assistant(null, token("t1", true, null, null, null),
                token("t2", true, null, null, 48L * 3600)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed()).isEqualTo(
                "delegation is not task-scoped: no task end; delegated credential never expires; "
                        + "delegated credential lives 48 hours"));
    }

    @Test
    void revokedCredentialsAreNotJudged() {
        CheckRun run = run(assistant(TASK_END, token("t1", false, null, null, null)));

        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void anExpiryWithoutCreationDateOrTtlIsNotAssessed() {
        CheckRun run = run(assistant(TASK_END, token("t1", true, null, AS_OF, null)));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).containsExactly("delegated credential has no creation date or TTL");
    }

    @Test
    void anIdentityOfUnknownClassIsInThePopulation() {
        Identity unknown = Identity.builder("x").onBehalfOf("ana@example.com").taskEndsAt(TASK_END).build();

        assertThat(run(unknown).passed()).isEqualTo(1);
    }

    @Test
    void humansAndIdentitiesWithoutDelegationLeaveNoEvidence() {
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN).onBehalfOf("bob@example.com").build();
        Identity plain = Identity.builder("svc").actorClass(ActorClass.WORKLOAD).build();

        CheckRun run = run(human, plain);

        assertThat(run.noEvidence()).isEqualTo("no on-behalf-of delegations in the inputs");
        assertThat(run.population()).isZero();
    }

    @Test
    void aTenantWideConsentActsForEveryUser() {
        Identity client = Identity.builder("app-1").actorClass(ActorClass.WORKLOAD).onBehalfOf(Identity.EVERY_USER)
                .taskEndsAt(TASK_END).build();

        assertThat(run(client).failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("acts for every user (tenant-wide consent)");
            assertThat(f.subject().identity()).isEqualTo("app-1");
        });
    }

    @Test
    void aTenantWideConsentToAThirdPartyIsNamedSoWithTheOtherProblems() {
        Identity vendor = Identity.builder("vendor-app").actorClass(ActorClass.THIRD_PARTY)
                .onBehalfOf(Identity.EVERY_USER).build();

        assertThat(run(vendor).failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("delegation is not task-scoped: no task end; tenant-wide consent to a third-party "
                        + "application"));
    }

    @Test
    void oneUsersConsentIsNotTenantWide() {
        Identity client = Identity.builder("app-2").actorClass(ActorClass.THIRD_PARTY)
                .onBehalfOf("user 0a1b2c3d-0000-4000-8000-00000000aa01").taskEndsAt(TASK_END).build();

        CheckRun run = run(client);

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }
}
