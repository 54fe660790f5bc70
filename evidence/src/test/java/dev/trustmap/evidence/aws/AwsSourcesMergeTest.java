package dev.trustmap.evidence.aws;

import static dev.trustmap.evidence.ImporterTestSupport.AS_OF;
import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.InventoryBuilder;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.vocabulary.ActorClass;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credential report and the authorization details describe the same users: one identity each, by ARN. */
class AwsSourcesMergeTest {

    private static final String DIR = "dev/trustmap/evidence/aws/";
    private static final Path REPORT = resource(DIR + "credential-report.csv");
    private static final Path DETAILS = resource(DIR + "authorization-details.json");

    private static Inventory importBoth(boolean reportFirst) {
        InventoryBuilder builder = new InventoryBuilder(new ImportOptions(AS_OF, false));
        List<Importer> importers = List.of(new CredentialReportImporter(), new AuthorizationDetailsImporter());
        List<Path> files = List.of(REPORT, DETAILS);
        for (int n = 0; n < 2; n++) {
            int i = reportFirst ? n : 1 - n;
            EvidenceFile file = new EvidenceFile(files.get(i), files.get(i).getFileName().toString());
            builder.startFile(file, importers.get(i).source());
            importers.get(i).read(file, builder);
            builder.endFile();
        }
        return builder.build();
    }

    @Test
    void userInBothFilesHasKeysFromTheReportAndPrivilegeFromTheDetails() {
        for (boolean reportFirst : List.of(true, false)) {
            Inventory inventory = importBoth(reportFirst);
            Identity deployer = identity(inventory, "arn:aws:iam::210987654321:user/ci/github-deployer");
            assertThat(deployer.sources()).containsExactlyInAnyOrder("aws-credential-report",
                    "aws-authorization-details");
            assertThat(deployer.credentials()).extracting(Credential::id).containsExactlyInAnyOrder(
                    "arn:aws:iam::210987654321:user/ci/github-deployer#access_key_1",
                    "arn:aws:iam::210987654321:user/ci/github-deployer#access_key_2");
            assertThat(credential(deployer, "arn:aws:iam::210987654321:user/ci/github-deployer#access_key_1")
                    .lastUsedAt()).isEqualTo(Instant.parse("2026-09-29T23:45:00Z"));
            assertThat(deployer.privileged()).isTrue();
            assertThat(deployer.privilegeReason()).startsWith("through group Deployers");
            assertThat(deployer.scopes()).containsExactly("DeployEverything");
            assertThat(deployer.actorClass()).isEqualTo(ActorClass.PIPELINE);
            assertThat(deployer.lastUsedAt()).isEqualTo(Instant.parse("2026-09-29T23:45:00Z"));
        }
    }

    @Test
    void signInKindsClassifyTheUserWhicheverFileComesFirst() {
        for (boolean reportFirst : List.of(true, false)) {
            Inventory inventory = importBoth(reportFirst);
            Identity alice = identity(inventory, "arn:aws:iam::210987654321:user/alice");
            assertThat(alice.actorClass()).isEqualTo(ActorClass.HUMAN);
            assertThat(alice.actorClassReason()).isEqualTo("console password and no access key");
            assertThat(alice.privileged()).isTrue();
            assertThat(alice.credentials()).hasSize(1);
            // 7 report rows (root included) + 5 roles from the details; the 4 users in the details are the same
            assertThat(inventory.identities()).hasSize(12);
        }
    }
}
