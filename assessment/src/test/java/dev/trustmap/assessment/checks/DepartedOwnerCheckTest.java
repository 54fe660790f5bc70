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
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartedOwnerCheckTest {

    private static Identity owned(String technicalOwner, String businessOwner, Credential... credentials) {
        return Identity.builder("svc-billing").actorClass(ActorClass.WORKLOAD).technicalOwner(technicalOwner)
                .businessOwner(businessOwner).credentials(List.of(credentials)).build();
    }

    private static Credential key() {
        return credential("k1", CredentialKind.ACCESS_KEY, daysAgo(30));
    }

    private static Person departed(String email, String on) {
        return new Person(email, "Ana", true, on == null ? null : Instant.parse(on + "T00:00:00Z"));
    }

    private static CheckRun run(List<Person> people, Identity... identities) {
        return CheckRun.of(new DepartedOwnerCheck(), context(inventory(identities), people, null, List.of(),
                List.of()));
    }

    @Test
    void departedExactlyFourteenDaysAgoIsWithinTheGrace() {
        // 2026-09-16 00:00Z is 14 days and 23:59:59 before the as-of instant.
        CheckRun run = run(List.of(departed("ana@example.com", "2026-09-16")), owned("ana@example.com", null, key()));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void departedFifteenDaysAgoWithAnActiveCredentialFails() {
        CheckRun run = run(List.of(departed("ana@example.com", "2026-09-15")), owned("ana@example.com", null, key()));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("owner ana@example.com departed 2026-09-15 (15 days ago)");
            assertThat(f.limit()).isEqualTo("14 days");
            assertThat(f.subject().identity()).isEqualTo("svc-billing");
            assertThat(f.subject().owner()).isEqualTo("ana@example.com");
        });
    }

    @Test
    void ownersAreMatchedByEmailIgnoringCase() {
        CheckRun run = run(List.of(departed("Ana@Example.com", "2026-08-01")),
                owned(null, "ana@example.COM ", key()));

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("owner Ana@Example.com departed 2026-08-01 (60 days ago)"));
    }

    @Test
    void aDepartureWithoutDateFails() {
        CheckRun run = run(List.of(departed("ana@example.com", null)), owned("ana@example.com", null, key()));

        assertThat(run.failures()).singleElement()
                .satisfies(f -> assertThat(f.observed()).isEqualTo("owner departed, date unknown"));
    }

    @Test
    void aRevokedOrDisabledIdentityOfADepartedOwnerPasses() {
        Credential revoked = new Credential("k1", CredentialKind.ACCESS_KEY, ManagedBy.USER, false, daysAgo(30),
                null, null, null, null, null, List.of(), new Origin("test", "line 1"));
        List<Person> people = List.of(departed("ana@example.com", "2026-08-01"));

        assertThat(run(people, owned("ana@example.com", null, revoked)).passed()).isEqualTo(1);
        assertThat(run(people, owned("ana@example.com", null, key()).toBuilder().status("disabled").build())
                .passed()).isEqualTo(1);
    }

    @Test
    void anActiveOwnerPasses() {
        CheckRun run = run(List.of(new Person("bo@example.com", "Bo", false, null)),
                owned("bo@example.com", "gone@example.com", key()));

        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void anOwnerOutsideTheDirectoryIsNotAssessed() {
        CheckRun run = run(List.of(departed("ana@example.com", "2026-08-01")), owned("bo@example.com", null, key()));

        assertThat(run.notAssessed()).isEqualTo(1);
        assertThat(run.notAssessedReasons()).containsExactly("owner not in the people directory");
    }

    @Test
    void withoutPeopleDirectoryThereIsNoEvidence() {
        CheckRun run = run(null, owned("ana@example.com", null, key()));

        assertThat(run.noEvidence()).isEqualTo("no people directory");
        assertThat(run.population()).isZero();
    }

    @Test
    void humansAreNotJudged() {
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN).technicalOwner("ana@example.com")
                .credentials(List.of(key())).build();

        CheckRun run = run(List.of(departed("ana@example.com", "2026-08-01")), human);

        assertThat(run.noEvidence()).isEqualTo("no identity names an owner");
        assertThat(run.population()).isZero();
    }

    /** A token of {@code ttl} issued {@code issuedDaysAgo} days before the as-of instant and last used then. */
    private static Credential token(CredentialKind kind, ManagedBy managedBy, Boolean active, long issuedDaysAgo,
            long ttlSeconds) {
        return new Credential("t1", kind, managedBy, active, daysAgo(issuedDaysAgo), null, daysAgo(issuedDaysAgo),
                null, ttlSeconds, null, List.of(), new Origin("test", "line 1"));
    }

    private static final List<Person> LEFT = List.of(departed("ana@example.com", "2026-08-01"));

    @Test
    void anExpiredOneHourFederatedTokenUsedYesterdayIsNoRevocation() {
        // the token expired 23 hours ago, but the identity mints a new one whenever it likes
        Identity agent = owned("ana@example.com", null, token(CredentialKind.FEDERATED, ManagedBy.USER, true, 1,
                3600)).toBuilder().status("active").build();

        CheckRun run = run(LEFT, agent);

        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.observed())
                .isEqualTo("owner ana@example.com departed 2026-08-01 (60 days ago)"));
    }

    @Test
    void aPlatformMintedOAuthTokenLongExpiredAndUnusedStillLeavesTheIdentityLive() {
        Identity app = owned("ana@example.com", null, token(CredentialKind.OAUTH_TOKEN, ManagedBy.PLATFORM, true,
                200, 3600));

        assertThat(run(LEFT, app).failures()).hasSize(1);
    }

    @Test
    void anExpiredTokenUsedRecentlyMeansTheIdentityIsStillGettingTokens() {
        Identity app = owned("ana@example.com", null, token(CredentialKind.OAUTH_TOKEN, ManagedBy.USER, null, 3,
                3600));

        assertThat(run(LEFT, app).failures()).hasSize(1);
    }

    @Test
    void anIdentityWithNoCredentialOfItsOwnActsByBeingAssumed() {
        // an AWS role, an agent invoked through its platform: only disabling it stops it
        assertThat(run(LEFT, owned("ana@example.com", null)).failures()).hasSize(1);
    }

    @Test
    void aUserHeldTokenThatExpiredLongAgoAndWasNotUsedSinceHasEnded() {
        // a Vault token with a TTL is the identity: once expired and idle it is gone
        Identity vaultToken = owned("ana@example.com", null, token(CredentialKind.OAUTH_TOKEN, ManagedBy.USER, true,
                200, 3600));

        assertThat(run(LEFT, vaultToken).passed()).isEqualTo(1);
    }

    @Test
    void aRevokedFederationOrADisabledIdentityHasStopped() {
        Identity revoked = owned("ana@example.com", null, token(CredentialKind.FEDERATED, ManagedBy.PLATFORM, false,
                1, 3600));
        Identity disabled = owned("ana@example.com", null, token(CredentialKind.FEDERATED, ManagedBy.PLATFORM, true,
                1, 3600)).toBuilder().status("disabled").build();

        assertThat(run(LEFT, revoked).passed()).isEqualTo(1);
        assertThat(run(LEFT, disabled).passed()).isEqualTo(1);
    }
}
