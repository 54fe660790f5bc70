package dev.trustmap.evidence.anthropic;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.internal.ListPages;
import dev.trustmap.evidence.redact.PartialSecrets;
import dev.trustmap.evidence.redact.Redaction;
import java.util.Set;

/**
 * Anthropic organisation API keys: the Admin API's {@code GET /v1/organizations/api_keys} list ({@code {"data":
 * [...], "has_more": ..., "first_id": ..., "last_id": ...}}), pages back to back or in one JSON array.
 */
public final class AnthropicImporter implements Importer {

    private static final String DATA = "data";

    @Override
    public String source() {
        return "anthropic";
    }

    @Override
    public String describe() {
        return "Anthropic organisation API keys (Admin API GET /v1/organizations/api_keys, JSON; partial_key_hint is "
                + "never kept, last use is not recorded by Anthropic)";
    }

    /** The Admin API keeps no last use of a key: a key without one was not necessarily never used. */
    @Override
    public Set<Shows> shows() {
        return Set.of(Shows.LAST_USE_NOT_RECORDED);
    }

    @Override
    public boolean recognises(FileHead head) {
        // partial_key_hint is Anthropic's own name; it is written, null or not, for every key
        return !head.zip() && head.json() && head.hasJsonKey("partial_key_hint");
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        ApiKeys keys = new ApiKeys(file, sink);
        JsonRecords.read(file, Set.of(DATA), new ListPages(DATA, keys));
        keys.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new PartialSecrets("partial_key_hint"));
    }
}
