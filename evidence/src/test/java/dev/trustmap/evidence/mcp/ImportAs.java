package dev.trustmap.evidence.mcp;

import dev.trustmap.evidence.ImporterTestSupport;
import dev.trustmap.evidence.InventoryBuilder;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.model.inventory.Inventory;
import java.nio.file.Path;

/** Imports one file under the name trustmap would give it (its path inside the inputs folder). */
final class ImportAs {

    private ImportAs() {
    }

    static Inventory run(Importer importer, Path file, String name) {
        InventoryBuilder builder = new InventoryBuilder(new ImportOptions(ImporterTestSupport.AS_OF, false));
        EvidenceFile evidence = new EvidenceFile(file, name);
        builder.startFile(evidence, importer.source());
        importer.read(evidence, builder);
        builder.endFile();
        return builder.build();
    }
}
