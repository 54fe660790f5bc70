package dev.trustmap.assessment.policy;

import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the exceptions file: YAML (a list, or {@code exceptions:} with the list under it) or CSV with a header.
 * Every problem is reported at once with its line (and column, in YAML). An exception without an approver or an
 * expiry date is read as written: {@link ExceptionRules} makes it invalid, which is a finding, not a typo.
 */
public final class ExceptionsReader {

    /** The keys (YAML) and columns (CSV), in the order the template writes them. */
    public static final List<String> COLUMNS = List.of("id", "control_id", "identity", "reason", "requested_by",
            "approved_by", "approved_on", "expires_on", "compensating_control");

    private static final List<String> REQUIRED = List.of("id", "control_id", "identity");

    private ExceptionsReader() {
    }

    /**
     * True when the head of a file shows it holds exceptions: a CSV header with control_id and approved_by or
     * expires_on, or YAML under {@code exceptions:} or whose entries have control_id and an approval. Ask
     * {@link AttestationsReader#recognises} first: both name controls.
     */
    public static boolean recognises(FileHead head) {
        return RecordFile.recognises(head, "exceptions", List.of("approved_by", "expires_on"));
    }

    /**
     * Reads the exceptions in file order.
     *
     * @param file the file as the user named it, for messages and each grant's {@code source}
     * @param controls the catalog's control ids, to check {@code control_id}
     * @throws InputException with every problem found
     */
    public static List<ExceptionGrant> read(String file, byte[] content, CatalogControls controls) {
        Objects.requireNonNull(controls, "controls");
        List<InputProblem> problems = new ArrayList<>();
        RecordFile records = new RecordFile(file, "exceptions", COLUMNS, REQUIRED, problems);
        List<ExceptionGrant> grants = new ArrayList<>();
        Map<String, RecordFile.Entry> ids = new HashMap<>();
        for (RecordFile.Entry entry : records.read(content)) {
            String id = entry.value("id");
            if (records.require(entry, "id", "Give every exception an id of its own, e.g. EXC-001.")) {
                RecordFile.Entry first = ids.putIfAbsent(id, entry);
                if (first != null) {
                    records.problem(entry.where("id"), "the id '" + id + "' is used twice (first on line "
                            + first.line() + ").", "Give every exception an id of its own.");
                }
            }
            String controlId = entry.value("control_id");
            if (records.require(entry, "control_id", "Name the control the exception is for, e.g. LFC-01.")
                    && !controls.exists(controlId)) {
                List<String> nearest = controls.nearest(controlId, 3);
                records.problem(entry.where("control_id"), "control_id '" + controlId + "' is not a control in the "
                        + "catalog.", nearest.isEmpty() ? "List the ids with `trustmap catalog controls`."
                        : "Did you mean " + String.join(" or ", nearest) + "?");
            }
            records.require(entry, "identity", "Name the identity it covers: its id, or a pattern where * stands "
                    + "for any run of characters, e.g. arn:aws:iam::123456789012:role/legacy-*.");
            grants.add(new ExceptionGrant(id, controlId, entry.value("identity"), entry.value("reason"),
                    entry.value("requested_by"), entry.value("approved_by"), records.date(entry, "approved_on"),
                    records.date(entry, "expires_on"), entry.value("compensating_control"), records.source(entry)));
        }
        Problems.throwIfAny(problems);
        return List.copyOf(grants);
    }
}
