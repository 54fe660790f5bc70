package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.collection.Prefetch;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * trustmap's own inventory sheet (CSV or XLSX), for identities with no native export, AI agents included: one
 * row per credential, the identity's columns repeated on each of its rows. Rows stream to the sink one identity
 * per row; the inventory builder merges the rows of one identity wherever they are in the file.
 */
public final class InventorySheetImporter implements Importer {

    public static final String SOURCE = "inventory-csv";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String describe() {
        return "trustmap inventory sheet (CSV or XLSX, one row per credential) for identities with no native "
                + "export, AI agents included";
    }

    @Override
    public boolean recognises(FileHead head) {
        if (head.zip()) {
            // a head made in memory has no path: the .xlsx name stands in, and read() still refuses a workbook
            // with no inventory sheet
            return head.path() != null ? isInventoryWorkbook(new EvidenceFile(head.path(), head.name()))
                    : head.lowerName().endsWith(".xlsx");
        }
        String first = head.firstLine();
        if (!first.toLowerCase(Locale.ROOT).contains(InventoryColumns.IDENTITY_ID) || head.json()) {
            return false;
        }
        try (CsvTable header = CsvTable.of(head.name(), first)) {
            return InventoryColumns.isInventoryHeader(lower(header.headers()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * True when one of the workbook's sheets has an inventory header row: identity_id and a column an
     * identity-owner sheet lacks. Reads only the first rows; false for a zip that is not a workbook.
     */
    public static boolean isInventoryWorkbook(EvidenceFile file) {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            return workbook.sheetNames().stream()
                    .anyMatch(s -> InventoryColumns.isInventoryHeader(lower(workbook.headers(s))));
        } catch (RuntimeException e) {
            return false; // another zip, or a broken one: not ours to explain
        }
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        InventoryRowReader reader = new InventoryRowReader(file.name());
        if (!file.head().zip()) {
            try (SheetTable table = SheetTable.csv(file)) {
                if (!table.has(InventoryColumns.IDENTITY_ID)) {
                    throw noIdentityColumn(file.name(), "line 1", "the header has no identity_id column");
                }
                readTable(table, reader, sink);
            }
            return;
        }
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            List<String> sheets = new ArrayList<>();
            for (String sheet : workbook.sheetNames()) {
                Set<String> headers = lower(workbook.headers(sheet));
                if (InventoryColumns.isInventoryHeader(headers)) {
                    sheets.add(sheet);
                } else if (headers.contains(InventoryColumns.IDENTITY_ID)) {
                    sink.warning(new InputProblem(file.name(), sheet + "!A1", "the sheet '" + sheet + "' has only "
                            + "identity-owner columns; it was not read as inventory.", "Pass an owners workbook "
                            + "with --owners, or add inventory columns (identity_name, platform, credential_id...)."));
                } else if (!headers.isEmpty()) {
                    sink.warning(new InputProblem(file.name(), sheet + "!A1", "the sheet '" + sheet
                            + "' has no identity_id column in its first row; it was not read.", null));
                }
            }
            if (sheets.isEmpty()) {
                List<String> names = workbook.sheetNames();
                throw noIdentityColumn(file.name(), names.isEmpty() ? "" : names.get(0) + "!A1",
                        "no sheet has an inventory header row, identity_id and at least one inventory column "
                                + "(sheets: " + String.join(", ", names) + ")");
            }
            for (String sheet : sheets) {
                try (SheetTable table = workbook.table(sheet)) {
                    readTable(table, reader, sink);
                }
            }
        }
    }

    @Override
    public Redaction redaction(FileHead head) {
        return head.zip() ? Redaction.workbook() : Redaction.csv();
    }

    /**
     * What one row gave: the identity, or the problem that kept it out, and a warning of values that disagree with
     * an earlier row of the same identity.
     */
    private record RowOutcome(Identity identity, InputProblem bad, InputProblem conflict) {
    }

    /**
     * Reads every row into the sink, in order. The rows are parsed and read on a thread of their own, a few hundred
     * ahead, while the sink (the inventory builder) works on those already read: a large sheet takes two cores.
     */
    private static void readTable(SheetTable table, InventoryRowReader reader, ImportSink sink) {
        warnUnknownColumns(table, sink);
        Iterator<SheetRow> rows = table.iterator();
        Iterator<RowOutcome> outcomes = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public RowOutcome next() {
                return read(table, reader, rows.next());
            }
        };
        try (Prefetch<RowOutcome> ahead = Prefetch.of(outcomes, "trustmap-sheet")) {
            while (ahead.hasNext()) {
                RowOutcome outcome = ahead.next();
                if (outcome.bad() != null) {
                    sink.badRow(outcome.bad());
                    continue;
                }
                if (outcome.conflict() != null) {
                    sink.warning(outcome.conflict());
                }
                sink.identity(outcome.identity());
            }
        }
    }

    private static RowOutcome read(SheetTable table, InventoryRowReader reader, SheetRow row) {
        InventoryRowReader.Read read;
        try {
            read = reader.read(row);
        } catch (CellException e) {
            return new RowOutcome(null, new InputProblem(table.file(), row.where(e.column()), e.getMessage(),
                    e.fix()), null);
        }
        InputProblem conflict = read.conflicts().isEmpty() ? null : new InputProblem(table.file(),
                row.where(read.conflicts().get(0)), "identity '" + read.identity().id() + "' has a different "
                + String.join(", ", read.conflicts()) + " here than on an earlier row; the first non-empty value is"
                + " kept.", "Write the identity's columns the same on each of its rows.");
        return new RowOutcome(read.identity(), null, conflict);
    }

    private static void warnUnknownColumns(SheetTable table, ImportSink sink) {
        List<String> unknown = table.headers().stream().map(String::strip)
                .filter(h -> !h.isEmpty() && !InventoryColumns.KNOWN.contains(h.toLowerCase(Locale.ROOT)))
                .toList();
        if (!unknown.isEmpty()) {
            sink.warning(new InputProblem(table.file(), table.headerWhere(unknown.get(0)), "column"
                    + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are") + " not part of the inventory sheet and "
                    + (unknown.size() == 1 ? "was" : "were") + " ignored.",
                    "Known columns: " + InventoryColumns.expected() + "."));
        }
    }

    private static InputException noIdentityColumn(String file, String where, String what) {
        return new InputException(new InputProblem(file, where, what + ".", "Name the columns in the first row, "
                + "in any order (identity_id is required): " + InventoryColumns.expected() + "."));
    }

    private static Set<String> lower(List<String> headers) {
        return headers.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
