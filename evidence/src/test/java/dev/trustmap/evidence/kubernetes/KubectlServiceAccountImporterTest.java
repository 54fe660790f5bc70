package dev.trustmap.evidence.kubernetes;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubectlServiceAccountImporterTest {

    private static final String DIR = "dev/trustmap/evidence/kubernetes/";
    private static final Path SAMPLE = resource(DIR + "regolibrary_serviceaccount-list_kubectl-get-sa-o-json.json");
    private static final Path ACCOUNTS = resource(DIR + "serviceaccounts-kubectl.json");
    private static final Path SECRETS = resource(DIR + "secrets-kubectl.json");
    private static final Path SINGLE = resource(DIR + "secret-single.json");
    private static final Path API_LIST = resource(DIR + "serviceaccountlist-api.json");

    private final KubectlServiceAccountImporter importer = new KubectlServiceAccountImporter();

    private static String jwt(String tag) {
        return "eyJhbGciOiJSUzI1NiIsImtpZCI6IkNBTkFSWSJ9.CANARY-K8S-LEGACY-TOKEN-" + tag + ".c2lnbmF0dXJl";
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sampleAccountListsItsPre124TokenWithUnknownDates() {
        Inventory inventory = importFiles(importer, SAMPLE);

        Identity account = identity(inventory, "test/not-default");
        assertThat(account.name()).isEqualTo("not-default");
        assertThat(account.platform()).isEqualTo("kubernetes");
        assertThat(account.account()).isNull();
        assertThat(account.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(account.actorClassReason()).isEqualTo("Kubernetes service account");
        assertThat(account.sources()).containsExactly("kubernetes");
        Credential token = credential(account, "test/default-token-qzwfl");
        assertThat(token.kind()).isEqualTo(CredentialKind.SERVICE_ACCOUNT_TOKEN);
        assertThat(token.createdAt()).isNull();
        assertThat(token.lastUsedAt()).isNull();
        assertThat(token.expiresAt()).isNull();
        assertThat(token.active()).isNull();
        assertThat(token.origin().toString()).isEqualTo(SAMPLE.getFileName() + " /items/0");
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void tokenSecretsFillInTheTokensTheirAccountsList() {
        Inventory inventory = importFiles(importer, ACCOUNTS, SECRETS);

        assertThat(ids(inventory)).containsExactly("analytics/reporting", "argocd/argocd-application-controller",
                "default/default", "payments/payments-api");
        Identity account = identity(inventory, "default/default");
        assertThat(account.credentials()).hasSize(1);
        Credential token = credential(account, "default/default-token-9bq4z");
        assertThat(token.kind()).isEqualTo(CredentialKind.SERVICE_ACCOUNT_TOKEN);
        assertThat(token.createdAt()).isEqualTo(Instant.parse("2021-02-11T12:30:01Z"));
        assertThat(token.lastUsedAt()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(token.expiresAt()).isNull();
        assertThat(token.ttlSeconds()).isNull();
        assertThat(token.active()).isTrue();
        assertThat(token.fingerprint()).isEqualTo(Fingerprints.ofSecret(jwt("a003")));
    }

    @Test
    void tokenInvalidatedBeforeAsOfIsInactiveAndArgoIsAPipeline() {
        Identity argo = identity(importFiles(importer, SECRETS, ACCOUNTS), "argocd/argocd-application-controller");

        assertThat(argo.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(argo.actorClassReason()).isEqualTo("name contains 'argocd'");
        Credential token = credential(argo, "argocd/argocd-application-controller-token-x7k2p");
        assertThat(token.active()).isFalse();
        assertThat(token.lastUsedAt()).isEqualTo(Instant.parse("2024-01-10T00:00:00Z"));
        assertThat(token.createdAt()).isEqualTo(Instant.parse("2021-03-01T09:00:01Z"));
    }

    @Test
    void tokenInvalidAfterAsOfIsStillActive() {
        Credential token = credential(identity(importFiles(importer, SECRETS), "analytics/reporting"),
                "analytics/reporting-token");

        assertThat(token.active()).isTrue();
        assertThat(token.lastUsedAt()).isNull();
    }

    @Test
    void registryCredentialsAreNotTheAccountsTokensAndCloudRoleIsKept() {
        Identity payments = identity(importFiles(importer, ACCOUNTS, SECRETS), "payments/payments-api");

        assertThat(payments.credentials()).extracting(Credential::id).containsExactly("payments/payments-api-legacy");
        assertThat(payments.executesAs()).isEqualTo("arn:aws:iam::111122223333:role/payments-api");
        Credential legacy = payments.credentials().get(0);
        assertThat(legacy.createdAt()).isEqualTo(Instant.parse("2024-06-03T08:20:00Z"));
        assertThat(legacy.lastUsedAt()).as("no last-used label: unused since tracking began").isNull();
    }

    @Test
    void controllerManagerAccountsAreWorkloadsWhateverTheyManage(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("sa.json"), """
                {"apiVersion": "v1", "items": [
                  {"apiVersion": "v1", "kind": "ServiceAccount",
                   "metadata": {"name": "deployment-controller", "namespace": "kube-system"}},
                  {"apiVersion": "v1", "kind": "ServiceAccount",
                   "metadata": {"name": "deployment-controller", "namespace": "shop"}}
                ], "kind": "List"}
                """);

        Inventory inventory = importFiles(importer, list);

        assertThat(identity(inventory, "kube-system/deployment-controller").actorClassReason())
                .isEqualTo("Kubernetes controller in kube-system");
        assertThat(identity(inventory, "kube-system/deployment-controller").actorClass())
                .isEqualTo(ActorClass.WORKLOAD);
        assertThat(identity(inventory, "shop/deployment-controller").actorClass()).isEqualTo(ActorClass.PIPELINE);
    }

    @Test
    void accountWithoutTokensHasNoCredentials() {
        assertThat(identity(importFiles(importer, ACCOUNTS), "analytics/reporting").credentials()).isEmpty();
    }

    @Test
    void otherSecretTypesAreSkippedWithOneSummary() {
        Inventory inventory = importFiles(importer, SECRETS);

        assertThat(inventory.credentialCount()).isEqualTo(4);
        assertThat(inventory.warnings()).hasSize(1);
        assertThat(inventory.warnings().get(0).message()).isEqualTo("skipped 3 secrets that are not service-account "
                + "tokens (Opaque: 1, kubernetes.io/dockerconfigjson: 1, kubernetes.io/tls: 1).");
        assertThat(inventory.sources().get(0).identities()).isEqualTo(4);
    }

    @Test
    void singleSecretObjectAndTypedApiListWithoutItemKindsAreRead() {
        Inventory inventory = importFiles(importer, API_LIST, SINGLE);

        Identity deployer = identity(inventory, "ci/github-actions-deployer");
        assertThat(deployer.actorClass()).isEqualTo(ActorClass.PIPELINE);
        Identity prometheus = identity(inventory, "monitoring/prometheus");
        assertThat(prometheus.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        Credential token = credential(prometheus, "monitoring/prometheus-token");
        assertThat(token.createdAt()).isEqualTo(Instant.parse("2022-11-30T07:45:10Z"));
        assertThat(token.lastUsedAt()).isEqualTo(Instant.parse("2026-09-29T00:00:00Z"));
        assertThat(token.active()).isTrue();
        assertThat(token.fingerprint())
                .isEqualTo(Fingerprints.ofSecret("eyJhbGciOiJSUzI1NiJ9.CANARY-K8S-SINGLE-TOKEN-91c4.c2ln"));
    }

    @Test
    void tokenValuesAreNeverKeptRawOrEncoded() throws IOException {
        Inventory inventory = importFiles(importer, ACCOUNTS, SECRETS, SINGLE, API_LIST);

        String kept = everythingKept(inventory);
        assertThat(kept).doesNotContain("CANARY");
        for (String tag : new String[] {"a001", "a002", "a003", "a004"}) {
            assertThat(kept).doesNotContain(base64(jwt(tag))).doesNotContain(jwt(tag));
        }
        String secrets = Files.readString(SECRETS);
        assertThat(secrets).contains(base64(jwt("a002")));
        assertThat(kept).doesNotContain(base64("CANARY-OPAQUE-PASSWORD-77aa")).doesNotContain("c2lnbmF0dXJl");
    }

    @Test
    void truncatedListFailsWithItsLineAndNoTokenText(@TempDir Path dir) throws IOException {
        String text = Files.readString(SECRETS);
        int cut = text.indexOf(base64(jwt("a002"))) + 20;
        Path truncated = Files.writeString(dir.resolve("secrets.json"), text.substring(0, cut));

        assertThatThrownBy(() -> importFiles(importer, truncated))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).startsWith("line " + (text.substring(0, cut).split("\n").length));
                    assertThat(problem.message()).contains("truncated");
                    assertThat(problem.describe()).doesNotContain(base64(jwt("a002")).substring(0, 20));
                });
    }

    @Test
    void unreadableLastUsedLabelIsABadRow(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("secrets.json"), Files.readString(SECRETS)
                .replace("\"kubernetes.io/legacy-token-last-used\": \"2026-09-01\"",
                        "\"kubernetes.io/legacy-token-last-used\": \"last-tuesday\""));
        int line = lineOf(bad, "\"name\": \"default-token-9bq4z\"");

        assertThatThrownBy(() -> importFiles(importer, bad))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location()).matches("line \\d+, /items/3");
                    assertThat(Integer.parseInt(problem.location().replaceAll("line (\\d+),.*", "$1")))
                            .isLessThan(line);
                    assertThat(problem.message()).contains("kubernetes.io/legacy-token-last-used")
                            .contains("'last-tuesday'");
                });

        Inventory skipped = importFiles(importer, true, bad);
        assertThat(ids(skipped)).doesNotContain("default/default").contains("argocd/argocd-application-controller");
        assertThat(skipped.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("skipped: expected"));
        assertThat(skipped.sources().get(0).skippedRows()).isEqualTo(1);
    }

    @Test
    void tokenSecretWithoutItsAccountAnnotationIsABadRow(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("secret.json"), Files.readString(SINGLE)
                .replace("\"kubernetes.io/service-account.name\": \"prometheus\",", ""));

        assertThatThrownBy(() -> importFiles(importer, bad))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("monitoring/prometheus-token").contains("kubernetes.io/service-account.name"));
    }

    @Test
    void itemsThatAreNotObjectsAreAStructuralError(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("list.json"),
                "{\"apiVersion\": \"v1\",\n \"items\": [\n \"default\"\n ], \"kind\": \"List\"}");

        assertThatThrownBy(() -> importFiles(importer, bad))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).location())
                        .isEqualTo("line 3, /items/0"));
    }

    @Test
    void generatedClusterWithThousandsOfAccountsAndTokensInOneList(@TempDir Path dir) throws IOException {
        int n = 3000;
        StringBuilder json = new StringBuilder("{\n\"apiVersion\": \"v1\",\n\"items\": [\n");
        for (int i = 0; i < n; i++) {
            String ns = "team-" + (i % 40);
            json.append("{\"apiVersion\": \"v1\", \"kind\": \"ServiceAccount\", \"metadata\": {\"name\": \"svc-")
                    .append(i).append("\", \"namespace\": \"").append(ns)
                    .append("\", \"creationTimestamp\": \"2022-01-01T00:00:00Z\"},")
                    .append(" \"secrets\": [{\"name\": \"svc-").append(i).append("-token-abcde\"}]},\n");
            json.append("{\"apiVersion\": \"v1\", \"data\": {\"token\": \"").append(base64("CANARY-GENERATED-" + i))
                    .append("\"}, \"kind\": \"Secret\", \"metadata\": {\"annotations\": ")
                    .append("{\"kubernetes.io/service-account.name\": \"svc-").append(i).append("\"}, ")
                    .append("\"creationTimestamp\": \"2022-01-01T00:00:0").append(i % 10).append("Z\", ")
                    .append(i % 3 == 0 ? "\"labels\": {\"kubernetes.io/legacy-token-last-used\": \"2026-0" + (1 + i % 9)
                            + "-15\"}, " : "")
                    .append("\"name\": \"svc-").append(i).append("-token-abcde\", \"namespace\": \"").append(ns)
                    .append("\"}, \"type\": \"kubernetes.io/service-account-token\"}")
                    .append(i == n - 1 ? "\n" : ",\n");
        }
        json.append("],\n\"kind\": \"List\"\n}\n");
        Path big = Files.writeString(dir.resolve("sa-and-secrets.json"), json);

        Inventory inventory = importFiles(importer, big);

        assertThat(inventory.identities()).hasSize(n);
        assertThat(inventory.credentialCount()).isEqualTo(n);
        Credential token = credential(identity(inventory, "team-18/svc-2218"), "team-18/svc-2218-token-abcde");
        assertThat(token.createdAt()).isEqualTo(Instant.parse("2022-01-01T00:00:08Z"));
        assertThat(token.lastUsedAt()).isNull();
        assertThat(credential(identity(inventory, "team-0/svc-2400"), "team-0/svc-2400-token-abcde").lastUsedAt())
                .isEqualTo(Instant.parse("2026-07-15T00:00:00Z"));
        // Merged credentials keep the origin of the first object naming them: here the account, just before.
        assertThat(token.origin().location()).isEqualTo("/items/" + 2 * 2218);
        assertThat(everythingKept(inventory)).doesNotContain("CANARY").doesNotContain(base64("CANARY-GENERATED-5"));
    }

    @Test
    void recognisesKubectlOutputOnly() {
        for (Path own : new Path[] {SAMPLE, ACCOUNTS, SECRETS, SINGLE, API_LIST}) {
            assertThat(importer.recognises(new EvidenceFile(own).head())).as(own.toString()).isTrue();
        }
        for (String other : new String[] {"github/github-openapi-example_deploy-key-items.json",
                "github/github-openapi-example_organization-programmatic-access-grant-paginated.json",
                "vault/vault-docs_auth-token-lookup_sample-response.json",
                "vault/vault-docs_sys-leases-lookup_sample-response.json", "vault/token-lookups.jsonl"}) {
            Path path = resource("dev/trustmap/evidence/" + other);
            assertThat(importer.recognises(new EvidenceFile(path).head())).as(other).isFalse();
        }
    }

    @Test
    void recognisesASecretListWhoseFirstSecretIsLargerThanTheHeadButNoPodList(@TempDir Path dir) throws IOException {
        String helmRelease = "H4sI".repeat(20_000);
        Path secrets = Files.writeString(dir.resolve("secrets.json"), """
                {
                    "apiVersion": "v1",
                    "items": [
                        {
                            "apiVersion": "v1",
                            "data": {
                                "release": "%s"
                            },
                            "kind": "Secret",
                            "metadata": {"name": "sh.helm.release.v1.web.v1", "namespace": "web"},
                            "type": "helm.sh/release.v1"
                        }
                    ],
                    "kind": "List"
                }
                """.formatted(helmRelease));
        Path pods = Files.writeString(dir.resolve("pods.json"), """
                {
                    "apiVersion": "v1",
                    "items": [
                        {
                            "apiVersion": "v1",
                            "kind": "Pod",
                            "metadata": {"name": "web-0", "namespace": "web"},
                            "spec": {}
                        }
                    ],
                    "kind": "List"
                }
                """);

        assertThat(importer.recognises(new EvidenceFile(secrets).head())).isTrue();
        assertThat(importer.recognises(new EvidenceFile(pods).head())).isFalse();
        Inventory inventory = importFiles(importer, secrets);
        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("skipped 1 secrets that are not service-account tokens (helm.sh/release.v1: 1)."));
    }

    private static int lineOf(Path file, String text) throws IOException {
        String[] lines = Files.readString(file).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file + ": "
                + java.util.Arrays.stream(lines).collect(Collectors.joining("\n")));
    }
}
