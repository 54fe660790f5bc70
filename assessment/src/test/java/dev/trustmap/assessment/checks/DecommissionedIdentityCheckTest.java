package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.credential;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
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

class DecommissionedIdentityCheckTest {

    private final DecommissionedIdentityCheck check = new DecommissionedIdentityCheck();

    private static Identity.Builder identity(String id, ActorClass actorClass, Credential... credentials) {
        return Identity.builder(id).actorClass(actorClass).credentials(List.of(credentials));
    }

    private static Credential revoked(String id) {
        return new Credential(id, CredentialKind.ACCESS_KEY, ManagedBy.USER, false, daysAgo(10), null, null, null,
                null, null, List.of(), new Origin("test", "line 1"));
    }

    private static Credential key(String id) {
        return credential(id, CredentialKind.ACCESS_KEY, daysAgo(10));
    }

    @Test
    void disabledIdentityWithActiveCredentialsFails() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD, key("k1"), key("k2"),
                revoked("k3")).status("disabled").build())));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("svc");
            assertThat(f.observed()).isEqualTo("disabled, 2 active credentials");
            assertThat(f.limit()).isEqualTo("no active credential");
            assertThat(f.remediation()).isNotBlank();
        });
    }

    @Test
    void pastDecommissionDateCountsEvenWhileStatusSaysActive() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("agent", ActorClass.AI_AGENT, key("k1"))
                .status("active").decommissionOn(Instant.parse("2026-08-01T00:00:00Z")).build())));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("decommissioned on 2026-08-01, 1 active credential");
    }

    @Test
    void decommissionDateOnTheAsOfInstantCountsAndOneSecondLaterDoesNot() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("due", ActorClass.WORKLOAD, key("k1")).decommissionOn(AS_OF).build(),
                identity("tomorrow", ActorClass.WORKLOAD, key("k2")).decommissionOn(AS_OF.plusSeconds(1)).build())));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("due");
            assertThat(f.observed()).isEqualTo("decommissioned on 2026-09-30, 1 active credential");
        });
    }

    @Test
    void decommissionedStatusWithoutDateIsNamed() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("old", ActorClass.PIPELINE, key("k1"))
                .status("Decommissioned").build())));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("decommissioned, 1 active credential");
    }

    @Test
    void unknownActivityCountsAsActive() {
        Credential unknown = new Credential("k", CredentialKind.API_KEY, ManagedBy.USER, null, daysAgo(10), null,
                null, null, null, null, List.of(), new Origin("test", "line 1"));
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD, unknown)
                .status("disabled").build())));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("disabled, 1 active credential");
    }

    @Test
    void retiredWithEverythingRevokedAndActiveIdentitiesPass() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("clean", ActorClass.WORKLOAD, revoked("k1")).status("disabled").build(),
                identity("live", ActorClass.WORKLOAD, key("k2")).status("active").build(),
                identity("later", ActorClass.WORKLOAD, key("k3")).decommissionOn(AS_OF.plusSeconds(86_400)).build())));

        assertThat(run.passed()).isEqualTo(3);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void humansAndIdentitiesWithoutStatusAreOutside() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("alice", ActorClass.HUMAN, key("k1")).status("disabled").build(),
                identity("svc", ActorClass.WORKLOAD, key("k2")).build())));

        assertThat(run.noEvidence()).isEqualTo("no identity status or decommission dates in the inputs");
        assertThat(run.population()).isZero();
    }
}
