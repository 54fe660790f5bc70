package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
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

class StaticSecretRotationCheckTest {

    private final StaticSecretRotationCheck check = new StaticSecretRotationCheck();

    private static Identity identity(String id, ActorClass actorClass, Credential... credentials) {
        return Identity.builder(id).actorClass(actorClass).platform("aws").credentials(List.of(credentials)).build();
    }

    private static Credential custom(String id, CredentialKind kind, ManagedBy managedBy, Boolean active,
            Instant created, Instant rotated, Instant expires) {
        return new Credential(id, kind, managedBy, active, created, rotated, null, expires, null, null, List.of(),
                new Origin("test", "line 1"));
    }

    @Test
    void machineKeyOfNinetyDaysPassesAndNinetyOneFails() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                credential("k89", CredentialKind.ACCESS_KEY, daysAgo(89)),
                credential("k90", CredentialKind.ACCESS_KEY, daysAgo(90)),
                credential("k91", CredentialKind.ACCESS_KEY, daysAgo(91))))));

        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("k91");
            assertThat(f.subject().lane()).isEqualTo("machine");
            assertThat(f.severity()).isNull();
            assertThat(f.observed()).isEqualTo("key age 91 days");
            assertThat(f.limit()).isEqualTo("90 days");
            assertThat(f.remediation()).isNotBlank();
        });
        assertThat(run.noEvidence()).isNull();
    }

    @Test
    void aiLaneUsesThirtyDayOverride() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("agent", ActorClass.AI_AGENT,
                credential("k29", CredentialKind.API_KEY, daysAgo(29)),
                credential("k30", CredentialKind.API_KEY, daysAgo(30)),
                credential("k31", CredentialKind.API_KEY, daysAgo(31))))));

        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("k31");
            assertThat(f.subject().lane()).isEqualTo("ai");
            assertThat(f.observed()).isEqualTo("key age 31 days");
            assertThat(f.limit()).isEqualTo("30 days");
        });
    }

    @Test
    void ageCountsFromLastRotationNotCreation() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                custom("k", CredentialKind.CLIENT_SECRET, ManagedBy.USER, true, daysAgo(400), daysAgo(10),
                        null)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void withoutRotationDateAgeCountsFromCreation() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                custom("k", CredentialKind.PASSWORD, ManagedBy.USER, true, daysAgo(212), null, null)))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("key age 212 days");
    }

    @Test
    void dateOnlyCreationCountsWholeDaysToAsOf() {
        // 2026-07-02T00:00Z to 2026-09-30T23:59:59Z is 90 days and almost 24 hours: still 90 whole days.
        Instant dateOnly = Instant.parse("2026-07-02T00:00:00Z");
        Instant dayBefore = Instant.parse("2026-07-01T00:00:00Z");
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                credential("on-limit", CredentialKind.ACCESS_KEY, dateOnly),
                credential("over", CredentialKind.ACCESS_KEY, dayBefore)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("over");
            assertThat(f.observed()).isEqualTo("key age 91 days");
        });
    }

    @Test
    void credentialWithoutDatesIsNotAssessed() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                custom("k", CredentialKind.ACCESS_KEY, ManagedBy.USER, true, null, null, null)))));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).containsExactly("no creation or rotation date");
        assertThat(run.population()).isEqualTo(1);
    }

    @Test
    void platformManagedInactiveAndNonStaticCredentialsAreLeftOut() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                custom("gcp-system", CredentialKind.ACCESS_KEY, ManagedBy.PLATFORM, true, daysAgo(500),
                        null, null),
                custom("revoked", CredentialKind.ACCESS_KEY, ManagedBy.USER, false, daysAgo(500), null, null),
                credential("cert", CredentialKind.CERTIFICATE, daysAgo(500)),
                custom("unknown-active", CredentialKind.SSH_KEY, ManagedBy.USER, null, daysAgo(100), null,
                        null)))));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).singleElement().extracting(f -> f.subject().credential())
                .isEqualTo("unknown-active");
    }

    @Test
    void serviceAccountTokenWithoutExpiryIsStaticButOneThatExpiresIsNot() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("ns/sa", ActorClass.WORKLOAD,
                custom("never-expires", CredentialKind.SERVICE_ACCOUNT_TOKEN, ManagedBy.USER, true,
                        daysAgo(200), null, null),
                custom("expires", CredentialKind.SERVICE_ACCOUNT_TOKEN, ManagedBy.USER, true, daysAgo(200),
                        null, AS_OF.plusSeconds(3600))))));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("never-expires");
            assertThat(f.observed()).isEqualTo("key age 200 days");
        });
    }

    @Test
    void humansAreExcludedAndUnknownClassCountsAsMachine() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("alice", ActorClass.HUMAN, credential("pw", CredentialKind.PASSWORD, daysAgo(400))),
                identity("mystery", null, credential("k", CredentialKind.ACCESS_KEY, daysAgo(91))))));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("mystery");
            assertThat(f.subject().lane()).isNull();
            assertThat(f.limit()).isEqualTo("90 days");
        });
    }

    @Test
    void noStaticCredentialIsNoEvidence() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                credential("cert", CredentialKind.CERTIFICATE, daysAgo(10))))));

        assertThat(run.noEvidence()).isEqualTo("no static credentials in the inputs");
        assertThat(run.population()).isZero();
    }

    @Test
    void onlyPlatformManagedStaticKeysIsNoEvidenceSayingSo() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                custom("gcp-system", CredentialKind.ACCESS_KEY, ManagedBy.PLATFORM, true, daysAgo(5), null,
                        null)))));

        assertThat(run.noEvidence()).isEqualTo("no active user-managed static credentials in the inputs");
        assertThat(run.population()).isZero();
    }
}
