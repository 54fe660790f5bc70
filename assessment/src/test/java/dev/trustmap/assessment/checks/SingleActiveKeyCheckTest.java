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

class SingleActiveKeyCheckTest {

    private final SingleActiveKeyCheck check = new SingleActiveKeyCheck();

    private static Identity identity(String id, ActorClass actorClass, Credential... credentials) {
        return Identity.builder(id).actorClass(actorClass).credentials(List.of(credentials)).build();
    }

    private static Credential key(String id, CredentialKind kind, ManagedBy managedBy, Boolean active) {
        return new Credential(id, kind, managedBy, active, daysAgo(10), null, null, null, null, null, List.of(),
                new Origin("test", "line 1"));
    }

    @Test
    void twoActiveAccessKeysFail() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                credential("AKIA1", CredentialKind.ACCESS_KEY, daysAgo(100)),
                credential("AKIA2", CredentialKind.ACCESS_KEY, daysAgo(3))))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("svc");
            assertThat(f.observed()).isEqualTo("2 active access keys");
            assertThat(f.limit()).isEqualTo("1 active key per kind");
            assertThat(f.remediation()).isNotBlank();
        });
    }

    @Test
    void oneKeyOfEachKindPasses() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("svc", ActorClass.WORKLOAD,
                credential("AKIA1", CredentialKind.ACCESS_KEY, daysAgo(100)),
                credential("ssh", CredentialKind.SSH_KEY, daysAgo(3)),
                credential("api", CredentialKind.API_KEY, daysAgo(3))))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void everyRepeatedKindIsNamedInPlural() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("agent", ActorClass.AI_AGENT,
                credential("a1", CredentialKind.API_KEY, daysAgo(1)), credential("a2", CredentialKind.API_KEY,
                        daysAgo(1)), credential("a3", CredentialKind.API_KEY, daysAgo(1)),
                credential("s1", CredentialKind.SSH_KEY, daysAgo(1)), credential("s2", CredentialKind.SSH_KEY,
                        daysAgo(1))))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("3 active API keys, 2 active SSH keys");
    }

    @Test
    void revokedAndPlatformManagedKeysDoNotCount() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("sa", ActorClass.WORKLOAD,
                key("user", CredentialKind.ACCESS_KEY, ManagedBy.USER, true),
                key("old", CredentialKind.ACCESS_KEY, ManagedBy.USER, false),
                key("system", CredentialKind.ACCESS_KEY, ManagedBy.PLATFORM, true)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void unknownActiveCountsAsActive() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("app", ActorClass.INTEGRATION,
                key("s1", CredentialKind.CLIENT_SECRET, null, null),
                key("s2", CredentialKind.CLIENT_SECRET, ManagedBy.USER, true)))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("2 active client secrets");
    }

    @Test
    void humansAndIdentitiesWithoutStaticKeysAreOutside() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("alice", ActorClass.HUMAN, credential("p1", CredentialKind.PASSWORD, daysAgo(1)),
                        credential("p2", CredentialKind.PASSWORD, daysAgo(1))),
                identity("web", ActorClass.WORKLOAD, credential("c1", CredentialKind.CERTIFICATE, daysAgo(1)),
                        credential("c2", CredentialKind.CERTIFICATE, daysAgo(1))),
                identity("sa", ActorClass.WORKLOAD,
                        key("system", CredentialKind.ACCESS_KEY, ManagedBy.PLATFORM, true)))));

        assertThat(run.noEvidence()).isEqualTo("no active user-managed static credentials in the inputs");
        assertThat(run.population()).isZero();
    }
}
