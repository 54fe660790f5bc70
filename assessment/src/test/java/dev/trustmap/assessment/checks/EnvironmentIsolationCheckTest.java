package dev.trustmap.assessment.checks;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentIsolationCheckTest {

    private final EnvironmentIsolationCheck check = new EnvironmentIsolationCheck();

    private static Identity.Builder workload(String id, String environment) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD).environment(environment);
    }

    private static Credential secret(String id, String fingerprint) {
        return new Credential(id, CredentialKind.CLIENT_SECRET, ManagedBy.USER, true, daysAgo(5), daysAgo(5), null,
                null, null, fingerprint, List.of(), new Origin("test", "line 1"));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"prod", "staging", "prod; live", "PRD,Production", "preprod"})
    void oneSideOfTheLinePasses(String environment) {
        CheckRun run = CheckRun.of(check, context(inventory(workload("svc", environment).build())));

        assertThat(run.controlId()).isEqualTo("AXS-02");
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "prod; staging | spans prod and staging",
        "dev, Production ,test | spans Production and dev, test",
        "LIVE;preprod | spans LIVE and preprod",
    })
    void environmentFieldSpanningBothSidesFails(String environment, String observed) {
        CheckRun run = CheckRun.of(check, context(inventory(workload("svc", environment).build())));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo(observed);
            assertThat(f.limit()).isEqualTo("one environment");
        });
    }

    @Test
    void secretSharedAcrossTheLineFailsBothHolders() {
        Identity prod = workload("p", "prod").addCredential(secret("k1", "sha256:1111")).build();
        Identity staging = workload("s", "staging").addCredential(secret("k2", "sha256:1111")).build();

        CheckRun run = CheckRun.of(check, context(inventory(prod, staging)));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed).containsExactly(
                "shares a secret with staging identity s", "shares a secret with prod identity p");
    }

    @Test
    void secretSharedOnTheSameSideOrWithAnUnknownEnvironmentPasses() {
        Identity a = workload("a", "prod").addCredential(secret("k1", "sha256:2222")).build();
        Identity b = workload("b", "live").addCredential(secret("k2", "sha256:2222")).build();
        Identity c = workload("c", null).addCredential(secret("k3", "sha256:2222")).build();

        CheckRun run = CheckRun.of(check, context(inventory(a, b, c)));

        assertThat(run.population()).isEqualTo(2);
        assertThat(run.passed()).isEqualTo(2);
    }

    @Test
    void secretSharedWithANonProductionHumanCounts() {
        Identity svc = workload("svc", "prod").addCredential(secret("k1", "sha256:3333")).build();
        Identity alice = Identity.builder("alice").actorClass(ActorClass.HUMAN).environment("dev")
                .addCredential(secret("k2", "sha256:3333")).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc, alice)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("shares a secret with dev identity alice");
    }

    @Test
    void noEnvironmentIsNoEvidence() {
        Identity human = Identity.builder("alice").actorClass(ActorClass.HUMAN).environment("prod;dev").build();

        CheckRun run = CheckRun.of(check, context(inventory(workload("svc", " ").build(), human)));

        assertThat(run.noEvidence()).isEqualTo("no environment data in the inputs");
        assertThat(run.population()).isZero();
    }

    @Test
    void aHolderOnTheOtherSideAfterTheMemberInIdOrderIsNamed() {
        Identity member = workload("a-prod", "prod").addCredential(secret("k1", "sha256:4444")).build();
        Identity later = Identity.builder("z-ana").actorClass(ActorClass.HUMAN).environment("dev; test")
                .addCredential(secret("k2", "sha256:4444")).build();

        CheckRun run = CheckRun.of(check, context(inventory(member, later)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("a-prod");
            assertThat(f.observed()).isEqualTo("shares a secret with dev/test identity z-ana");
        });
    }

    @Test
    void aHolderOnTheOtherSideBeforeTheMemberInIdOrderIsNamed() {
        // The earlier holder spans both sides: it fails for that, and its production side is what the member sees.
        Identity earlier = workload("a-both", "prod; live; dev").addCredential(secret("k1", "sha256:5555")).build();
        Identity member = workload("z-stage", "staging").addCredential(secret("k2", "sha256:5555")).build();

        CheckRun run = CheckRun.of(check, context(inventory(earlier, member)));

        assertThat(run.failures()).extracting(f -> f.subject().identity() + ": " + f.observed()).containsExactly(
                "a-both: spans prod, live and dev", "z-stage: shares a secret with prod/live identity a-both");
    }

    @Test
    void holdersBeforeAndAfterAreNamedInIdOrder() {
        Identity earlier = workload("a-stage", "staging").addCredential(secret("k1", "sha256:6666")).build();
        Identity member = workload("m-prod", "prod").addCredential(secret("k2", "sha256:6666")).build();
        Identity same = workload("n-prod", "live").addCredential(secret("k3", "sha256:6666")).build();
        Identity later = workload("z-dev", "dev").addCredential(secret("k4", "sha256:6666")).build();

        CheckRun run = CheckRun.of(check, context(inventory(earlier, member, same, later)));

        assertThat(run.failures()).extracting(f -> f.subject().identity() + ": " + f.observed()).containsExactly(
                "a-stage: shares a secret with prod identity m-prod, live identity n-prod",
                "m-prod: shares a secret with staging identity a-stage, dev identity z-dev",
                "n-prod: shares a secret with staging identity a-stage, dev identity z-dev",
                "z-dev: shares a secret with prod identity m-prod, live identity n-prod");
    }
}
