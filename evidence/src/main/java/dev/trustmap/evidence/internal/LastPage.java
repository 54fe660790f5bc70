package dev.trustmap.evidence.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputProblem;
import java.util.Optional;

/**
 * Whether a paged list response was saved whole: pages may be saved back to back, and only a last page that still
 * names a next one ({@code nextLink}, {@code NextToken}, {@code next_page_token}) or says there is one
 * ({@code has_more: true}) means records are missing.
 */
public final class LastPage {

    private final String member;
    private String where;

    /** @param member the envelope member that names the next page, or is {@code true} while there is one */
    public LastPage(String member) {
        this.member = member;
    }

    /** The members beside a page's list; the last page read is the one that counts. */
    public void envelope(ObjectNode members, JsonRecords.At at) {
        JsonNode next = members.get(member);
        boolean more = next != null
                && (next.isBoolean() ? next.booleanValue() : JsonInput.text(members, member) != null);
        where = more ? "line " + at.line() : null;
    }

    /** The warning to give once the file is read, when the last page names a next one. */
    public Optional<InputProblem> missing(EvidenceFile file, String message, String fix) {
        return where == null ? Optional.empty() : Optional.of(new InputProblem(file.name(), where, message, fix));
    }
}
