package dev.trustmap.evidence.sheet;

import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersApplicationTest {

    private static final String PAYMENTS = "arn:aws:iam::123456789012:user/payments-deploy-runner";

    @TempDir
    Path dir;

    @Test
    void ownerSheetOverridesAnInferredActorClassAndTheOwners() throws IOException {
        Map<String, Identity> identities = imported();
        assertThat(identities.get(PAYMENTS).actorClass()).as("inferred from the name").isEqualTo(ActorClass.PIPELINE);
        Path owners = csv("identity_id,technical_owner,business_owner,purpose,system,environment,actor_class,"
                + "decommission_on\n" + PAYMENTS + ",ops@example.com,cfo@example.com,Pays vendors,ledger,staging,"
                + "workload,2027-03-31\n");

        OwnersApplication.Result result = OwnersApplication.apply(identities,
                OwnersWorkbook.read(new EvidenceFile(owners)).identityOwners());

        Identity payments = result.identities().get(PAYMENTS);
        assertThat(payments.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(payments.actorClassReason()).isEqualTo("stated in the identity-owner sheet");
        assertThat(payments.technicalOwner()).isEqualTo("ops@example.com");
        assertThat(payments.businessOwner()).isEqualTo("cfo@example.com");
        assertThat(payments.purpose()).isEqualTo("Pays vendors");
        assertThat(payments.system()).isEqualTo("ledger");
        assertThat(payments.environment()).isEqualTo("staging");
        assertThat(payments.decommissionOn()).isEqualTo(Instant.parse("2027-03-31T00:00:00Z"));
        assertThat(payments.credentials()).isEqualTo(identities.get(PAYMENTS).credentials());
        assertThat(result.updated()).containsExactly(payments);
        assertThat(result.identities()).hasSameSizeAs(identities);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void emptyCellsLeaveTheImportedValues() throws IOException {
        Map<String, Identity> identities = imported();
        Path owners = csv("identity_id,technical_owner,purpose,actor_class\nagent:support-triage,,,\n");

        OwnersApplication.Result result = OwnersApplication.apply(identities,
                OwnersWorkbook.read(new EvidenceFile(owners)).identityOwners());

        assertThat(result.identities().get("agent:support-triage")).isEqualTo(identities.get("agent:support-triage"));
        assertThat(result.updated()).isEmpty();
    }

    @Test
    void rowsNamingNoIdentityAreWarningsWithTheClosestIds() throws IOException {
        Map<String, Identity> identities = imported();
        Path owners = csv("identity_id,technical_owner\n"
                + "agent:support-triag,alice@example.com\n"
                + "nothing-like-it,alice@example.com\n"
                + "legacy-sftp,alice@example.com\n"
                + "legacy-sftp,bob@example.com\n");

        OwnersApplication.Result result = OwnersApplication.apply(identities,
                OwnersWorkbook.read(new EvidenceFile(owners)).identityOwners());

        assertThat(result.warnings()).extracting(w -> w.location() + " " + w.fix()).containsExactly(
                "line 2 Did you mean agent:support-triage?",
                "line 3 Write the id exactly as the inventory has it, or import the file that lists it.",
                "line 5 Keep one row per identity.");
        assertThat(result.identities().get("legacy-sftp").technicalOwner()).isEqualTo("alice@example.com");
    }

    private static Map<String, Identity> imported() {
        Inventory inventory = importFiles(new InventorySheetImporter(),
                resource("dev/trustmap/evidence/sheet/inventory.csv"));
        Map<String, Identity> byId = new LinkedHashMap<>();
        inventory.identities().forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    private Path csv(String text) throws IOException {
        Path file = Files.createTempFile(dir, "owners", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
