package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalExpiryCheckTest {

    private static final Instant EXPIRED = Instant.parse("2026-09-18T00:00:00Z");

    private static Credential key(Boolean active, Instant lastUsed, Instant expires) {
        return new Credential("k1", CredentialKind.API_KEY, ManagedBy.USER, active,
                Instant.parse("2026-09-01T00:00:00Z"), null, lastUsed, expires, null, null, List.of(),
                new Origin("test", "line 1"));
    }

    private static Identity agent(Instant approvalExpires, Credential... credentials) {
        return Identity.builder("agent-1").actorClass(ActorClass.AI_AGENT).approvedBy("lead@example.com")
                .approvalExpiresAt(approvalExpires).credentials(List.of(credentials)).build();
    }

    private static CheckRun run(Identity... identities) {
        return CheckRun.of(new ApprovalExpiryCheck(), context(inventory(identities)));
    }

    @Test
    void aValidApprovalPassesWhateverTheIdentityHolds() {
        CheckRun run = run(agent(AS_OF.plusSeconds(1), key(true, AS_OF, null)));

        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void anApprovalExpiringExactlyAtTheAsOfInstantIsStillValid() {
        assertThat(run(agent(AS_OF, key(true, AS_OF, null))).passed()).isEqualTo(1);
    }

    @Test
    void usingACredentialAfterTheExpiryFails() {
        CheckRun run = run(agent(EXPIRED, key(false, Instant.parse("2026-09-30T10:00:00Z"), null)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("acted 12 days after its approval expired on 2026-09-18");
            assertThat(f.limit()).isEqualTo("no action after 2026-09-18");
            assertThat(f.subject().identity()).isEqualTo("agent-1");
        });
    }

    @Test
    void actingAndStillHoldingAreReportedTogether() {
        CheckRun run = run(agent(EXPIRED, key(true, Instant.parse("2026-09-19T00:00:00Z"), null)));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("acted 1 day after its approval expired on 2026-09-18; 1 active credential still held"));
    }

    @Test
    void identityLevelUseAfterTheExpiryCounts() {
        Identity role = agent(EXPIRED).toBuilder().lastUsedAt(Instant.parse("2026-09-18T05:00:00Z")).build();

        assertThat(run(role).failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("acted less than a day after its approval expired on 2026-09-18"));
    }

    @Test
    void anActiveCredentialAfterTheExpiryFails() {
        CheckRun run = run(agent(EXPIRED, key(null, null, null)));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("approval expired 12 days ago, 1 active credential"));
    }

    @Test
    void anApprovalOneSecondBeforeTheAsOfInstantHasExpired() {
        CheckRun run = run(agent(AS_OF.minusSeconds(1), key(true, null, null)));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("approval expired less than a day ago, 1 active credential"));
    }

    @Test
    void anExpiredApprovalWithNothingLeftAndNoLaterUsePasses() {
        CheckRun run = run(agent(EXPIRED, key(false, Instant.parse("2026-09-17T00:00:00Z"), null),
                key(true, null, Instant.parse("2026-09-20T00:00:00Z"))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void humansAndIdentitiesWithoutApprovalExpiryLeaveNoEvidence() {
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN).approvalExpiresAt(EXPIRED).build();

        CheckRun run = run(human, Identity.builder("agent-2").actorClass(ActorClass.AI_AGENT).build());

        assertThat(run.noEvidence()).isEqualTo("no approvals with an expiry in the inputs");
        assertThat(run.population()).isZero();
    }

    @Test
    void anExpiredApprovalOfAnIdentityThatMintsItsTokensFailsThoughTheLastTokenExpired() {
        Credential federated = new Credential("fed", CredentialKind.FEDERATED, ManagedBy.PLATFORM, true,
                Instant.parse("2026-09-01T00:00:00Z"), null, null, null, 3600L, null, List.of(),
                new Origin("test", "line 1"));

        CheckRun run = run(agent(EXPIRED, federated));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("approval expired 12 days ago, identity still able to act"));
    }
}
