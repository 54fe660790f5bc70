package dev.trustmap.evidence.scanners;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.LeakedSecret;
import java.util.Set;

/**
 * gitleaks reports (v8 JSON and CSV, v7 JSON): every finding becomes a leaked secret, never an identity. The
 * secret, the matched text and v7's source line are reduced to a fingerprint and an AWS key id on reading.
 */
public final class GitleaksImporter implements Importer {

    @Override
    public Set<Shows> shows() {
        return Set.of(Shows.SECRET_SCAN);
    }

    @Override
    public String source() {
        return GitleaksFinding.SCANNER;
    }

    @Override
    public String describe() {
        return "gitleaks findings: v8 JSON or CSV, v7 JSON (leaked secrets; the secret itself is never kept)";
    }

    @Override
    public boolean recognises(FileHead head) {
        return !head.zip() && (GitleaksJsonReader.recognises(head) || GitleaksCsvReader.recognises(head));
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        Leaks leaks = new Leaks(file, sink);
        GitleaksFinding.Sink each = (finding, origin, where) -> {
            LeakedSecret leak = finding.leak(sink, origin, where);
            if (leak != null) {
                leaks.add(leak);
            }
        };
        if (file.head().json()) {
            GitleaksJsonReader.read(file, sink, each);
        } else {
            GitleaksCsvReader.read(file, sink, each);
        }
        leaks.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        return head.json() ? Redaction.json(ScannerFields.gitleaks()) : Redaction.csv(ScannerFields.gitleaks());
    }
}
