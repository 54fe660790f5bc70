package dev.trustmap.evidence.review;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.review.Decommission;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads {@code decommissions.csv}, the identities owners promised in a review to switch off, with their dates. It is
 * recognised by its header alone, which must be exactly the columns {@code review collect} writes (a BOM allowed):
 * an owners sheet also names {@code identity_id}, so nothing looser would tell the two apart.
 */
public final class DecommissionsReader {

    /** The header {@code review collect} writes, in its order. */
    public static final List<String> COLUMNS = List.of("identity_id", "identity_name", "decommission_on", "owner",
            "answered_by", "reason", "source");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DecommissionsReader() {
    }

    /** True when the first line is the decommission list's header, column for column. */
    public static boolean recognises(FileHead head) {
        if (head.zip() || head.json()) {
            return false;
        }
        String first = head.firstLine();
        try (CsvTable header = CsvTable.of(head.name(), first.startsWith("\uFEFF") ? first.substring(1) : first)) {
            return header.headers().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList().equals(COLUMNS);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Every row of the list, in file order, every value through the secret guard.
     *
     * @throws InputException naming each row with a missing id, a missing or malformed date
     */
    public static List<Decommission> read(EvidenceFile file) {
        List<Decommission> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try (CsvTable table = CsvTable.open(file)) {
            table.requireColumns("a decommission list", COLUMNS, "Use decommissions.csv as 'trustmap review collect'"
                    + " wrote it, with the header " + String.join(",", COLUMNS) + ".");
            for (CsvTable.Row row : table) {
                String id = SecretGuard.identifier(row.get("identity_id"));
                String date = row.get("decommission_on");
                if (id == null) {
                    problems.add(new InputProblem(file.name(), row.where(), "the row has no identity_id.",
                            "Write the id of the identity to be switched off, or delete the row."));
                    continue;
                }
                LocalDate on = date(date);
                if (on == null) {
                    problems.add(new InputProblem(file.name(), row.where(), "expected a date (YYYY-MM-DD) in"
                            + " decommission_on for '" + id + "', found " + (date == null ? "nothing"
                                    : "'" + SecretGuard.text(date) + "'") + ".", "Write it as 2026-09-30."));
                    continue;
                }
                rows.add(new Decommission(id, SecretGuard.text(row.get("identity_name")), on,
                        SecretGuard.text(row.get("owner")), SecretGuard.text(row.get("answered_by")),
                        SecretGuard.text(row.get("reason")), SecretGuard.text(row.get("source")), file.name(),
                        row.line()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return List.copyOf(rows);
    }

    /** A calendar date written YYYY-MM-DD; null for anything else, 2026-02-30 included. */
    static LocalDate date(String value) {
        if (value == null || !DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
