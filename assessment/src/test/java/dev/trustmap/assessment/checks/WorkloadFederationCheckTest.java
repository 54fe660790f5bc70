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

class WorkloadFederationCheckTest {

    private final WorkloadFederationCheck check = new WorkloadFederationCheck();

    private static Identity identity(String id, String platform, ActorClass actorClass, Credential... credentials) {
        return Identity.builder(id).platform(platform).actorClass(actorClass).credentials(List.of(credentials))
                .build();
    }

    private static Credential key(String id, CredentialKind kind, ManagedBy managedBy, Boolean active) {
        return new Credential(id, kind, managedBy, active, daysAgo(10), null, null, null, null, null, List.of(),
                new Origin("test", "line 1"));
    }

    @Test
    void workloadWithAnAccessKeyOnAwsFails() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("arn:aws:iam::1:user/deploy", "aws",
                ActorClass.WORKLOAD, credential("AKIA1", CredentialKind.ACCESS_KEY, daysAgo(5))))));

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("arn:aws:iam::1:user/deploy");
            assertThat(f.subject().credential()).isNull();
            assertThat(f.observed())
                    .isEqualTo("static access_key on aws, where federated workload identity is available");
            assertThat(f.limit()).isEqualTo("no static keys");
            assertThat(f.remediation()).isNotBlank();
        });
    }

    @Test
    void platformIsMatchedWithoutRegardToCaseAndEveryKindIsNamedOnce() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("ci", "GitHub", ActorClass.PIPELINE,
                credential("pat1", CredentialKind.PERSONAL_ACCESS_TOKEN, daysAgo(5)),
                credential("pat2", CredentialKind.PERSONAL_ACCESS_TOKEN, daysAgo(5)),
                credential("deploy-key", CredentialKind.SSH_KEY, daysAgo(5))))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed).isEqualTo(
                "static personal_access_token and ssh_key on github, where federated workload identity is available");
    }

    @Test
    void aSpireWorkloadHoldingOnlyItsSvidsIsEvidenceOfFederationAndAStaticKeyBesideThemStillFails() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("spiffe://example.org/ns/payments/sa/api", "spire", ActorClass.WORKLOAD,
                        key("entry-1", CredentialKind.FEDERATED, ManagedBy.PLATFORM, null)),
                identity("spiffe://example.org/ns/batch/sa/loader", "spire", ActorClass.WORKLOAD,
                        key("entry-2", CredentialKind.FEDERATED, ManagedBy.PLATFORM, null),
                        credential("legacy-key", CredentialKind.API_KEY, daysAgo(5))))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject().identity()).isEqualTo("spiffe://example.org/ns/batch/sa/loader");
            assertThat(f.observed()).isEqualTo("static api_key on spire, where federated workload identity is "
                    + "available");
        });
    }

    @Test
    void federatedOnlyWorkloadPasses() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("sa@p.iam.gserviceaccount.com", "gcp", ActorClass.WORKLOAD,
                        key("wif", CredentialKind.FEDERATED, ManagedBy.PLATFORM, true)),
                identity("ns/app", "kubernetes", ActorClass.WORKLOAD),
                identity("app-id", "azure", ActorClass.WORKLOAD,
                        key("cert", CredentialKind.CERTIFICATE, ManagedBy.USER, true)))));

        assertThat(run.passed()).isEqualTo(3);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void revokedPlatformManagedAndPasswordCredentialsDoNotFail() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("sa", "gcp", ActorClass.WORKLOAD,
                key("revoked", CredentialKind.ACCESS_KEY, ManagedBy.USER, false),
                key("system", CredentialKind.ACCESS_KEY, ManagedBy.PLATFORM, true),
                key("pw", CredentialKind.PASSWORD, ManagedBy.USER, true)))));

        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void unknownActivityStillCountsAsActive() {
        CheckRun run = CheckRun.of(check, context(inventory(identity("app", "azure", ActorClass.WORKLOAD,
                key("secret", CredentialKind.CLIENT_SECRET, null, null)))));

        assertThat(run.failures()).singleElement().extracting(CheckRun.Failure::observed)
                .isEqualTo("static client_secret on azure, where federated workload identity is available");
    }

    @Test
    void otherClassesPlatformsAndHumansAreOutsideThePopulation() {
        CheckRun run = CheckRun.of(check, context(inventory(
                identity("partner", "aws", ActorClass.INTEGRATION,
                        credential("k1", CredentialKind.ACCESS_KEY, daysAgo(5))),
                identity("agent", "aws", ActorClass.AI_AGENT, credential("k2", CredentialKind.ACCESS_KEY, daysAgo(5))),
                identity("alice", "aws", ActorClass.HUMAN, credential("k3", CredentialKind.ACCESS_KEY, daysAgo(5))),
                identity("mystery", "aws", null, credential("k4", CredentialKind.ACCESS_KEY, daysAgo(5))),
                identity("vault-role", "vault", ActorClass.WORKLOAD,
                        credential("k5", CredentialKind.API_KEY, daysAgo(5))),
                identity("nowhere", null, ActorClass.WORKLOAD,
                        credential("k6", CredentialKind.API_KEY, daysAgo(5))))));

        assertThat(run.noEvidence()).isEqualTo("no workloads on platforms that offer federation");
        assertThat(run.population()).isZero();
    }
}
