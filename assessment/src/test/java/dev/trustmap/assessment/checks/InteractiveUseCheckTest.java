package dev.trustmap.assessment.checks;

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

class InteractiveUseCheckTest {

    private final InteractiveUseCheck check = new InteractiveUseCheck();

    private static Credential password(String id, Boolean active, Instant lastUsed) {
        return new Credential(id, CredentialKind.PASSWORD, ManagedBy.USER, active, daysAgo(100), daysAgo(100),
                lastUsed, null, null, null, List.of(), new Origin("credential-report.csv", "line 2"));
    }

    private static Identity.Builder workload(String id) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD);
    }

    @Test
    void usedActivePasswordFailsWithTheDateOfUse() {
        Identity svc = workload("svc").addCredential(password("svc#password", true,
                Instant.parse("2026-09-12T14:03:00Z"))).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.controlId()).isEqualTo("AXS-03");
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("console password used 2026-09-12");
            assertThat(f.subject().identity()).isEqualTo("svc");
        });
    }

    @Test
    void latestUseOfSeveralPasswordsIsReported() {
        Identity svc = workload("svc")
                .addCredential(password("p1", true, Instant.parse("2026-08-01T00:00:00Z")))
                .addCredential(password("p2", null, Instant.parse("2026-09-20T23:59:59Z"))).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("console password used 2026-09-20");
    }

    @Test
    void neverUsedOrInactivePasswordPasses() {
        Identity neverUsed = workload("never").addCredential(password("p", true, null)).build();
        Identity revoked = workload("revoked")
                .addCredential(password("p", false, Instant.parse("2026-09-12T00:00:00Z"))).build();

        CheckRun run = CheckRun.of(check, context(inventory(neverUsed, revoked)));

        assertThat(run.population()).isEqualTo(2);
        assertThat(run.passed()).isEqualTo(2);
    }

    @Test
    void credentialReportIdentityWithoutPasswordPasses() {
        Identity keyOnly = workload("keys").sources(List.of("aws-credential-report"))
                .addCredential(credential("k1", CredentialKind.ACCESS_KEY, daysAgo(3))).build();
        Identity elsewhere = workload("gcp-sa").sources(List.of("gcp-service-accounts"))
                .addCredential(credential("k2", CredentialKind.ACCESS_KEY, daysAgo(3))).build();

        CheckRun run = CheckRun.of(check, context(inventory(keyOnly, elsewhere)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void humansAreNotInThePopulation() {
        Identity alice = Identity.builder("alice").actorClass(ActorClass.HUMAN)
                .addCredential(password("p", true, daysAgo(1))).build();
        Identity svc = workload("svc").sources(List.of("aws-credential-report")).build();

        CheckRun run = CheckRun.of(check, context(inventory(alice, svc)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void noSourceShowingPasswordsIsNoEvidence() {
        Identity svc = workload("svc").sources(List.of("gcp-service-accounts"))
                .addCredential(credential("k", CredentialKind.ACCESS_KEY, daysAgo(3))).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.noEvidence()).isEqualTo("no source reports interactive sign-in");
        assertThat(run.population()).isZero();
    }
}
