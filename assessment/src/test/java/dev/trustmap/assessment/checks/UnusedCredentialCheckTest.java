package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.SourceSummary;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedCredentialCheckTest {

    private final UnusedCredentialCheck check = new UnusedCredentialCheck();

    private static Identity identity(String id, ActorClass actorClass, Credential... credentials) {
        return Identity.builder(id).actorClass(actorClass).credentials(List.of(credentials)).build();
    }

    private static Credential used(String id, CredentialKind kind, Boolean active, Instant created,
            Instant lastUsed) {
        return new Credential(id, kind, ManagedBy.USER, active, created, null, lastUsed, null, null, null,
                List.of(), new Origin("test", "line 1"));
    }

    private static Credential lastUsed(String id, long days) {
        return used(id, CredentialKind.ACCESS_KEY, true, daysAgo(1000), daysAgo(days));
    }

    @Test
    void idleNinetyDaysPassesAndNinetyOneFails() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                lastUsed("d89", 89), lastUsed("d90", 90), lastUsed("d91", 91)))));

        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("d91");
            assertThat(f.observed()).isEqualTo("unused for 91 days");
            assertThat(f.limit()).isEqualTo("90 days");
            assertThat(f.severity()).isNull();
            assertThat(f.remediation()).isNotBlank();
        });
    }

    @Test
    void neverUsedCredentialAgesFromItsCreation() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                used("new", CredentialKind.API_KEY, true, daysAgo(90), null),
                used("stale", CredentialKind.API_KEY, true, daysAgo(212), null)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("no recorded use, created 212 days ago");
    }

    @Test
    void aKeyFromAFormatThatKeepsNoLastUseIsNotAssessedRatherThanUnused() {
        Credential anthropic = new Credential("apikey_01", CredentialKind.API_KEY, ManagedBy.USER, true,
                daysAgo(400), null, null, null, null, null, List.of(), new Origin("keys.json", "/data/0"));
        Credential other = new Credential("k2", CredentialKind.API_KEY, ManagedBy.USER, true, daysAgo(400), null,
                null, null, null, null, List.of(), new Origin("test.csv", "line 2"));
        Identity key = identity("anthropic:apikey_01", ActorClass.AI_AGENT, anthropic, other);
        Inventory inventory = new Inventory(CheckTestSupport.AS_OF, List.of(
                new SourceSummary("keys.json", "anthropic", "0", 1, 1, 0, 0),
                new SourceSummary("test.csv", "inventory-csv", "0", 1, 1, 0, 0)), List.of(key), List.of(), List.of());

        CheckRun run = CheckRun.of(check, context(inventory));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).singleElement().asString()
                .contains("last use not recorded (anthropic keeps none)");
        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .as("the same silence from a source that does record use").isEqualTo("no recorded use, created 400 "
                        + "days ago");
    }

    @Test
    void aServiceSpecificCredentialIsNotAssessedWhileItsUsersAccessKeyIs() {
        // IAM lists no last use for CodeCommit, Keyspaces and Bedrock credentials; the credential report does for keys
        Credential password = new Credential("ACCAEXAMPLE01", CredentialKind.PASSWORD, ManagedBy.USER, true,
                daysAgo(400), null, null, null, null, null, List.of(),
                new Origin("service-specific-credentials.json", "/ServiceSpecificCredentials/0"));
        Credential key = new Credential("AKIAEXAMPLE01", CredentialKind.ACCESS_KEY, ManagedBy.USER, true,
                daysAgo(400), null, null, null, null, null, List.of(), new Origin("credential-report.csv", "line 2"));
        Identity user = identity("arn:aws:iam::123456789012:user/deployer", ActorClass.WORKLOAD, password, key);
        Inventory inventory = new Inventory(CheckTestSupport.AS_OF, List.of(
                new SourceSummary("service-specific-credentials.json", "aws-service-specific-credentials", "0", 1, 1,
                        0, 0),
                new SourceSummary("credential-report.csv", "aws-credential-report", "0", 1, 1, 0, 0)), List.of(user),
                List.of(), List.of());

        CheckRun run = CheckRun.of(check, context(inventory));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).singleElement().asString()
                .contains("last use not recorded (aws-service-specific-credentials keeps none)");
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().credential()).isEqualTo("AKIAEXAMPLE01");
            assertThat(f.observed()).isEqualTo("no recorded use, created 400 days ago");
        });
    }

    @Test
    void dateOnlyLastUseCountsWholeDays() {
        // 2026-07-02T00:00Z is 90 days and almost a day before the as-of instant: 90 whole days.
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                used("jul2", CredentialKind.ACCESS_KEY, true, daysAgo(500), Instant.parse("2026-07-02T00:00:00Z")),
                used("jul1", CredentialKind.ACCESS_KEY, true, daysAgo(500),
                        Instant.parse("2026-07-01T00:00:00Z"))))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("unused for 91 days");
    }

    @Test
    void credentialWithNeitherDateIsNotAssessed() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                used("k", CredentialKind.CLIENT_SECRET, null, null, null)))));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).containsExactly("no last use or creation date");
    }

    @Test
    void platformManagedCredentialsAreJudgedToo() {
        Credential system = new Credential("sys", CredentialKind.ACCESS_KEY, ManagedBy.PLATFORM, true, daysAgo(200),
                null, null, null, null, null, List.of(), new Origin("test", "line 1"));
        CheckRun run = CheckRun.of(check, context(inventory(identity("sa", ActorClass.WORKLOAD, system))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("no recorded use, created 200 days ago");
    }

    @Test
    void federatedRevokedAndHumanCredentialsAreLeftOut() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("role", ActorClass.WORKLOAD, used("trust", CredentialKind.FEDERATED, true, daysAgo(900),
                        null), used("gone", CredentialKind.ACCESS_KEY, false, daysAgo(900), null)),
                identity("alice", ActorClass.HUMAN, used("pw", CredentialKind.PASSWORD, true, daysAgo(900), null)),
                identity("agent", ActorClass.AI_AGENT, lastUsed("fresh", 1)))));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void noCredentialsIsNoEvidence() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD))));

        assertThat(run.noEvidence()).isEqualTo("no active credentials in the inputs");
        assertThat(run.population()).isZero();
    }
}
