package dev.trustmap.evidence.sheet;

import java.util.List;
import org.dhatim.fastexcel.reader.CellAddress;

/**
 * Where an owners-workbook row was read: the file, the sheet (null for CSV) and the row, with the sheet's
 * columns so each cell can be named ({@code Control owners!A5}, or {@code line 5} in a CSV file).
 *
 * @param columns the sheet's header names in lower case, by position (shared by the sheet's rows)
 */
public record SheetOrigin(String file, String sheet, long row, List<String> columns) {

    /** The cell of a column in this row: {@code Control owners!A5}; {@code line 5} for CSV. */
    public String cell(String column) {
        if (sheet == null) {
            return "line " + row;
        }
        int i = columns.indexOf(column);
        return i < 0 ? sheet + " row " + row : sheet + "!" + CellAddress.convertNumToColString(i) + row;
    }

    /** The row, for messages about it as a whole: {@code People row 4} or {@code line 4}. */
    public String where() {
        return sheet == null ? "line " + row : sheet + " row " + row;
    }

    @Override
    public String toString() {
        return file + " " + where();
    }
}
