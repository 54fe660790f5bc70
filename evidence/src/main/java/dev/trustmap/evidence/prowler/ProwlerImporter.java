package dev.trustmap.evidence.prowler;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prowler's JSON-OCSF output ({@code prowler <provider> -M json-ocsf}): one array of OCSF Detection Findings, each a
 * result of one Prowler check on one resource. Evidence about identities other inputs list, not an inventory.
 */
public final class ProwlerImporter implements Importer {

    /** Every finding names its product; the check id and result come first in each. */
    private static final Pattern PRODUCT = Pattern.compile("\"(?:vendor_name|name)\"\\s*:\\s*\"Prowler\"");

    @Override
    public String source() {
        return "prowler-ocsf";
    }

    @Override
    public String describe() {
        return "Prowler findings (prowler <provider> -M json-ocsf): check results joined to the identities they "
                + "concern";
    }

    @Override
    public boolean recognises(FileHead head) {
        return !head.zip() && head.json() && head.hasJsonKey("event_code") && head.hasJsonKey("status_code")
                && PRODUCT.matcher(head.text()).find();
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        ProwlerFindings findings = new ProwlerFindings(file, sink);
        JsonRecords.read(file, Set.of(), findings);
        findings.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        // Findings describe configuration; the raw resource data they carry is scanned like any other value.
        return Redaction.jsonMaybeTruncated();
    }
}
