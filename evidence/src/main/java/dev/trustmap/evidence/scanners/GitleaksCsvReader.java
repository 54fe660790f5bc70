package dev.trustmap.evidence.scanners;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * gitleaks v8 CSV ({@code --report-format csv}): {@code RuleID,Commit,File,SymlinkFile,Secret,Match,StartLine,...,
 * Fingerprint,Tags}. Columns are read by name, so older v8 headers (without SymlinkFile or Tags) work too.
 */
final class GitleaksCsvReader {

    /** The columns read that every v8 release writes (8.0 had Context for Match, and no Fingerprint until later). */
    private static final List<String> NEEDED = List.of("RuleID", "Commit", "File", "Secret", "StartLine", "Date");
    private static final Set<String> KNOWN = Set.of("ruleid", "description", "commit", "file", "symlinkfile",
            "secret", "match", "startline", "endline", "startcolumn", "endcolumn", "author", "message", "date",
            "email", "fingerprint", "tags", "entropy", "link");

    private GitleaksCsvReader() {
    }

    /** The header names RuleID, File, StartLine and Secret: no other export writes those together. */
    static boolean recognises(FileHead head) {
        List<String> header = List.of(head.firstLine().replace("\"", "").toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        return !head.json() && header.contains("ruleid") && header.contains("file") && header.contains("startline")
                && header.contains("secret");
    }

    static void read(EvidenceFile file, ImportSink sink, GitleaksFinding.Sink found) {
        try (CsvTable table = CsvTable.open(file)) {
            table.requireColumns("a gitleaks CSV report", NEEDED,
                    "Re-export it with gitleaks --report-format csv and import the file unmodified.");
            List<String> unknown = table.headers().stream().filter(h -> !h.isEmpty())
                    .filter(h -> !KNOWN.contains(h.toLowerCase(Locale.ROOT))).toList();
            if (!unknown.isEmpty()) {
                sink.warning(new InputProblem(file.name(), table.headerWhere(),
                        "columns trustmap does not read were ignored: " + String.join(", ", unknown) + ".", null));
            }
            for (CsvTable.Row row : table) {
                Long line = line(file, row, sink);
                if (line == null && row.get("StartLine") != null) {
                    continue;
                }
                found.accept(GitleaksFinding.of(row.get("RuleID"), row.get("File"), line, row.get("Commit"),
                        row.get("Date"), row.get("Fingerprint"), row.get("Secret"), row.get("Match")),
                        new Origin(file.name(), row.where()), row.where());
            }
        }
    }

    /** StartLine as a number; a bad one is reported (and the row skipped) by returning null. */
    private static Long line(EvidenceFile file, CsvTable.Row row, ImportSink sink) {
        String value = row.get("StartLine");
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            sink.badRow(new InputProblem(file.name(), row.where(), "expected a line number in StartLine, found "
                    + (value.matches("[0-9A-Za-z.+-]{1,20}") ? "'" + value + "'" : "something else") + ".",
                    "Use the CSV gitleaks writes, unmodified."));
            return null;
        }
    }
}
