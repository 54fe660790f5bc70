package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.credential;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateRenewalCheckTest {

    private final CertificateRenewalCheck check = new CertificateRenewalCheck();

    private static Identity identity(String id, ActorClass actorClass, Credential... credentials) {
        return Identity.builder(id).actorClass(actorClass).credentials(List.of(credentials)).build();
    }

    private static Credential cert(String id, Boolean active, Instant expires) {
        return new Credential(id, CredentialKind.CERTIFICATE, ManagedBy.USER, active, daysAgo(300), null, null,
                expires, null, null, List.of(), new Origin("test", "line 1"));
    }

    private static Instant inDays(long days) {
        return AS_OF.plus(Duration.ofDays(days));
    }

    @Test
    void thirtyDaysLeftFailsAndThirtyOnePasses() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("web", ActorClass.WORKLOAD,
                cert("d29", true, inDays(29)), cert("d30", true, inDays(30)), cert("d31", true, inDays(31))))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).extracting(f -> f.subject().credential(), CheckRun.Failure::observed)
                .containsExactly(tuple("d29", "expires in 29 days"),
                        tuple("d30", "expires in 30 days"));
        assertThat(run.failures()).allSatisfy(f -> {
            assertThat(f.severity()).isNull();
            assertThat(f.limit()).isEqualTo("30 days");
        });
    }

    @Test
    void expiredCertificateFailsAtHighSeverity() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("web", ActorClass.WORKLOAD,
                cert("old", true, daysAgo(40)), cert("just", true, AS_OF.minusSeconds(60))))));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("expired 40 days ago", "expired today");
        assertThat(run.failures()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void certificateExpiringLaterTodayIsDue() {
        // As-of is 23:59:59; a certificate valid until 2026-10-01T00:00Z has one second, zero whole days, left.
        CheckRun run = CheckRun.of(check, context(inventory(identity("web", ActorClass.WORKLOAD,
                cert("midnight", true, Instant.parse("2026-10-01T00:00:00Z"))))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("expires today");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void dateOnlyExpiryCountsWholeDaysFromAsOf() {
        // 2026-10-31T00:00Z is 30 days and one second after the as-of instant: 30 whole days, so due.
        CheckRun run = CheckRun.of(check, context(inventory(identity("web", ActorClass.WORKLOAD,
                cert("oct31", true, Instant.parse("2026-10-31T00:00:00Z")),
                cert("nov1", true, Instant.parse("2026-11-01T00:00:00Z"))))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("expires in 30 days");
    }

    @Test
    void certificateWithoutExpiryIsNotAssessed() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("web", ActorClass.WORKLOAD,
                cert("c", true, null)))));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).containsExactly("no expiry date");
    }

    @Test
    void revokedCertificatesOtherKindsAndHumansAreLeftOut() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("web", ActorClass.WORKLOAD, cert("revoked", false, daysAgo(5)),
                        credential("k", CredentialKind.ACCESS_KEY, daysAgo(5))),
                identity("alice", ActorClass.HUMAN, cert("smartcard", true, daysAgo(5))),
                identity("agent", ActorClass.AI_AGENT, cert("mtls", null, inDays(100))))));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void noCertificatesIsNoEvidence() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                credential("k", CredentialKind.ACCESS_KEY, daysAgo(5))))));

        assertThat(run.noEvidence()).isEqualTo("no certificates in the inputs");
        assertThat(run.population()).isZero();
    }
}
