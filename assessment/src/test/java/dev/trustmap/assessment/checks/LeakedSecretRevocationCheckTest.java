package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.context;
import static dev.trustmap.assessment.checks.CheckTestSupport.credential;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.inventory.SourceSummary;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakedSecretRevocationCheckTest {

    private static final String KEY_ID = "AKIAEXAMPLE0000001";

    private static Identity deployer(Credential credential) {
        return Identity.builder("arn:aws:iam::1:user/deployer").actorClass(ActorClass.PIPELINE)
                .technicalOwner("ops@example.com").credentials(List.of(credential)).build();
    }

    private static LeakedSecret leak(Instant detected, String identity, String credential) {
        return new LeakedSecret("f-1", "gitleaks", "aws-access-token", "sha256:0123456789abcdef", KEY_ID,
                "src/app.py:12", "abc123", detected, null, identity, credential, new Origin("gitleaks.json", "/0"));
    }

    private static CheckRun run(String source, List<LeakedSecret> leaks, Identity... identities) {
        Inventory inventory = new Inventory(AS_OF, List.of(new SourceSummary("scan.json", source, "0",
                identities.length, 0, leaks.size(), 0)), List.of(identities), leaks, List.of());
        return CheckRun.of(new LeakedSecretRevocationCheck(), context(inventory));
    }

    private static CheckRun linked(Credential credential, Instant detected) {
        return run("gitleaks", List.of(leak(detected, "arn:aws:iam::1:user/deployer", KEY_ID)), deployer(credential));
    }

    @Test
    void aLeakOneDayOldIsWithinTheDeadline() {
        CheckRun run = linked(credential(KEY_ID, CredentialKind.ACCESS_KEY, daysAgo(100)), daysAgo(1));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void aLeakTwoDaysOldAndStillActiveFails() {
        CheckRun run = linked(credential(KEY_ID, CredentialKind.ACCESS_KEY, daysAgo(100)), daysAgo(2));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("leaked 2 days ago in src/app.py:12, still active");
            assertThat(f.limit()).isEqualTo("1 day");
            assertThat(f.severity()).isNull();
            assertThat(f.subject().identity()).isEqualTo("arn:aws:iam::1:user/deployer");
            assertThat(f.subject().credential()).isEqualTo(KEY_ID);
            assertThat(f.subject().owner()).isEqualTo("ops@example.com");
        });
    }

    @Test
    void aRevokedCredentialPassesHoweverOldTheLeak() {
        Credential revoked = new Credential(KEY_ID, CredentialKind.ACCESS_KEY, ManagedBy.USER, false, daysAgo(100),
                null, null, null, null, null, List.of(), new Origin("test", "line 1"));

        assertThat(linked(revoked, daysAgo(18)).passed()).isEqualTo(1);
    }

    @Test
    void anUnknownActiveStateCountsAsActive() {
        Credential unknown = new Credential(KEY_ID, CredentialKind.ACCESS_KEY, ManagedBy.USER, null, daysAgo(100),
                null, null, null, null, null, List.of(), new Origin("test", "line 1"));

        assertThat(linked(unknown, daysAgo(18)).failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("leaked 18 days ago in src/app.py:12, still active"));
    }

    @Test
    void anUndatedLeakFails() {
        CheckRun run = linked(credential(KEY_ID, CredentialKind.ACCESS_KEY, daysAgo(100)), null);

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("leaked secret, detection date unknown, still active"));
    }

    @Test
    void anUnlinkedLeakPastTheDeadlineCannotBeVerified() {
        CheckRun run = run("trufflehog", List.of(leak(daysAgo(18), null, null)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo(
                    "leaked 18 days ago in src/app.py:12, not linked to a known credential, revocation unverifiable");
            assertThat(f.subject().identity()).isEqualTo("leak:f-1");
            assertThat(f.subject().owner()).isNull();
        });
    }

    @Test
    void leaksOfHumanCredentialsAreNotJudged() {
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN)
                .credentials(List.of(credential("pat-1", CredentialKind.PERSONAL_ACCESS_TOKEN, daysAgo(5)))).build();

        CheckRun run = run("gitleaks", List.of(leak(daysAgo(18), "ana", "pat-1")), human);

        assertThat(run.population()).isZero();
        assertThat(run.noEvidence()).isNull();
    }

    @Test
    void aScannerReportWithoutFindingsIsEvidence() {
        CheckRun run = run("gitleaks", List.of());

        assertThat(run.noEvidence()).isNull();
        assertThat(run.population()).isZero();
    }

    @Test
    void withoutScannerReportThereIsNoEvidence() {
        CheckRun run = run("inventory-csv", List.of());

        assertThat(run.noEvidence()).isEqualTo("no secret-scanner report in the inputs");
    }

    @Test
    void findingsAreJudgedInTheOrderTheScannersGaveThemWhateverTheIdentityOrder() {
        Identity first = Identity.builder("a-deployer").actorClass(ActorClass.PIPELINE)
                .credentials(List.of(credential("k-a", CredentialKind.ACCESS_KEY, daysAgo(100)))).build();
        Identity second = Identity.builder("z-deployer").actorClass(ActorClass.PIPELINE)
                .credentials(List.of(credential("k-z", CredentialKind.ACCESS_KEY, daysAgo(100)))).build();
        List<LeakedSecret> leaks = List.of(leak(daysAgo(5), "z-deployer", "k-z"), leak(daysAgo(3), "a-deployer", "k-a"),
                leak(daysAgo(4), "a-deployer", "k-gone"));

        CheckRun run = run("gitleaks", leaks, first, second);

        assertThat(run.failures()).extracting(f -> f.subject().identity() + "/" + f.subject().credential() + ": "
                + f.observed()).containsExactly(
                        "z-deployer/k-z: leaked 5 days ago in src/app.py:12, still active",
                        "a-deployer/k-a: leaked 3 days ago in src/app.py:12, still active",
                        "a-deployer/null: leaked 4 days ago in src/app.py:12, not linked to a known credential,"
                                + " revocation unverifiable");
    }
}
