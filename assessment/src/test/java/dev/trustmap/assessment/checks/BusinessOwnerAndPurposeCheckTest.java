package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.vocabulary.ActorClass;
import org.junit.jupiter.api.Test;

class BusinessOwnerAndPurposeCheckTest {

    private final BusinessOwnerAndPurposeCheck check = new BusinessOwnerAndPurposeCheck();

    private static Identity.Builder workload(String id) {
        return Identity.builder(id).actorClass(ActorClass.INTEGRATION);
    }

    @Test
    void businessOwnerAndPurposePass() {
        CheckRun run = CheckRun.of(check,
                context(inventory(workload("svc").businessOwner("carol").purpose("invoice sync").build())));

        assertThat(run.controlId()).isEqualTo("ACT-03");
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void failureNamesWhatIsMissing() {
        Identity noPurpose = workload("no-purpose").businessOwner("carol").build();
        Identity neither = workload("neither").technicalOwner("bob").purpose("").build();
        Identity noOwner = workload("no-owner").purpose("backups").build();

        CheckRun run = CheckRun.of(check, context(inventory(noPurpose, neither, noOwner)));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("missing: purpose", "missing: business owner, purpose", "missing: business owner");
        assertThat(run.failures().get(1).subject().owner()).isEqualTo("bob");
    }

    @Test
    void humansAreNotInThePopulation() {
        Identity human = Identity.builder("alice").actorClass(ActorClass.HUMAN).build();

        CheckRun run = CheckRun.of(check, context(inventory(human, workload("svc").build())));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).extracting(f -> f.subject().identity()).containsExactly("svc");
    }

    @Test
    void noNonHumanIdentityIsNoEvidence() {
        CheckRun run = CheckRun.of(check,
                context(inventory(Identity.builder("alice").actorClass(ActorClass.HUMAN).build())));

        assertThat(run.noEvidence()).isEqualTo("no non-human identities in the inputs");
        assertThat(run.population()).isZero();
    }
}
