package dev.trustmap.evidence.inventory;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** trustmap's own {@code inventory.json}, so an earlier import can be merged with new exports. */
public final class InventoryFileImporter implements Importer {

    @Override
    public String source() {
        return "trustmap-inventory";
    }

    @Override
    public String describe() {
        return "an inventory.json written by trustmap import";
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.json() && head.hasJsonKey("schemaVersion") && head.hasJsonKey("asOf")
                && head.hasJsonKey("sources") && head.text().stripLeading().startsWith("{");
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        Inventory rest; // every part but the identities, which go to the sink as they are read
        try (InputStream in = file.open()) {
            rest = InventoryJson.read(file.name(), in, sink::identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (LeakedSecret leak : rest.leaks()) {
            sink.leak(leak.linkedTo(null, null)); // linked afresh against the merged inventory
        }
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json();
    }
}
