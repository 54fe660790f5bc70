package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads an owners workbook (XLSX or CSV) into its rows, collecting every problem instead of stopping at one. */
final class OwnersReader {

    private final EvidenceFile file;
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<IdentityOwner> identityOwners = new ArrayList<>();
    private final List<ControlOwnerRow> controlOwners = new ArrayList<>();
    private final List<PersonRow> people = new ArrayList<>();

    OwnersReader(EvidenceFile file) {
        this.file = file;
    }

    OwnersWorkbook read() {
        if (file.head().zip()) {
            readWorkbook();
        } else {
            try (SheetTable table = SheetTable.csv(file)) {
                if (!readTable(table)) {
                    problems.add(new InputProblem(file.name(), "line 1", "the header has none of control_id, "
                            + "identity_id, email: this is not an owners sheet.", expectedHeaders()));
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new OwnersWorkbook(identityOwners, controlOwners, people);
    }

    private void readWorkbook() {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            boolean any = false;
            for (String sheet : workbook.sheetNames()) {
                try (SheetTable table = workbook.table(sheet)) {
                    any |= readTable(table);
                } catch (InputException e) {
                    problems.addAll(e.problems());
                    any = true;
                }
            }
            if (!any) {
                problems.add(new InputProblem(file.name(), "", "no sheet has control_id, identity_id or email in "
                        + "its first row (sheets: " + String.join(", ", workbook.sheetNames()) + ").",
                        expectedHeaders()));
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
    }

    /** Reads the table if its header shows an owners sheet; false when it is not one. */
    private boolean readTable(SheetTable table) {
        List<String> columns = table.headers().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        Optional<OwnersSheetKind> kind = OwnersSheetKind.detect(columns);
        if (kind.isEmpty()) {
            return false;
        }
        List<String> missing = kind.get().required().stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            String name = table.sheet() == null ? "the " + kind.get().sheetName().toLowerCase(Locale.ROOT)
                    + " sheet" : "the sheet '" + table.sheet() + "'";
            problems.add(new InputProblem(table.file(), table.headerWhere(missing.get(0)), name + " has no "
                    + String.join(" or ", missing) + " column.", "Add the column" + (missing.size() > 1 ? "s" : "")
                    + "; the " + kind.get().sheetName().toLowerCase(Locale.ROOT) + " sheet's columns are: "
                    + String.join(", ", kind.get().columns()) + "."));
            return true;
        }
        for (SheetRow row : table) {
            SheetOrigin origin = new SheetOrigin(table.file(), table.sheet(), row.number(), columns);
            switch (kind.get()) {
                case IDENTITY_OWNERS -> identityOwners.add(new IdentityOwner(text(row, origin, "identity_id"),
                        text(row, origin, "technical_owner"), text(row, origin, "business_owner"),
                        text(row, origin, "purpose"), text(row, origin, "system"), text(row, origin, "environment"),
                        text(row, origin, "actor_class"), date(row, origin, "decommission_on"), origin));
                case CONTROL_OWNERS -> controlOwners.add(new ControlOwnerRow(text(row, origin, "control_id"),
                        text(row, origin, "owner"), text(row, origin, "backup_owner"), text(row, origin, "team"),
                        date(row, origin, "review_due"), origin));
                case PEOPLE -> people.add(new PersonRow(text(row, origin, "email"), text(row, origin, "name"),
                        text(row, origin, "status"), date(row, origin, "departed_on"), origin));
            }
        }
        return true;
    }

    private String text(SheetRow row, SheetOrigin origin, String column) {
        try {
            return row.text(column);
        } catch (CellException e) {
            problems.add(new InputProblem(origin.file(), origin.cell(column), e.getMessage(), e.fix()));
            return null;
        }
    }

    private String date(SheetRow row, SheetOrigin origin, String column) {
        try {
            return row.dateText(column);
        } catch (CellException e) {
            problems.add(new InputProblem(origin.file(), origin.cell(column), e.getMessage(), e.fix()));
            return null;
        }
    }

    private static String expectedHeaders() {
        StringBuilder text = new StringBuilder("Name the columns in the first row. ");
        for (OwnersSheetKind kind : OwnersSheetKind.values()) {
            text.append(kind.sheetName()).append(": ").append(String.join(", ", kind.columns())).append(". ");
        }
        return text.append("Or start from `trustmap owners template --out owners.xlsx`.").toString();
    }
}
