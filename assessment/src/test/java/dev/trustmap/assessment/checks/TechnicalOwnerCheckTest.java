package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import org.junit.jupiter.api.Test;

class TechnicalOwnerCheckTest {

    private final TechnicalOwnerCheck check = new TechnicalOwnerCheck();

    @Test
    void identityWithTechnicalOwnerPasses() {
        Identity svc = Identity.builder("svc").actorClass(ActorClass.WORKLOAD).technicalOwner("bob").build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.controlId()).isEqualTo("ACT-02");
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void businessOwnerDoesNotStandInForTechnicalOwner() {
        Identity svc = Identity.builder("svc").actorClass(ActorClass.WORKLOAD).businessOwner("carol").build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("no technical owner");
            assertThat(f.subject().owner()).isEqualTo("carol");
            assertThat(f.subject().lane()).isEqualTo("machine");
        });
    }

    @Test
    void blankOwnerAndUnknownActorClassFail() {
        Identity blank = Identity.builder("blank").actorClass(ActorClass.AI_AGENT).technicalOwner(" ").build();
        Identity unknown = Identity.builder("unknown").build();

        CheckRun run = CheckRun.of(check, context(inventory(blank, unknown)));

        assertThat(run.failures()).extracting(f -> f.subject().identity()).containsExactly("blank", "unknown");
    }

    @Test
    void humansAreNotInThePopulation() {
        Identity human = Identity.builder("alice").actorClass(ActorClass.HUMAN).build();
        Identity svc = Identity.builder("svc").actorClass(ActorClass.PIPELINE).technicalOwner("bob").build();

        CheckRun run = CheckRun.of(check, context(inventory(human, svc)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void noNonHumanIdentityIsNoEvidence() {
        CheckRun run = CheckRun.of(check, context(inventory()));

        assertThat(run.noEvidence()).isEqualTo("no non-human identities in the inputs");
        assertThat(run.population()).isZero();
    }
}
