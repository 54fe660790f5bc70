package dev.trustmap.evidence.sheet;

import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.inventory.InventoryCsv;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatCsvRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void trustmapsFlatCsvImportsBackAsTheSameIdentities() throws IOException {
        InventorySheetImporter importer = new InventorySheetImporter();
        Inventory first = importFiles(importer, resource("dev/trustmap/evidence/sheet/inventory.csv"));
        Identity odd = Identity.builder("-svc-odd").name("=cmd|' /C calc'!A0").purpose("@mention").build();
        Inventory withOdd = new Inventory(first.asOf(), first.sources(),
                Stream.concat(first.identities().stream(), Stream.of(odd))
                        .sorted(Comparator.comparing(Identity::id)).toList(),
                first.leaks(), first.warnings());
        Path flat = dir.resolve("inventory-flat.csv");
        try (Writer out = Files.newBufferedWriter(flat)) {
            InventoryCsv.write(withOdd, out);
        }

        Inventory again = importFiles(importer, flat);

        assertThat(again.identities().stream().map(FlatCsvRoundTripTest::facts).toList())
                .isEqualTo(withOdd.identities().stream().map(FlatCsvRoundTripTest::facts).toList());
        assertThat(again.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains(String.join(", ", InventoryCsv.DERIVED_COLUMNS)));
    }

    /** What the sheet carries; reasons, sources and origins are the import's own. */
    private static List<Object> facts(Identity i) {
        return List.of(String.valueOf(i.id()), String.valueOf(i.name()), String.valueOf(i.actorClass()),
                String.valueOf(i.platform()), String.valueOf(i.account()), String.valueOf(i.environment()),
                String.valueOf(i.system()), String.valueOf(i.technicalOwner()), String.valueOf(i.businessOwner()),
                String.valueOf(i.purpose()), String.valueOf(i.privileged()), i.scopes(),
                String.valueOf(i.onBehalfOf()), String.valueOf(i.executesAs()), String.valueOf(i.parentIdentity()),
                String.valueOf(i.approvedBy()), String.valueOf(i.approvalExpiresAt()), String.valueOf(i.taskEndsAt()),
                String.valueOf(i.status()), String.valueOf(i.decommissionOn()),
                i.credentials().stream().map(FlatCsvRoundTripTest::facts).toList());
    }

    private static String facts(Credential c) {
        return String.join("|", c.id(), String.valueOf(c.kind()), String.valueOf(c.managedBy()),
                String.valueOf(c.active()), String.valueOf(c.createdAt()), String.valueOf(c.lastRotatedAt()),
                String.valueOf(c.lastUsedAt()), String.valueOf(c.expiresAt()), String.valueOf(c.ttlSeconds()));
    }
}
