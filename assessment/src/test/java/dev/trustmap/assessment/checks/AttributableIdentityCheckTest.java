package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.context;
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

class AttributableIdentityCheckTest {

    private final AttributableIdentityCheck check = new AttributableIdentityCheck();

    private static Identity.Builder workload(String id) {
        return Identity.builder(id).actorClass(ActorClass.WORKLOAD);
    }

    private static Credential secret(String id, String fingerprint) {
        return new Credential(id, CredentialKind.API_KEY, ManagedBy.USER, true, daysAgo(10), daysAgo(10), null, null,
                null, fingerprint, List.of(), new Origin("test", "line 1"));
    }

    @Test
    void oneSystemAndAnUnsharedSecretPass() {
        Identity svc = workload("svc").system("erp").addCredential(secret("k1", "sha256:aaaa")).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.controlId()).isEqualTo("ACT-04");
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void systemFieldNamingSeveralSystemsFails() {
        Identity svc = workload("svc").system("erp; CRM , billing").build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo("used by 3 systems: erp, CRM, billing");
            assertThat(f.limit()).isEqualTo("1 system, no shared secret");
        });
    }

    @Test
    void repeatedSystemNamesInAnyCaseCountOnce() {
        Identity svc = workload("svc").system("erp; ERP , erp,").build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.passed()).isEqualTo(1);
    }

    @Test
    void sameSecretInTwoIdentitiesFailsBoth() {
        Identity x = workload("x").addCredential(secret("kx", "sha256:AAAA")).build();
        Identity y = workload("y").addCredential(secret("ky", "sha256:aaaa")).build();
        Identity z = workload("z").addCredential(secret("kz", "sha256:aaaa")).build();
        Identity other = workload("other").addCredential(secret("ko", "sha256:bbbb")).build();

        CheckRun run = CheckRun.of(check, context(inventory(x, y, z, other)));

        assertThat(run.population()).isEqualTo(4);
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).extracting(CheckRun.Failure::observed).containsExactly(
                "shares a secret with 2 other identities: y, z",
                "shares a secret with 2 other identities: x, z",
                "shares a secret with 2 other identities: x, y");
    }

    @Test
    void atMostThreeSharersAreListed() {
        Identity[] all = new Identity[5];
        for (int i = 0; i < 5; i++) {
            all[i] = workload("i" + i).addCredential(secret("k" + i, "sha256:cccc")).build();
        }

        CheckRun run = CheckRun.of(check, context(inventory(all)));

        assertThat(run.failures().get(0).observed())
                .isEqualTo("shares a secret with 4 other identities: i1, i2, i3 and 1 more");
    }

    @Test
    void bothProblemsAreReportedOnceInOneObservedValue() {
        Identity x = workload("x").system("a,b").addCredential(secret("kx", "sha256:dddd")).build();
        Identity y = workload("y").addCredential(secret("ky", "sha256:dddd")).build();

        CheckRun run = CheckRun.of(check, context(inventory(x, y)));

        assertThat(run.failures()).extracting(CheckRun.Failure::observed).containsExactly(
                "used by 2 systems: a, b; shares a secret with 1 other identity: y",
                "shares a secret with 1 other identity: x");
    }

    @Test
    void secretSharedWithAHumanCountsButTheHumanIsNotJudged() {
        Identity svc = workload("svc").addCredential(secret("k1", "sha256:eeee")).build();
        Identity alice = Identity.builder("alice").actorClass(ActorClass.HUMAN).system("a,b,c")
                .addCredential(secret("k2", "sha256:eeee")).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc, alice)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("shares a secret with 1 other identity: alice");
    }

    @Test
    void identitiesWithoutSystemOrFingerprintAreLeftOut() {
        Identity known = workload("known").system("erp").build();
        Identity bare = workload("bare").system(" ").addCredential(secret("k", null)).build();

        CheckRun run = CheckRun.of(check, context(inventory(known, bare)));

        assertThat(run.population()).isEqualTo(1);
        assertThat(run.noEvidence()).isNull();
    }

    @Test
    void noSystemOrFingerprintAnywhereIsNoEvidence() {
        Identity bare = workload("bare").addCredential(secret("k", null)).build();

        CheckRun run = CheckRun.of(check, context(inventory(bare)));

        assertThat(run.noEvidence()).isEqualTo("no system or credential fingerprint data");
        assertThat(run.population()).isZero();
    }

    @Test
    void aHolderAfterTheMemberInIdOrderIsNamed() {
        Identity member = workload("a-svc").addCredential(secret("k1", "sha256:f1f1")).build();
        Identity later = Identity.builder("z-ana").actorClass(ActorClass.HUMAN)
                .addCredential(secret("k2", "sha256:F1F1")).build();

        CheckRun run = CheckRun.of(check, context(inventory(member, later)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("a-svc");
            assertThat(f.observed()).isEqualTo("shares a secret with 1 other identity: z-ana");
        });
    }

    @Test
    void aHolderBeforeTheMemberInIdOrderIsNamed() {
        Identity earlier = Identity.builder("a-ana").actorClass(ActorClass.HUMAN)
                .addCredential(secret("k1", "sha256:f2f2")).build();
        Identity member = workload("z-svc").system("erp, crm").addCredential(secret("k2", "sha256:f2f2")).build();

        CheckRun run = CheckRun.of(check, context(inventory(earlier, member)));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("z-svc");
            assertThat(f.observed())
                    .isEqualTo("used by 2 systems: erp, crm; shares a secret with 1 other identity: a-ana");
        });
    }

    @Test
    void otherHoldersAreNamedSecretBySecretInTheOrderTheMemberHoldsThem() {
        // The member's first secret sits on a later identity, its second on an earlier one.
        Identity earlier = Identity.builder("a-ana").actorClass(ActorClass.HUMAN)
                .addCredential(secret("k1", "sha256:f3f3")).build();
        Identity member = workload("m-svc").addCredential(secret("k2", "sha256:f4f4"))
                .addCredential(secret("k3", "sha256:f3f3")).build();
        Identity later = Identity.builder("z-bob").actorClass(ActorClass.HUMAN)
                .addCredential(secret("k4", "sha256:f4f4")).build();
        Identity alone = workload("n-svc").system("erp").build();

        CheckRun run = CheckRun.of(check, context(inventory(earlier, member, alone, later)));

        assertThat(run.population()).isEqualTo(2);
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).extracting(CheckRun.Failure::observed)
                .containsExactly("shares a secret with 2 other identities: z-bob, a-ana");
    }

    @Test
    void aSecretHeldTwiceByOneIdentityIsNotShared() {
        Identity svc = workload("svc").addCredential(secret("k1", "sha256:f5f5"))
                .addCredential(secret("k2", "sha256:F5F5")).build();

        CheckRun run = CheckRun.of(check, context(inventory(svc)));

        assertThat(run.passed()).isEqualTo(1);
    }
}
