package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import org.junit.jupiter.api.Test;

class AdministrativeGrantCheckTest {

    private final AdministrativeGrantCheck check = new AdministrativeGrantCheck();

    private static Identity.Builder workload(String id) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD);
    }

    @Test
    void privilegedIdentityFailsWithItsReason() {
        Identity admin = workload("deployer").privileged(true)
                .privilegeReason("attached policy AdministratorAccess").build();

        CheckRun run = CheckRun.of(check, context(inventory(admin)));

        assertThat(run.controlId()).isEqualTo("AXS-01");
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("attached policy AdministratorAccess");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void privilegedWithoutReasonSaysPrivileged() {
        CheckRun run = CheckRun.of(check, context(inventory(workload("x").privileged(true).build())));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed).containsExactly("privileged");
    }

    @Test
    void unprivilegedPassesAndUnknownIsLeftOut() {
        Identity plain = workload("plain").privileged(false).build();
        Identity unknown = workload("unknown").build();

        CheckRun run = CheckRun.of(check, context(inventory(plain, unknown)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.noEvidence()).isNull();
    }

    @Test
    void humansAreNotInThePopulation() {
        Identity human = Identity.builder("admin-alice").actorClass(ActorClass.HUMAN).privileged(true).build();
        Identity agent = Identity.builder("agent").actorClass(ActorClass.AI_AGENT).privileged(false).build();

        CheckRun run = CheckRun.of(check, context(inventory(human, agent)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void noPrivilegeDataIsNoEvidence() {
        Identity human = Identity.builder("admin-alice").actorClass(ActorClass.HUMAN).privileged(true).build();

        CheckRun run = CheckRun.of(check, context(inventory(workload("x").build(), human)));

        assertThat(run.noEvidence()).isEqualTo("no privilege data in the inputs");
        assertThat(run.population()).isZero();
    }
}
