package dev.trustmap.evidence.spire;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.redact.Redaction;
import java.util.Set;

/**
 * SPIFFE/SPIRE: registration entries ({@code spire-server entry show -output json}), the workload and node identities
 * SPIRE issues short-lived SVIDs to, and agents ({@code spire-server agent list -output json}), the attested nodes.
 */
public final class SpireImporter implements Importer {

    private static final Set<String> WRAPPERS = Set.of("entries", "agents");

    @Override
    public String source() {
        return "spire";
    }

    @Override
    public String describe() {
        return "SPIFFE/SPIRE registration entries and agents (spire-server entry show -output json, agent list "
                + "-output json)";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (head.zip() || !head.json()) {
            return false;
        }
        // next_page_token is SPIRE's own; it names even an empty list.
        boolean page = (head.hasJsonKey("entries") || head.hasJsonKey("agents")) && head.hasJsonKey("next_page_token");
        boolean entry = head.hasJsonKey("spiffe_id") && head.hasJsonKey("parent_id") && head.hasJsonKey("selectors");
        boolean agent = head.hasJsonKey("attestation_type") && head.hasJsonKey("x509svid_serial_number");
        return page || entry || agent;
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        SpireRecords records = new SpireRecords(file, sink);
        JsonRecords.read(file, WRAPPERS, records);
        records.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        // Entries and agents hold no secret; join tokens, which do, are never part of either.
        return Redaction.json();
    }
}
