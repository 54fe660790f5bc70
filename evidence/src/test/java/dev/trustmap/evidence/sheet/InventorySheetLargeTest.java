package dev.trustmap.evidence.sheet;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.vocabulary.ActorClass;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventorySheetLargeTest {

    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void generatedSheetWithNonAdjacentRowsMergesIntoTheRightCounts() {
        Path file = dir.resolve("inventory.csv");
        InventorySheetGenerator.write(file, ROWS);
        InventorySheetImporter importer = new InventorySheetImporter();

        assertThat(importer.recognises(new EvidenceFile(file).head())).isTrue();
        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.identities()).hasSize(InventorySheetGenerator.identities(ROWS));
        assertThat(inventory.identities().stream().mapToInt(i -> i.credentials().size()).sum())
                .isEqualTo(InventorySheetGenerator.credentials(ROWS)).isEqualTo(19_900);
        assertThat(inventory.warnings()).isEmpty();

        Identity pipeline = identity(inventory, InventorySheetGenerator.identityId(7));
        assertThat(pipeline.actorClass()).isEqualTo(ActorClass.PIPELINE);
        assertThat(pipeline.credentials()).hasSize(2);
        assertThat(credential(pipeline, "nhi-0000007#1").origin().location())
                .as("10,000 rows later, after 11 purposes holding a quoted newline").isEqualTo("line 10020");

        Identity agent = identity(inventory, InventorySheetGenerator.identityId(1000));
        assertThat(agent.purpose()).isEqualTo("Moves data, nightly\nand on demand");
        assertThat(agent.privileged()).isTrue();
        assertThat(credential(agent, "nhi-0001000#0").lastUsedAt()).as("N/A").isNull();
        assertThat(agent.decommissionOn()).isNull();

        Identity noKey = identity(inventory, InventorySheetGenerator.identityId(99));
        assertThat(noKey.credentials()).extracting(c -> c.id()).containsExactly("nhi-0000099#1");
        assertThat(noKey.decommissionOn()).isNull();
        assertThat(identity(inventory, InventorySheetGenerator.identityId(13)).decommissionOn())
                .isEqualTo(Instant.parse("2027-01-14T00:00:00Z"));
    }
}
