package dev.trustmap.evidence.openai;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.internal.ListPages;
import dev.trustmap.evidence.redact.PartialSecrets;
import dev.trustmap.evidence.redact.Redaction;
import java.util.Set;

/**
 * OpenAI organisation keys: the Admin API's lists of admin API keys, project API keys and project service accounts
 * ({@code {"object": "list", "data": [...], "has_more": ...}}), pages back to back or in one JSON array.
 */
public final class OpenAiImporter implements Importer {

    private static final String DATA = "data";

    @Override
    public String source() {
        return "openai";
    }

    @Override
    public String describe() {
        return "OpenAI organisation admin API keys, project API keys and project service accounts (Admin API list "
                + "responses, JSON; redacted_value is never kept)";
    }

    @Override
    public boolean recognises(FileHead head) {
        // every record names its type in object, and these three are the Admin API's own
        String text = head.text();
        return !head.zip() && head.json() && head.hasJsonKey("object")
                && (text.contains('"' + OrganizationKeys.ADMIN_KEY + '"')
                        || text.contains('"' + OrganizationKeys.PROJECT_KEY + '"')
                        || text.contains('"' + OrganizationKeys.SERVICE_ACCOUNT + '"'));
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        OrganizationKeys keys = new OrganizationKeys(file, sink);
        JsonRecords.read(file, Set.of(DATA), new ListPages(DATA, keys));
        keys.finish();
    }

    @Override
    public Redaction redaction(FileHead head) {
        return Redaction.json(new PartialSecrets("redacted_value"));
    }
}
