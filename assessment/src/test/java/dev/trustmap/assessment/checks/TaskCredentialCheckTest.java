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

class TaskCredentialCheckTest {

    private static final Instant ENDED = Instant.parse("2026-09-20T12:00:00Z");
    private static final Instant RUNNING_UNTIL = Instant.parse("2026-10-05T00:00:00Z");

    private static Credential token(String id, Boolean active, Instant created, Instant expires, Long ttl) {
        return new Credential(id, CredentialKind.SERVICE_ACCOUNT_TOKEN, ManagedBy.USER, active, created, created,
                null, expires, ttl, null, List.of(), new Origin("test", "line 1"));
    }

    private static Identity job(Instant taskEnd, Credential... credentials) {
        return Identity.builder("batch-42").actorClass(ActorClass.PIPELINE).taskEndsAt(taskEnd)
                .credentials(List.of(credentials)).build();
    }

    private static CheckRun run(Identity... identities) {
        return CheckRun.of(new TaskCredentialCheck(), context(inventory(identities)));
    }

    @Test
    void anEndedTaskWithAnActiveCredentialFails() {
        CheckRun run = run(job(ENDED, token("t1", true, daysAgo(12), null, null)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("task ended 2026-09-20, 1 active credential remains");
            assertThat(f.limit()).isEqualTo("revoked by task end 2026-09-20");
            assertThat(f.subject().identity()).isEqualTo("batch-42");
        });
    }

    @Test
    void credentialsOfUnknownStateCountAsRemaining() {
        CheckRun run = run(job(ENDED, token("t1", null, daysAgo(12), null, null),
                token("t2", true, daysAgo(12), AS_OF.plusSeconds(60), null)));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("task ended 2026-09-20, 2 active credentials remain"));
    }

    @Test
    void anEndedTaskWhoseCredentialsAreRevokedOrExpiredPasses() {
        CheckRun run = run(job(ENDED, token("t1", false, daysAgo(12), null, null),
                token("t2", true, daysAgo(12), ENDED, null)));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void aTaskEndingAtTheAsOfInstantIsStillRunning() {
        CheckRun run = run(job(AS_OF, token("t1", true, daysAgo(1), AS_OF, null)));

        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void aRunningTasksCredentialExpiringAtTheTaskEndPasses() {
        assertThat(run(job(RUNNING_UNTIL, token("t1", true, daysAgo(1), RUNNING_UNTIL, null))).passed())
                .isEqualTo(1);
    }

    @Test
    void aCredentialOutlivingTheTaskFailsWithTheWorstOverrun() {
        CheckRun run = run(job(RUNNING_UNTIL, token("t1", true, daysAgo(1), RUNNING_UNTIL.plus(Duration.ofDays(3)),
                null), token("t2", true, daysAgo(1), RUNNING_UNTIL.plus(Duration.ofDays(30)), null)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("credential outlives its task by 30 days");
            assertThat(f.subject().credential()).isEqualTo("t2");
        });
    }

    @Test
    void aShortOverrunStillFailsInHours() {
        CheckRun run = run(job(RUNNING_UNTIL, token("t1", true, AS_OF, null,
                Duration.between(AS_OF, RUNNING_UNTIL).plusHours(5).toSeconds())));

        assertThat(run.failures()).singleElement()
                .satisfies(f -> assertThat(f.observed()).isEqualTo("credential outlives its task by 5 hours"));
    }

    @Test
    void aCredentialWithoutExpiryOnARunningTaskNeverExpires() {
        CheckRun run = run(job(RUNNING_UNTIL, token("t1", true, daysAgo(1), RUNNING_UNTIL.plus(Duration.ofDays(3)),
                null), token("t2", null, daysAgo(1), null, null)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("credential never expires");
            assertThat(f.subject().credential()).isEqualTo("t2");
        });
    }

    @Test
    void aTtlWithoutCreationDateIsNotAssessed() {
        CheckRun run = run(job(RUNNING_UNTIL, token("t1", true, null, null, 3600L)));

        assertThat(run.notAssessedReasons()).containsExactly("credential has a TTL but no creation date");
    }

    @Test
    void humansAndIdentitiesWithoutTaskLeaveNoEvidence() {
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN).taskEndsAt(ENDED).build();

        CheckRun run = run(human, Identity.builder("svc").actorClass(ActorClass.WORKLOAD).build());

        assertThat(run.noEvidence()).isEqualTo("no task-scoped identities");
        assertThat(run.population()).isZero();
    }

    @Test
    void anEndedTaskWhoseFederatedTokenExpiredButCanBeMintedAgainFails() {
        // a one-hour federated token expired: the identity asks for another whenever it likes
        Credential federated = new Credential("fed", CredentialKind.FEDERATED, ManagedBy.PLATFORM, true,
                daysAgo(5), null, null, null, 3600L, null, List.of(), new Origin("test", "line 1"));

        CheckRun run = run(job(ENDED, federated));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("task ended 2026-09-20, identity still able to act"));
    }
}
