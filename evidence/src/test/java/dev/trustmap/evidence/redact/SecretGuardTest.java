package dev.trustmap.evidence.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard every input value passes before it is kept: secrets out, ordinary values untouched. */
class SecretGuardTest {

    private static final String PAT = "ghp_" + "k8Zq2Lw9Xv4Nb7Tc1Rm5Hs3Jd6Fg0Py2Ua8E";
    private static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String RANDOM = "q7RZ2vTk9WmB4xLp0NcY6sHd";

    @ParameterizedTest
    @ValueSource(strings = {PAT, AWS_SECRET, RANDOM, "xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", "sk-proj-" + "Zx81Lk2Qw9Ne7Rt4Yu6Io3Pa5Sd0Fg",
        "glpat-" + "xR4tY7uI9oP2aS5dF8gH", "hvs.CAESIJ8p2Lk9xQ7mN4vB1cZ6wR3t"})
    void aSecretTypedIntoTextIsReplacedByItsMarker(String secret) {
        String purpose = "syncs invoices; key " + secret + " (ask ops)";

        String guarded = SecretGuard.text(purpose);

        assertThat(guarded).doesNotContain(secret).startsWith("syncs invoices; key REDACTED").endsWith(" (ask ops)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWSReservedSSO_AdministratorAccess_0123abcd4567ef89", "projects/acme-prod-5946/"
        + "serviceAccounts/ci-deployer@acme-prod-5946.iam.gserviceaccount.com", "svc-payments-v2-eu-west-1",
        "WindowsAzureActiveDirectoryIntegratedApp", "5b1c8d2e-9f3a-4b6c-8d7e-1f2a3b4c5d6e",
        "arn:aws:iam::123456789012:role/cdk-hnb659fds-deploy-role-123456789012-us-east-1",
        "Plans and delegates procurement work to sub-agents", "sha256:0687260331a72403d909f105e69bcf0d"})
    void ordinaryValuesAreKeptAsTheyAre(String value) {
        assertThat(SecretGuard.text(value)).isSameAs(value);
        assertThat(SecretGuard.identifier(value)).isSameAs(value);
    }

    @Test
    void identifiersThatAreRandomByDesignAreKept() {
        // a Vault accessor and an SSH key's fingerprint name things; they open nothing
        assertThat(SecretGuard.identifier("vault-token:2FhnBM7prQrSPCmuEgKsreJb"))
                .isEqualTo("vault-token:2FhnBM7prQrSPCmuEgKsreJb");
        assertThat(SecretGuard.identifier("SHA256:0PjZVk65dYFJzXwJKnXEdN2UYg0BQ39ukJjIltBK5l8"))
                .isEqualTo("SHA256:0PjZVk65dYFJzXwJKnXEdN2UYg0BQ39ukJjIltBK5l8");
    }

    @Test
    void anIdentifierWithTextTypedIntoItLosesTheSecret() {
        assertThat(SecretGuard.identifier("agent:billing " + RANDOM)).doesNotContain(RANDOM)
                .startsWith("agent:billing REDACTED");
        assertThat(SecretGuard.identifier(PAT)).doesNotContain(PAT);
        assertThat(SecretGuard.identifier("key-" + AWS_SECRET)).doesNotContain(AWS_SECRET);
    }

    @Test
    void everyTextFieldOfAnIdentityAndItsCredentialsIsGuarded() {
        Credential key = new Credential(PAT, CredentialKind.API_KEY, ManagedBy.USER, true, null, null, null, null,
                null, null, List.of(), new Origin("inventory.csv", "line 2"));
        Identity typed = Identity.builder("agent:billing").name("billing " + RANDOM).purpose("uses " + AWS_SECRET)
                .technicalOwner("ops " + PAT).scopes(List.of("read", "token " + RANDOM)).credentials(List.of(key))
                .build();

        Identity guarded = SecretGuard.identity(typed);

        assertThat(guarded.toString()).doesNotContain(PAT).doesNotContain(AWS_SECRET).doesNotContain(RANDOM);
        assertThat(guarded.id()).isEqualTo("agent:billing");
        assertThat(guarded.scopes()).first().isEqualTo("read");
        assertThat(guarded.credentials()).singleElement().satisfies(c -> assertThat(c.id()).startsWith("REDACTED"));
    }

    @Test
    void aProblemQuotingASecretIsGuardedBeforeItIsPrinted() {
        InputProblem problem = new InputProblem("inventory.csv", "line 7", "credential_kind '" + PAT
                + "' is not a kind trustmap knows.", null);

        assertThat(SecretGuard.problem(problem).describe()).doesNotContain(PAT)
                .contains("inventory.csv", "line 7", "credential_kind 'REDACTED");
    }

    @Test
    void aCertificateIsPublicAndKept() {
        String pem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ7x2mRk9pL4w8tZ3vN6sYb1cE0UwCgYIKoZIzj0EAwIw\n"
                + "q7RZ2vTk9WmB4xLp0NcY6sHdAbCdEfGh1Jk2Lm3No4Pq5Rs6Tu7Vw8Xy9Za0Bc1D\n-----END CERTIFICATE-----\n";

        assertThat(SecretGuard.text("cert: " + pem)).isEqualTo("cert: " + pem);
    }
}
