package dev.trustmap.evidence.sheet;

import dev.trustmap.model.text.SpreadsheetCell;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the owners workbook template: the three sheets with their headers (bold, filled, frozen), date columns
 * formatted as dates, and drop-downs for control_id, actor_class and status over rows 2 to 1000.
 */
public final class OwnersTemplate {

    /** The sheet holding the control ids when they are too long for an in-cell list. */
    public static final String LISTS_SHEET = "Lists";
    static final int LAST_ROW = 1000;
    // Excel refuses an explicit drop-down list longer than 255 characters; longer lists live in a range.
    private static final int EXPLICIT_LIST_LIMIT = 255;

    private OwnersTemplate() {
    }

    /** A fixed date for the template's parts, so that the same catalog gives the same bytes. */
    private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");

    /** Writes the template workbook to a stream; the caller decides where it lands. */
    public static void write(OutputStream out, List<String> controlIds) throws IOException {
        try (XSSFWorkbook workbook = build(controlIds)) {
            StableXlsx.write(workbook, FIXED, out);
        }
    }

    /**
     * Writes a filled owners workbook: the template's three sheets, drop-downs and formats, with {@code rows} under
     * each sheet's header (cells in the order of {@link OwnersSheetKind#columns()}; empty cells left blank), its
     * parts dated {@code created} so that the same rows give the same bytes.
     */
    public static void write(OutputStream out, List<String> controlIds, Map<OwnersSheetKind, List<List<String>>> rows,
            Instant created) throws IOException {
        try (XSSFWorkbook workbook = build(controlIds)) {
            for (Map.Entry<OwnersSheetKind, List<List<String>>> sheet : rows.entrySet()) {
                XSSFSheet target = workbook.getSheet(sheet.getKey().sheetName());
                int r = 1;
                for (List<String> cells : sheet.getValue()) {
                    Row row = target.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        String value = cells.get(c);
                        if (value != null && !value.isEmpty()) {
                            row.createCell(c).setCellValue(SpreadsheetCell.neutralise(value));
                        }
                    }
                }
            }
            StableXlsx.write(workbook, created, out);
        }
    }

    static XSSFWorkbook build(List<String> controlIds) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle header = headerStyle(workbook);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        for (OwnersSheetKind kind : OwnersSheetKind.values()) {
            XSSFSheet sheet = workbook.createSheet(kind.sheetName());
            Row row = sheet.createRow(0);
            List<String> columns = kind.columns();
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                row.createCell(i).setCellValue(column);
                row.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, width(column) * 256);
                if (column.endsWith("_on") || column.endsWith("_due")) {
                    sheet.setDefaultColumnStyle(i, date);
                }
            }
            sheet.createFreezePane(0, 1);
        }
        String controlList = String.join(",", controlIds);
        if (controlList.length() > EXPLICIT_LIST_LIMIT) {
            XSSFSheet lists = workbook.createSheet(LISTS_SHEET);
            for (int i = 0; i < controlIds.size(); i++) {
                lists.createRow(i).createCell(0).setCellValue(controlIds.get(i));
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            dropDown(workbook, OwnersSheetKind.CONTROL_OWNERS, "control_id", null,
                    LISTS_SHEET + "!$A$1:$A$" + Math.max(1, controlIds.size()));
        } else if (!controlIds.isEmpty()) {
            dropDown(workbook, OwnersSheetKind.CONTROL_OWNERS, "control_id", controlIds, null);
        }
        dropDown(workbook, OwnersSheetKind.IDENTITY_OWNERS, "actor_class", OwnersSheetKind.ACTOR_CLASSES, null);
        dropDown(workbook, OwnersSheetKind.PEOPLE, "status", OwnersSheetKind.STATUSES, null);
        workbook.setActiveSheet(0);
        return workbook;
    }

    private static void dropDown(XSSFWorkbook workbook, OwnersSheetKind kind, String column, List<String> values,
            String range) {
        XSSFSheet sheet = workbook.getSheet(kind.sheetName());
        int col = kind.columns().indexOf(column);
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = values != null
                ? helper.createExplicitListConstraint(values.toArray(String[]::new))
                : helper.createFormulaListConstraint(range);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, LAST_ROW - 1, col, col));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Not in the list", "Pick a " + column + " from the list.");
        validation.setSuppressDropDownArrow(true); // for XSSF, true shows the arrow
        sheet.addValidationData(validation);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static int width(String column) {
        return switch (column) {
            case "identity_id" -> 48;
            case "purpose" -> 40;
            case "technical_owner", "business_owner", "owner", "backup_owner", "email" -> 30;
            case "name", "team", "system" -> 24;
            default -> 16;
        };
    }
}
