package dev.trustmap.evidence.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.internal.BadRecord;
import dev.trustmap.evidence.internal.JsonRecords;
import dev.trustmap.evidence.internal.LastPage;
import dev.trustmap.model.problem.InputProblem;
import java.util.Optional;

/**
 * The records of a paged list export (a cloud API's list response, pages saved back to back): each record read
 * into the sink, a record that cannot be read reported as a bad row with where it is, and whether the last page
 * read still points to a next one.
 */
public abstract class PagedRecords implements JsonRecords.Listener {

    protected final EvidenceFile file;
    protected final ImportSink sink;
    private final LastPage lastPage;

    /** @param nextPage the envelope member that names the next page, or is {@code true} while there is one */
    protected PagedRecords(EvidenceFile file, ImportSink sink, String nextPage) {
        this.file = file;
        this.sink = sink;
        this.lastPage = new LastPage(nextPage);
    }

    @Override
    public final void record(JsonNode node, JsonRecords.At at) {
        try {
            read(node, at);
        } catch (BadRecord e) {
            sink.badRow(e.problem());
        }
    }

    /** Reads one record into the sink; throws {@link BadRecord} for one that cannot be read. */
    protected abstract void read(JsonNode node, JsonRecords.At at);

    @Override
    public void envelope(ObjectNode members, JsonRecords.At at) {
        lastPage.envelope(members, at);
    }

    /** The warning to give once the file is read, when its last page names a next one. */
    protected Optional<InputProblem> laterPageMissing(String message, String fix) {
        return lastPage.missing(file, message, fix);
    }
}
