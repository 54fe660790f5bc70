package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialExpiryCheckTest {

    private final CredentialExpiryCheck check = new CredentialExpiryCheck();

    private static final Instant CREATED = daysAgo(100);

    private static Identity identity(String id, ActorClass actorClass, Credential... credentials) {
        return Identity.builder(id).actorClass(actorClass).credentials(List.of(credentials)).build();
    }

    private static Credential custom(String id, CredentialKind kind, Boolean active, Instant created,
            Instant expires, Long ttl) {
        return new Credential(id, kind, ManagedBy.USER, active, created, created, null, expires, ttl, null,
                List.of(), new Origin("test", "line 1"));
    }

    private static Credential living(String id, CredentialKind kind, long days) {
        return custom(id, kind, true, CREATED, CREATED.plus(Duration.ofDays(days)), null);
    }

    @Test
    void lifetimeOf365DaysPassesAnd366Fails() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("app", ActorClass.INTEGRATION,
                living("d364", CredentialKind.CLIENT_SECRET, 364), living("d365", CredentialKind.CLIENT_SECRET, 365),
                living("d366", CredentialKind.CLIENT_SECRET, 366)))));

        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("d366");
            assertThat(f.observed()).isEqualTo("lifetime 366 days");
            assertThat(f.limit()).isEqualTo("365 days");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void certificatesGet398DaysThroughTheOverride() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("web", ActorClass.WORKLOAD,
                living("c398", CredentialKind.CERTIFICATE, 398), living("c399", CredentialKind.CERTIFICATE, 399),
                living("s730", CredentialKind.CLIENT_SECRET, 730)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).extracting(CheckRun.Failure::observed, CheckRun.Failure::limit)
                .containsExactly(tuple("lifetime 399 days", "398 days"),
                        tuple("lifetime 730 days", "365 days"));
    }

    @Test
    void anExpiryThatStandsForNeverIsNoExpiry() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("app", ActorClass.INTEGRATION,
                custom("entra-never", CredentialKind.CLIENT_SECRET, true, CREATED,
                        Instant.parse("2299-12-31T00:00:00Z"), null)))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("no expiry");
            // created 100 days ago, allowed 365: the lifetime has not yet run out, so the problem is found now
            assertThat(f.since()).isNull();
        });
    }

    @Test
    void credentialWithoutExpiryFails() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                custom("forever", CredentialKind.ACCESS_KEY, true, CREATED, null, null)))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("no expiry");
            assertThat(f.limit()).isEqualTo("365 days");
        });
    }

    @Test
    void statedTtlWithoutExpiryDateCountsAsTheLifetime() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("vault-token:a", ActorClass.WORKLOAD,
                custom("short", CredentialKind.OAUTH_TOKEN, true, null, null, 3600L),
                custom("long", CredentialKind.OAUTH_TOKEN, true, null, null, 400L * 86_400)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("lifetime 400 days");
    }

    @Test
    void expiryWithoutCreationDateIsNotAssessed() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                custom("k", CredentialKind.API_KEY, true, null, daysAgo(-30), null)))));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).containsExactly("no creation date, lifetime unknown");
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void dateOnlyTimesGiveWholeDays() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                custom("k", CredentialKind.API_KEY, true, Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2027-01-02T00:00:00Z"), null)))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("lifetime 366 days");
    }

    @Test
    void federatedInactiveAndHumanCredentialsAreLeftOut() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("role", ActorClass.WORKLOAD, custom("trust", CredentialKind.FEDERATED, true, null, null,
                        null), custom("old", CredentialKind.ACCESS_KEY, false, CREATED, null, null)),
                identity("alice", ActorClass.HUMAN, custom("pw", CredentialKind.PASSWORD, true, CREATED, null,
                        null)),
                identity("svc", ActorClass.WORKLOAD, living("ok", CredentialKind.API_KEY, 30)))));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void platformManagedCredentialsStayInThePopulation() {
        Credential gcp = new Credential("sys", CredentialKind.ACCESS_KEY, ManagedBy.PLATFORM, true, CREATED, null,
                null, CREATED.plus(Duration.ofDays(730)), null, null, List.of(), new Origin("test", "line 1"));
        CheckRun run = CheckRun.of(check, context(inventory(identity("sa", ActorClass.WORKLOAD, gcp))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("lifetime 730 days");
    }

    @Test
    void noCredentialsIsNoEvidence() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD),
                identity("role", ActorClass.WORKLOAD, custom("trust", CredentialKind.FEDERATED, true, null, null,
                        null)))));

        assertThat(run.noEvidence()).isEqualTo("no active credentials in the inputs");
        assertThat(run.population()).isZero();
    }
}
