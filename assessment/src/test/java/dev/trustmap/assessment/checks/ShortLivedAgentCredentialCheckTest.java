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

class ShortLivedAgentCredentialCheckTest {

    private final ShortLivedAgentCredentialCheck check = new ShortLivedAgentCredentialCheck();

    private static final Instant ISSUED = AS_OF.minusSeconds(600);

    private static Identity agent(String id, Credential... credentials) {
        return Identity.builder(id).actorClass(ActorClass.AI_AGENT).credentials(List.of(credentials)).build();
    }

    private static Credential token(String id, CredentialKind kind, Instant created, Instant expires, Long ttl) {
        return new Credential(id, kind, ManagedBy.USER, true, created, null, null, expires, ttl, null, List.of(),
                new Origin("test", "line 1"));
    }

    private static Credential lasting(String id, long seconds) {
        return token(id, CredentialKind.OAUTH_TOKEN, ISSUED, ISSUED.plusSeconds(seconds), null);
    }

    @Test
    void lifetimeOfOneHourPassesAndOneSecondMoreFails() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("bot",
                lasting("s3599", 3599), lasting("s3600", 3600), lasting("s3601", 3601)))));

        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("s3601");
            assertThat(f.subject().lane()).isEqualTo("ai");
            assertThat(f.observed()).isEqualTo("lifetime over 60 minutes");
            assertThat(f.limit()).isEqualTo("1 hour");
        });
    }

    @Test
    void ttlWinsOverTheExpiryDates() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("bot",
                token("short-ttl", CredentialKind.OAUTH_TOKEN, ISSUED, ISSUED.plusSeconds(86_400), 900L),
                token("eight-hours", CredentialKind.OAUTH_TOKEN, null, null, 8L * 3600)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("eight-hours");
            assertThat(f.observed()).isEqualTo("lifetime 8 hours");
        });
    }

    @Test
    void staticSecretOnAnAgentFailsWhateverItsAge() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("bot",
                credential("fresh-key", CredentialKind.API_KEY, AS_OF.minusSeconds(60)),
                token("sat", CredentialKind.SERVICE_ACCOUNT_TOKEN, daysAgo(3), null, null)))));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed).containsExactly(
                "standing static secret (api_key) on an AI identity",
                "standing static secret (service_account_token) on an AI identity");
        assertThat(run.failures()).allSatisfy(f -> assertThat(f.limit()).isEqualTo("1 hour"));
    }

    @Test
    void tokenWithoutExpiryOrTtlFails() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("bot",
                token("pat-like", CredentialKind.OAUTH_TOKEN, ISSUED, null, null)))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed).isEqualTo("no expiry");
    }

    @Test
    void federatedWithoutTtlPassesButALongTtlStillFails() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("bot",
                token("trust", CredentialKind.FEDERATED, null, null, null),
                token("long-session", CredentialKind.FEDERATED, null, null, 12L * 3600)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("lifetime 12 hours");
    }

    @Test
    void expiryWithoutCreationOrTtlIsNotAssessed() {
        CheckRun run = CheckRun.of(check, context(inventory(agent("bot",
                token("t", CredentialKind.OAUTH_TOKEN, null, AS_OF.plusSeconds(60), null)))));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).containsExactly("no creation date or TTL, lifetime unknown");
    }

    @Test
    void machineAndHumanIdentitiesAreNotInThePopulation() {
        Identity workload = Identity.builder("svc").actorClass(ActorClass.WORKLOAD)
                .addCredential(credential("k", CredentialKind.ACCESS_KEY, daysAgo(1))).build();
        Identity person = Identity.builder("alice").actorClass(ActorClass.HUMAN)
                .addCredential(credential("pw", CredentialKind.PASSWORD, daysAgo(1))).build();
        Identity unknown = Identity.builder("mystery")
                .addCredential(credential("k2", CredentialKind.API_KEY, daysAgo(1))).build();

        CheckRun run = CheckRun.of(check, context(inventory(workload, person, unknown,
                agent("bot", lasting("ok", 900)))));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void noAiIdentitiesIsNoEvidence() {
        Identity workload = Identity.builder("svc").actorClass(ActorClass.WORKLOAD)
                .addCredential(credential("k", CredentialKind.ACCESS_KEY, daysAgo(1))).build();

        CheckRun run = CheckRun.of(check, context(inventory(workload)));

        assertThat(run.noEvidence()).isEqualTo("no AI-lane identities");
        assertThat(run.population()).isZero();
    }

    @Test
    void agentsWithoutActiveCredentialsAreNoEvidence() {
        Credential revoked = new Credential("old", CredentialKind.API_KEY, ManagedBy.USER, false, daysAgo(5), null,
                null, null, null, null, List.of(), new Origin("test", "line 1"));

        CheckRun run = CheckRun.of(check, context(inventory(agent("bot", revoked), agent("empty"))));

        assertThat(run.noEvidence()).isEqualTo("no active credentials of AI-lane identities in the inputs");
        assertThat(run.population()).isZero();
    }

    @Test
    void durationsReadInTheirMostNaturalUnit() {
        assertThat(ShortLivedAgentCredentialCheck.readable(45)).isEqualTo("45 seconds");
        assertThat(ShortLivedAgentCredentialCheck.readable(119)).isEqualTo("119 seconds");
        assertThat(ShortLivedAgentCredentialCheck.readable(2700)).isEqualTo("45 minutes");
        assertThat(ShortLivedAgentCredentialCheck.readable(3600)).isEqualTo("1 hour");
        assertThat(ShortLivedAgentCredentialCheck.readable(5400)).isEqualTo("90 minutes");
        assertThat(ShortLivedAgentCredentialCheck.readable(28_800)).isEqualTo("8 hours");
        assertThat(ShortLivedAgentCredentialCheck.readable(28_801)).isEqualTo("over 8 hours");
        assertThat(ShortLivedAgentCredentialCheck.readable(86_400)).isEqualTo("1 day");
        assertThat(ShortLivedAgentCredentialCheck.readable(200_000)).isEqualTo("over 2 days");
    }
}
