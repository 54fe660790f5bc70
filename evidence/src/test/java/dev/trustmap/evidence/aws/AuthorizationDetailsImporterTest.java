package dev.trustmap.evidence.aws;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorization details carry no secrets (policies, trust documents, names and dates only), so there is no canary
 * test for this format beyond the credential report's.
 */
class AuthorizationDetailsImporterTest {

    private static final String DIR = "dev/trustmap/evidence/aws/";
    private static final String ACCOUNT = "arn:aws:iam::210987654321:";

    private final AuthorizationDetailsImporter importer = new AuthorizationDetailsImporter();

    @TempDir
    Path tmp;

    private Inventory details() {
        return importFiles(importer, resource(DIR + "authorization-details.json"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // --- users ---

    @Test
    void attachedAdministratorAccessMakesAUserPrivileged() {
        Identity alice = identity(details(), ACCOUNT + "user/alice");
        assertThat(alice.name()).isEqualTo("alice");
        assertThat(alice.platform()).isEqualTo("aws");
        assertThat(alice.account()).isEqualTo("210987654321");
        assertThat(alice.privileged()).isTrue();
        assertThat(alice.privilegeReason()).isEqualTo("attached managed policy AdministratorAccess");
        assertThat(alice.scopes()).containsExactly("AdministratorAccess");
        assertThat(alice.actorClass()).isNull(); // the details show no sign-in method; the name says nothing
        assertThat(alice.credentials()).isEmpty();
        assertThat(alice.status()).isEqualTo("active");
    }

    @Test
    void groupWhoseCustomerPolicyAllowsEverythingMakesItsMemberPrivileged() {
        Identity deployer = identity(details(), ACCOUNT + "user/ci/github-deployer");
        assertThat(deployer.privileged()).isTrue();
        assertThat(deployer.privilegeReason()).isEqualTo("through group Deployers: attached managed policy "
                + "DeployEverything allows every action on every resource");
        assertThat(deployer.scopes()).containsExactly("DeployEverything");
        assertThat(deployer.actorClass()).isEqualTo(ActorClass.PIPELINE);
    }

    @Test
    void onlyTheDefaultPolicyVersionCountsAndUrlEncodedInlinePoliciesAreRead() {
        // ReadReports v1 allows *:* but v2 (URL-encoded) is the default; the inline policy is URL-encoded too.
        Identity svc = identity(details(), ACCOUNT + "user/reporting-svc");
        assertThat(svc.privileged()).isFalse();
        assertThat(svc.privilegeReason()).isNull();
        assertThat(svc.scopes()).containsExactly("ReadReports");
    }

    @Test
    void inlineStatementObjectAllowingEverythingIsPrivilegedAndTheBoundaryIsNamed() {
        Identity bob = identity(details(), ACCOUNT + "user/ops-bob");
        assertThat(bob.privileged()).isTrue();
        assertThat(bob.privilegeReason()).isEqualTo("inline policy break-glass allows every action on every "
                + "resource (the permissions boundary ReadReports may limit it)");
        assertThat(bob.scopes()).isEmpty();
    }

    // --- roles ---

    @Test
    void roleLastUsedWrittenWithASpaceIsReadAndAServiceRoleIsAWorkload() {
        Identity app = identity(details(), ACCOUNT + "role/app-server");
        assertThat(app.name()).isEqualTo("app-server");
        assertThat(app.lastUsedAt()).isEqualTo(Instant.parse("2026-09-01T08:15:00Z"));
        assertThat(app.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(app.actorClassReason()).isEqualTo("IAM role");
        assertThat(app.privileged()).isFalse();
        assertThat(app.scopes()).containsExactly("ReadReports");
        assertThat(app.credentials()).isEmpty();
    }

    @Test
    void roleTrustingGitHubActionsIsAPipelineWithAFederatedCredentialAndEmptyRoleLastUsedMeansNoUse() {
        Identity publisher = identity(details(), ACCOUNT + "role/frontend-publisher");
        assertThat(publisher.lastUsedAt()).isNull();
        assertThat(publisher.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(publisher.actorClassReason())
                .isEqualTo("IAM role trusting the CI/CD OIDC provider token.actions.githubusercontent.com");
        assertThat(publisher.privileged()).isFalse();
        Credential federated = credential(publisher, ACCOUNT + "role/frontend-publisher#federated");
        assertThat(federated.kind()).isEqualTo(CredentialKind.FEDERATED);
        assertThat(federated.managedBy()).isEqualTo(ManagedBy.PLATFORM);
        assertThat(federated.active()).isTrue();
        assertThat(federated.createdAt()).isNull();
        assertThat(federated.lastUsedAt()).isNull();
        assertThat(federated.expiresAt()).isNull();
        assertThat(federated.origin().file()).isEqualTo("authorization-details.json");
        assertThat(federated.origin().location()).isEqualTo("/RoleDetailList/1/AssumeRolePolicyDocument");
    }

    @Test
    void identityCenterRoleTrustingSamlIsHumanAndPrivileged() {
        String arn = ACCOUNT + "role/aws-reserved/sso.amazonaws.com/eu-west-1/"
                + "AWSReservedSSO_AdministratorAccess_0123456789abcdef";
        Identity sso = identity(details(), arn);
        assertThat(sso.name()).isEqualTo("AWSReservedSSO_AdministratorAccess_0123456789abcdef");
        assertThat(sso.actorClass()).isEqualTo(ActorClass.HUMAN);
        assertThat(sso.actorClassReason()).contains("SAML provider AWSSSO_0123456789abcdef_DO_NOT_DELETE");
        assertThat(sso.privileged()).isTrue();
        assertThat(sso.lastUsedAt()).isEqualTo(Instant.parse("2026-09-29T18:03:11Z"));
        // federation is the only way into this role, so its last use is the federation's
        assertThat(credential(sso, arn + "#federated").lastUsedAt()).isEqualTo(Instant.parse("2026-09-29T18:03:11Z"));
    }

    @Test
    void roleForKubernetesServiceAccountsIsAWorkload() {
        Identity irsa = identity(details(), ACCOUNT + "role/orders-api-irsa");
        assertThat(irsa.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(irsa.actorClassReason()).contains("EKS OIDC provider oidc.eks.eu-west-1.amazonaws.com/id/");
        assertThat(irsa.lastUsedAt()).isEqualTo(Instant.parse("2026-09-30T06:00:00Z"));
        assertThat(credential(irsa, ACCOUNT + "role/orders-api-irsa#federated").kind())
                .isEqualTo(CredentialKind.FEDERATED);
    }

    @Test
    void roleAssumedFromAnotherAccountTakesItsClassFromItsName() {
        Identity datadog = identity(details(), ACCOUNT + "role/datadog-integration");
        assertThat(datadog.actorClass()).isEqualTo(ActorClass.INTEGRATION);
        assertThat(datadog.actorClassReason()).isEqualTo("name contains 'datadog'");
        assertThat(datadog.credentials()).isEmpty();
        assertThat(datadog.lastUsedAt()).isNull();
    }

    @Test
    void groupsAndPoliciesAreNotIdentities() {
        Inventory inventory = details();
        assertThat(inventory.identities()).hasSize(9);
        assertThat(inventory.identities()).extracting(Identity::id)
                .allMatch(id -> id.contains(":user/") || id.contains(":role/"));
        assertThat(inventory.warnings()).isEmpty();
    }

    // --- partial exports ---

    @Test
    void filteredPageWarnsAndLeavesPrivilegeUnknown() {
        Inventory inventory = importFiles(importer, resource(DIR + "authorization-details-filtered-page.json"));
        Identity erin = identity(inventory, "arn:aws:iam::456789012345:user/erin");
        assertThat(erin.privileged()).isNull();
        assertThat(erin.scopes()).containsExactly("TeamPolicy");
        assertThat(inventory.warnings()).extracting(InputProblem::location)
                .containsExactly("/IsTruncated", "/Policies", "/GroupDetailList");
        assertThat(inventory.warnings().get(1).message())
                .startsWith("1 managed policy is attached").contains("arn:aws:iam::456789012345:policy/TeamPolicy");
        assertThat(inventory.warnings().get(2).message()).startsWith("1 group is named").contains("Admins");
    }

    @Test
    void policyDocumentAsPlainJsonTextIsRead() throws IOException {
        Path file = write("text-doc.json", """
                {"UserDetailList": [{"UserName": "x", "Arn": "arn:aws:iam::111122223333:user/x", "GroupList": [],
                  "AttachedManagedPolicies": [],
                  "UserPolicyList": [{"PolicyName": "all",
                    "PolicyDocument": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \
                \\"Action\\": \\"*:*\\", \\"Resource\\": [\\"*\\"]}]}"}]}],
                 "GroupDetailList": [], "RoleDetailList": [], "Policies": []}
                """);
        Identity x = identity(importFiles(importer, file), "arn:aws:iam::111122223333:user/x");
        assertThat(x.privileged()).isTrue();
        assertThat(x.privilegeReason()).isEqualTo("inline policy all allows every action on every resource");
    }

    // --- detection ---

    @Test
    void recognisesAuthorizationDetailsButNotCredentialReports() throws IOException {
        assertThat(importer.recognises(head(resource(DIR + "authorization-details.json")))).isTrue();
        assertThat(importer.recognises(head(resource(DIR + "authorization-details-filtered-page.json")))).isTrue();
        assertThat(importer.recognises(head(resource(DIR + "cloudmapper_iam-get-credential-report.json")))).isFalse();
        assertThat(importer.recognises(head(resource(DIR + "credential-report.csv")))).isFalse();
        assertThat(importer.recognises(head(write("roles.json", "{\"Roles\": [{\"RoleName\": \"a\"}]}")))).isFalse();
    }

    private static FileHead head(Path path) {
        return new EvidenceFile(path).head();
    }

    // --- scale ---

    @Test
    void generatedDetailsWithThousandsOfUsersAndRolesAreReadCompletely() throws IOException {
        StringBuilder json = new StringBuilder("{\"UserDetailList\": [");
        int users = 3000;
        for (int i = 0; i < users; i++) {
            json.append(i == 0 ? "" : ",").append("{\"UserName\": \"u").append(i)
                    .append("\", \"Arn\": \"arn:aws:iam::111122223333:user/u").append(i)
                    .append("\", \"GroupList\": [").append(i % 10 == 0 ? "\"Admins\"" : "")
                    .append("], \"AttachedManagedPolicies\": [], \"UserPolicyList\": []}");
        }
        json.append("], \"RoleDetailList\": [");
        for (int i = 0; i < users; i++) {
            json.append(i == 0 ? "" : ",").append("{\"RoleName\": \"r").append(i)
                    .append("\", \"Arn\": \"arn:aws:iam::111122223333:role/r").append(i)
                    .append("\", \"AssumeRolePolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", "
                            + "\"Principal\": {\"Service\": \"lambda.amazonaws.com\"}}]}, \"RoleLastUsed\": ")
                    .append(i % 3 == 0 ? "{}" : "{\"LastUsedDate\": \"2026-09-0" + (1 + i % 9) + " 10:00:00+00:00\"}")
                    .append(", \"AttachedManagedPolicies\": [], \"RolePolicyList\": []}");
        }
        json.append("], \"GroupDetailList\": [{\"GroupName\": \"Admins\", \"AttachedManagedPolicies\": "
                + "[{\"PolicyName\": \"AdministratorAccess\", \"PolicyArn\": "
                + "\"arn:aws:iam::aws:policy/AdministratorAccess\"}]}], \"Policies\": []}");
        Path file = write("generated.json", json.toString());
        assertThat(importer.recognises(head(file))).isTrue();
        Inventory inventory = importFiles(importer, file);
        assertThat(inventory.identities()).hasSize(2 * users);
        assertThat(inventory.identities().stream().filter(i -> Boolean.TRUE.equals(i.privileged())).count())
                .isEqualTo(users / 10);
        assertThat(inventory.identities().stream().filter(i -> i.lastUsedAt() != null).count())
                .isEqualTo(users - users / 3);
        assertThat(identity(inventory, "arn:aws:iam::111122223333:role/r4").lastUsedAt())
                .isEqualTo(Instant.parse("2026-09-05T10:00:00Z"));
        assertThat(identity(inventory, "arn:aws:iam::111122223333:user/u20").privilegeReason())
                .isEqualTo("through group Admins: attached managed policy AdministratorAccess");
        assertThat(inventory.warnings()).isEmpty();
    }

    // --- malformed input ---

    @Test
    void truncatedJsonFailsNamingTheLine() throws IOException {
        String whole = Files.readString(resource(DIR + "authorization-details.json"));
        Path file = write("truncated.json", whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo("truncated.json");
            assertThat(problem.location()).startsWith("line ");
            assertThat(problem.message()).contains("truncated");
        });
    }

    @Test
    void unparseableRoleLastUsedIsABadRowAtItsPointer() throws IOException {
        String whole = Files.readString(resource(DIR + "authorization-details.json"));
        Path file = write("bad-date.json", whole.replace("2026-09-01 08:15:00+00:00", "last tuesday"));
        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOfSatisfying(InputException.class, e -> {
            InputProblem problem = e.problems().get(0);
            assertThat(problem.location()).isEqualTo("/RoleDetailList/0/RoleLastUsed/LastUsedDate");
            assertThat(problem.message()).isEqualTo("expected an ISO-8601 time in LastUsedDate, found 'last tuesday'.");
        });
        Inventory skipped = importFiles(importer, true, file);
        assertThat(skipped.identities()).hasSize(8);
        assertThat(skipped.identities()).extracting(Identity::name).doesNotContain("app-server");
        assertThat(skipped.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("/RoleDetailList/0/RoleLastUsed/LastUsedDate");
            assertThat(w.message()).startsWith("skipped: ");
        });
    }

    @Test
    void unreadableInlinePolicyIsABadRowAndAnUnreadableGroupLeavesItsMembersUnknown() throws IOException {
        Path file = write("bad-doc.json", """
                {"UserDetailList": [
                   {"UserName": "a", "Arn": "arn:aws:iam::111122223333:user/a", "GroupList": [],
                    "UserPolicyList": [{"PolicyName": "p", "PolicyDocument": "%7B%22Statement%22%3A"}]},
                   {"UserName": "b", "Arn": "arn:aws:iam::111122223333:user/b", "GroupList": ["G"]},
                   "not an object",
                   {"UserName": "c"}],
                 "GroupDetailList": [{"GroupName": "G", \
                "GroupPolicyList": [{"PolicyName": "q", "PolicyDocument": 42}]}],
                 "RoleDetailList": [], "Policies": []}
                """);
        Inventory inventory = importFiles(importer, true, file);
        assertThat(inventory.identities()).extracting(Identity::name).containsExactly("b");
        assertThat(identity(inventory, "arn:aws:iam::111122223333:user/b").privileged()).isNull();
        assertThat(inventory.warnings()).extracting(InputProblem::location).containsExactly(
                "/GroupDetailList/0/GroupPolicyList/0/PolicyDocument",
                "/UserDetailList/0/UserPolicyList/0/PolicyDocument", "/UserDetailList/2", "/UserDetailList/3");
        assertThat(inventory.warnings().get(1).message()).contains("not valid JSON").contains("'p'");
    }

    @Test
    void wrongShapeFailsTheFile() throws IOException {
        Path array = write("array.json", "[{\"UserDetailList\": []}]");
        assertThatThrownBy(() -> importFiles(importer, array)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).location()).isEqualTo("/"));
        Path notList = write("not-list.json", "{\"UserDetailList\": {\"UserName\": \"x\"}}");
        assertThatThrownBy(() -> importFiles(importer, notList)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).location()).isEqualTo("/UserDetailList"));
    }
}
