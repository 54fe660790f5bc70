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

class ThirdPartyIdentityCheckTest {

    private static final Instant OFFBOARD = Instant.parse("2027-03-31T00:00:00Z");

    private static Identity vendor(String owner, Instant decommission, Credential... credentials) {
        return Identity.builder("vendor-crm").actorClass(ActorClass.THIRD_PARTY).businessOwner(owner)
                .decommissionOn(decommission).credentials(List.of(credentials)).build();
    }

    private static CheckRun run(Identity... identities) {
        return CheckRun.of(new ThirdPartyIdentityCheck(), context(inventory(identities)));
    }

    @Test
    void ownerRotationWithinNinetyDaysAndOffboardingDatePass() {
        CheckRun run = run(vendor("vendor@crm.example", OFFBOARD,
                credential("k1", CredentialKind.API_KEY, daysAgo(90))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void aCredentialRotatedNinetyOneDaysAgoIsNoRotationEvidence() {
        CheckRun run = run(vendor("vendor@crm.example", OFFBOARD, credential("k1", CredentialKind.API_KEY, daysAgo(91)),
                credential("k2", CredentialKind.API_KEY, daysAgo(400))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("no rotation in 91 days");
            assertThat(f.limit()).isEqualTo("vendor owner, rotation within 90 days, offboarding date");
            assertThat(f.remediation()).isEqualTo("Rotate its credentials.");
        });
    }

    @Test
    void aRecentRotationCountsOverAnOldCreation() {
        Credential rotated = new Credential("k1", CredentialKind.CLIENT_SECRET, ManagedBy.USER, null, daysAgo(700),
                daysAgo(10), null, null, null, null, List.of(), new Origin("test", "line 1"));

        assertThat(run(vendor("vendor@crm.example", OFFBOARD, rotated)).passed()).isEqualTo(1);
    }

    @Test
    void everyMissingPartIsJoined() {
        CheckRun run = run(vendor(null, null, credential("k1", CredentialKind.API_KEY, daysAgo(412))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("no vendor owner; no rotation in 412 days; no offboarding date");
            assertThat(f.remediation())
                    .isEqualTo("Name the vendor-side owner, rotate its credentials, set the date it is offboarded.");
        });
    }

    @Test
    void noDateOrNoCredentialIsNoRotationDate() {
        Credential undated = new Credential("k1", CredentialKind.API_KEY, ManagedBy.USER, true, null, null, null,
                null, null, null, List.of(), new Origin("test", "line 1"));

        assertThat(run(vendor("vendor@crm.example", OFFBOARD, undated)).failures()).singleElement()
                .satisfies(f -> assertThat(f.observed()).isEqualTo("no rotation date"));
        assertThat(run(vendor("vendor@crm.example", OFFBOARD)).failures()).singleElement()
                .satisfies(f -> assertThat(f.observed()).isEqualTo("no rotation date"));
    }

    @Test
    void revokedCredentialsLeaveNothingToRotate() {
        Credential revoked = new Credential("k1", CredentialKind.API_KEY, ManagedBy.USER, false, daysAgo(900), null,
                null, null, null, null, List.of(), new Origin("test", "line 1"));

        assertThat(run(vendor("vendor@crm.example", OFFBOARD, revoked)).passed()).isEqualTo(1);
    }

    @Test
    void onlyThirdPartyIdentitiesAreJudged() {
        Identity workload = Identity.builder("svc").actorClass(ActorClass.WORKLOAD).build();
        Identity human = Identity.builder("ana").actorClass(ActorClass.HUMAN).build();

        CheckRun run = run(workload, human);

        assertThat(run.noEvidence()).isEqualTo("no third-party identities");
        assertThat(run.population()).isZero();
    }
}
