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
import java.util.List;
import org.junit.jupiter.api.Test;

class NoPasswordAuthenticationCheckTest {

    private final NoPasswordAuthenticationCheck check = new NoPasswordAuthenticationCheck();

    private static Credential withActive(String id, CredentialKind kind, Boolean active) {
        return new Credential(id, kind, ManagedBy.USER, active, daysAgo(10), daysAgo(10), null, null, null, null,
                List.of(), new Origin("test", "line 1"));
    }

    private static Identity.Builder workload(String id) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD);
    }

    @Test
    void keysAndCertificatesPass() {
        Identity svc = workload("svc").addCredential(credential("k", CredentialKind.ACCESS_KEY, daysAgo(1)))
                .addCredential(credential("c", CredentialKind.CERTIFICATE, daysAgo(1))).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.controlId()).isEqualTo("AXS-06");
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void activePasswordFails() {
        Identity svc = workload("svc").addCredential(credential("p", CredentialKind.PASSWORD, daysAgo(1))).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("authenticates with a password");
            assertThat(f.subject().identity()).isEqualTo("svc");
            assertThat(f.subject().credential()).isNull();
        });
    }

    @Test
    void passwordOfUnknownStateCountsAsActive() {
        Identity svc = workload("svc").addCredential(withActive("p1", CredentialKind.PASSWORD, null))
                .addCredential(withActive("p2", CredentialKind.PASSWORD, true)).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("authenticates with 2 passwords");
    }

    @Test
    void inactivePasswordBesideAnActiveKeyPasses() {
        Identity svc = workload("svc").addCredential(withActive("p", CredentialKind.PASSWORD, false))
                .addCredential(withActive("k", CredentialKind.ACCESS_KEY, true)).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void identitiesWithoutActiveCredentialsAndHumansAreLeftOut() {
        Identity revoked = workload("revoked").addCredential(withActive("p", CredentialKind.PASSWORD, false)).build();
        Identity bare = workload("bare").build();
        Identity alice = Identity.builder("alice").actorClass(ActorClass.HUMAN)
                .addCredential(credential("p", CredentialKind.PASSWORD, daysAgo(1))).build();
        Identity agent = Identity.builder("agent").actorClass(ActorClass.AI_AGENT)
                .addCredential(credential("p", CredentialKind.PASSWORD, daysAgo(1))).build();

        CheckRun run = CheckRun.of(check, context(inventory(revoked, bare, alice, agent)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).extracting(f -> f.subject().identity()).containsExactly("agent");
    }

    @Test
    void noActiveCredentialIsNoEvidence() {
        Identity revoked = workload("revoked").addCredential(withActive("p", CredentialKind.PASSWORD, false)).build();

        CheckRun run = CheckRun.of(check, context(inventory(revoked)));

        assertThat(run.noEvidence()).isEqualTo("no active credentials in the inputs");
        assertThat(run.population()).isZero();
    }
}
