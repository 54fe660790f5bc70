package dev.trustmap.assessment.checks;

import static dev.trustmap.assessment.checks.CheckTestSupport.AS_OF;
import static dev.trustmap.assessment.checks.CheckTestSupport.credential;
import static dev.trustmap.assessment.checks.CheckTestSupport.daysAgo;
import static dev.trustmap.assessment.checks.CheckTestSupport.defaultPolicy;
import static dev.trustmap.assessment.checks.CheckTestSupport.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine shows a check one identity at a time and never hands it the inventory's identities. A check that
 * judged from {@code context.inventory()} would pass its own tests (which run it alone over a small inventory) and
 * still judge nothing in the engine; here each check is started with an inventory that holds no identities, is
 * shown them one by one, and must report exactly what it reports over the whole inventory.
 */
class OneIdentityAtATimeTest {

    static Stream<Check> checks() {
        return Stream.of(new AdministrativeGrantCheck(), new AgentScopeCheck(), new ApprovalExpiryCheck(),
                new InteractiveUseCheck(), new NoPasswordAuthenticationCheck(), new ShortLivedAgentCredentialCheck(),
                new SingleActiveKeyCheck(), new StaticSecretRotationCheck(), new TaskCredentialCheck(),
                new ThirdPartyIdentityCheck(), new WorkloadFederationCheck());
    }

    /** Enough of every population above that each check passes, fails or leaves something not assessed. */
    private static List<Identity> identities() {
        Credential password = new Credential("pw", CredentialKind.PASSWORD, ManagedBy.USER, true, daysAgo(200),
                null, daysAgo(3), null, null, null, List.of(), new Origin("test", "line 1"));
        Credential longToken = new Credential("tok", CredentialKind.SERVICE_ACCOUNT_TOKEN, ManagedBy.USER, true,
                daysAgo(1), null, null, AS_OF.plus(Duration.ofDays(40)), null, null, List.of(),
                new Origin("test", "line 2"));
        return List.of(
                Identity.builder("agent-a").actorClass(ActorClass.AI_AGENT).scopes(List.of("erp:*"))
                        .credentials(List.of(credential("key-a", CredentialKind.API_KEY, daysAgo(40)))).build(),
                Identity.builder("agent-b").actorClass(ActorClass.AI_ASSISTANT).scopes(List.of("crm:read"))
                        .taskEndsAt(AS_OF.plus(Duration.ofDays(2))).credentials(List.of(longToken)).build(),
                Identity.builder("ci").actorClass(ActorClass.PIPELINE).platform("GitHub").privileged(true)
                        .approvalExpiresAt(daysAgo(5)).credentials(List.of(
                                credential("pat-1", CredentialKind.PERSONAL_ACCESS_TOKEN, daysAgo(120)),
                                credential("pat-2", CredentialKind.PERSONAL_ACCESS_TOKEN, daysAgo(2))))
                        .build(),
                Identity.builder("human").actorClass(ActorClass.HUMAN).credentials(List.of(password)).build(),
                Identity.builder("svc").actorClass(ActorClass.WORKLOAD).platform("aws").privileged(false)
                        .sources(List.of("aws-credential-report")).taskEndsAt(daysAgo(1))
                        .credentials(List.of(password, credential("AKIA1", CredentialKind.ACCESS_KEY, null)))
                        .build(),
                Identity.builder("vendor").actorClass(ActorClass.THIRD_PARTY).businessOwner("Acme")
                        .credentials(List.of(credential("vk", CredentialKind.CLIENT_SECRET, daysAgo(400))))
                        .build());
    }

    @ParameterizedTest
    @MethodSource("checks")
    void reportsTheSameShownOneIdentityAtATime(Check check) {
        List<Identity> identities = identities();
        CheckRun whole = CheckRun.of(check, context(inventory(identities.toArray(Identity[]::new)), identities));

        CheckRun streamed = new CheckRun(check.controlId());
        Check.Judgement judgement = check.start(context(inventory(), identities));
        identities.forEach(identity -> judgement.judge(identity, streamed));
        judgement.finish(streamed);

        assertThat(whole.population()).isPositive();
        assertThat(streamed.failures()).isEqualTo(whole.failures());
        assertThat(streamed.passed()).isEqualTo(whole.passed());
        assertThat(streamed.notAssessed()).isEqualTo(whole.notAssessed());
        assertThat(streamed.notAssessedReasons()).isEqualTo(whole.notAssessedReasons());
        assertThat(streamed.noEvidence()).isEqualTo(whole.noEvidence());
    }

    @ParameterizedTest
    @MethodSource("checks")
    void anEmptyInventoryIsNoEvidence(Check check) {
        CheckRun run = new CheckRun(check.controlId());
        Check.Judgement judgement = check.start(context(inventory(), List.of()));
        judgement.finish(run);

        assertThat(run.noEvidence()).isNotBlank();
        assertThat(run.population()).isZero();
    }

    /** The inventory the check may see, with the index gathered from the identities the engine will show it. */
    private static CheckContext context(Inventory inventory, List<Identity> shown) {
        return new CheckContext(inventory, defaultPolicy(), AS_OF, null, null, List.of(), List.of(),
                InventoryIndex.of(shown));
    }
}
