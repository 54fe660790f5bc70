package dev.trustmap.evidence.checks;

import static dev.trustmap.evidence.checks.CheckTestSupport.context;
import static dev.trustmap.evidence.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.evidence.checks.CheckTestSupport.inventory;
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
}
