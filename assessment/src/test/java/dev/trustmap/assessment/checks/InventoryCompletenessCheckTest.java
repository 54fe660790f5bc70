package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import org.junit.jupiter.api.Test;

class InventoryCompletenessCheckTest {

    private final InventoryCompletenessCheck check = new InventoryCompletenessCheck();

    private static Identity.Builder complete(String id) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD).platform("aws").environment("prod");
    }

    @Test
    void identityWithClassPlatformAndEnvironmentPasses() {
        CheckRun run = CheckRun.of(check, context(inventory(complete("svc").build())));

        assertThat(run.controlId()).isEqualTo("ACT-01");
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
        assertThat(run.noEvidence()).isNull();
    }

    @Test
    void failureNamesEveryMissingAttributeInOrder() {
        Identity unknown = complete("svc").actorClass(null).environment(null).build();

        CheckRun run = CheckRun.of(check, context(inventory(unknown)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("missing: actor class, environment");
            assertThat(f.subject().identity()).isEqualTo("svc");
            assertThat(f.subject().lane()).isNull();
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void blankPlatformCountsAsMissing() {
        CheckRun run = CheckRun.of(check, context(inventory(complete("svc").platform("  ").build())));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed).containsExactly("missing: platform");
    }

    @Test
    void aiLaneIdentitiesAreJudgedHumansAreNot() {
        Identity agent = complete("agent").actorClass(ActorClass.AI_AGENT).platform(null).build();
        Identity human = Identity.builder("alice").actorClass(ActorClass.HUMAN).build();

        CheckRun run = CheckRun.of(check, context(inventory(agent, human)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).extracting(f -> f.subject().identity()).containsExactly("agent");
    }

    @Test
    void noNonHumanIdentityIsNoEvidence() {
        CheckRun empty = CheckRun.of(check, context(inventory()));
        CheckRun humansOnly = CheckRun.of(check,
                context(inventory(Identity.builder("alice").actorClass(ActorClass.HUMAN).build())));

        assertThat(empty.noEvidence()).isEqualTo("no non-human identities in the inputs");
        assertThat(empty.population()).isZero();
        assertThat(humansOnly.noEvidence()).isNotNull();
        assertThat(humansOnly.population()).isZero();
    }
}
