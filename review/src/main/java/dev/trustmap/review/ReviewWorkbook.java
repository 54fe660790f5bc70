package dev.trustmap.review;

import dev.trustmap.evidence.sheet.StableXlsx;
import dev.trustmap.model.text.SpreadsheetCell;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One owner's review workbook: Instructions, then Review (one row per identity: the facts, locked; the answer
 * cells, open, with drop-downs and a highlight while an answer is missing; the row key in a hidden column), then
 * Credentials (each credential of those identities, locked), and a hidden Lists sheet the drop-downs read. The rows
 * stream through SXSSF, so a programme workbook of many thousand identities stays small in memory.
 */
final class ReviewWorkbook {

    /** What one workbook says and holds. */
    record Content(Campaign campaign, Campaign.Workbook workbook, List<Line> lines, List<String> people) {
    }

    /** A row of the Review sheet: the identity, its facts as sent and its key. */
    record Line(Subject subject, List<String> facts, String key) {
    }

    private static final String ANSWER_FILL = "FFF2CC";
    private static final String MISSING_FILL = "F8CBAD";
    private static final String HEADER_FILL = "D9D9D9";

    private ReviewWorkbook() {
    }

    static void write(Content content, OutputStream out) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base);
        instructions(base, styles, content);
        XSSFSheet review = base.createSheet(ReviewColumns.REVIEW_SHEET);
        XSSFSheet credentials = base.createSheet(ReviewColumns.CREDENTIALS_SHEET);
        XSSFSheet lists = base.createSheet(ReviewColumns.LISTS_SHEET);
        int people = lists(lists, content.people());
        base.setSheetHidden(base.getSheetIndex(lists), true);
        header(review, styles, ReviewColumns.ALL);
        int last = content.lines().size();
        reviewSheet(review, content, last, people);
        header(credentials, styles, List.of("Identity", "Identity id", "Credential", "Kind", "Active", "Age (days)",
                "Last used", "Expires"));
        protect(credentials);
        base.setActiveSheet(1);
        base.setSelectedTab(1);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, 200)) {
            Sheet rows = workbook.getSheet(ReviewColumns.REVIEW_SHEET);
            int r = 1;
            for (Line line : content.lines()) {
                Row row = rows.createRow(r++);
                List<String> facts = line.facts();
                for (int c = 0; c < facts.size(); c++) {
                    Cell cell = row.createCell(c);
                    String fact = facts.get(c);
                    if (fact.isEmpty()) {
                        // left blank
                    } else if (ReviewColumns.NUMBERS.contains(c)) {
                        cell.setCellValue(Double.parseDouble(fact));
                    } else {
                        cell.setCellValue(SpreadsheetCell.neutralise(fact));
                    }
                    cell.setCellStyle(styles.fact);
                }
                for (String answer : ReviewColumns.ANSWERS) {
                    row.createCell(ReviewColumns.column(answer)).setCellStyle(
                            answer.equals(ReviewColumns.DECOMMISSION_BY) ? styles.answerDate : styles.answer);
                }
                Cell key = row.createCell(ReviewColumns.column(ReviewColumns.KEY));
                key.setCellValue(line.key());
                key.setCellStyle(styles.fact);
            }
            Sheet credentialRows = workbook.getSheet(ReviewColumns.CREDENTIALS_SHEET);
            r = 1;
            for (Line line : content.lines()) {
                for (Subject.CredentialFact credential : line.subject().credentials()) {
                    Row row = credentialRows.createRow(r++);
                    text(row, 0, line.facts().get(0), styles.fact);
                    text(row, 1, line.subject().id(), styles.fact);
                    text(row, 2, credential.id(), styles.fact);
                    text(row, 3, credential.kind(), styles.fact);
                    text(row, 4, credential.active() ? "yes" : "no", styles.fact);
                    if (credential.ageDays() != null) {
                        Cell age = row.createCell(5);
                        age.setCellValue(credential.ageDays());
                        age.setCellStyle(styles.fact);
                    }
                    text(row, 6, credential.lastUsed() == null ? "not recorded" : credential.lastUsed(), styles.fact);
                    text(row, 7, credential.expires() == null ? "none" : credential.expires(), styles.fact);
                }
            }
            StableXlsx.write(workbook, Instant.parse(content.campaign().asOf()), out);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(SpreadsheetCell.neutralise(value));
        }
        cell.setCellStyle(style);
    }

    private static void instructions(XSSFWorkbook base, Styles styles, Content content) {
        Campaign campaign = content.campaign();
        Campaign.Workbook workbook = content.workbook();
        XSSFSheet sheet = base.createSheet(ReviewColumns.INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 96 * 256);
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue("Owner review " + campaign.period());
        title.getCell(0).setCellStyle(styles.title);
        r++;
        r = pair(sheet, styles, r, "For", SpreadsheetCell.neutralise(workbook.recipient()));
        r = pair(sheet, styles, r, "Answer by", campaign.due());
        r = pair(sheet, styles, r, "Identities", String.valueOf(workbook.identities()));
        r = pair(sheet, styles, r, "Facts as of", campaign.asOf().substring(0, 10) + " (the quarter trustmap assessed)");
        r = pair(sheet, styles, r, "Campaign", campaign.id());
        r = pair(sheet, styles, r, "Workbook", workbook.file());
        r++;
        String ask = workbook.programme()
                ? "These identities have no owner, or their owner has left. For each one on the Review sheet, name"
                        + " who owns it now (transfer) or say when it will be switched off (decommission)."
                : "These identities are recorded as yours. For each one on the Review sheet, say whether it is still"
                        + " yours and still needed, and whether it still needs the access it has.";
        r = paragraph(sheet, styles, r, "What is asked", ask);
        r = paragraph(sheet, styles, r, "keep", "It is mine and still needed. Say why in Reason if you can.");
        r = paragraph(sheet, styles, r, "transfer", "It is needed, but someone else owns it now: write their"
                + " e-mail in Transfer to" + (content.people().isEmpty() ? "." : " (the list offers the people"
                + " directory)."));
        r = paragraph(sheet, styles, r, "decommission", "It is no longer needed: write the date by which it will"
                + " be switched off in Decommission by (YYYY-MM-DD). From that date, any credential it still holds"
                + " is a finding.");
        if (!workbook.programme()) {
            r = paragraph(sheet, styles, r, "not mine", "It is not mine and I cannot say whose. Say what you know in"
                    + " Reason.");
        }
        r = paragraph(sheet, styles, r, "How", "Answer in the coloured columns only; a cell stays red until its"
                + " row is answered. The grey columns are the facts as trustmap found them and are locked: a row"
                + " whose facts were changed is not used. If a fact is wrong, say so in Reason. The Credentials"
                + " sheet lists every credential of these identities.");
        paragraph(sheet, styles, r, "Return", "Save the workbook as .xlsx (any file name) and send it back by "
                + campaign.due() + ". Rows left unanswered are reported as unanswered.");
        protect(sheet);
        sheet.getPrintSetup().setLandscape(true);
    }

    private static int pair(XSSFSheet sheet, Styles styles, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(styles.label);
        row.createCell(1).setCellValue(value);
        row.getCell(1).setCellStyle(styles.wrap);
        return r + 1;
    }

    private static int paragraph(XSSFSheet sheet, Styles styles, int r, String label, String text) {
        int next = pair(sheet, styles, r, label, text);
        sheet.getRow(r).setHeightInPoints(Math.max(1, (text.length() / 90) + 1) * 15f);
        return next;
    }

    private static int lists(XSSFSheet lists, List<String> people) {
        List<String> answers = AnswerKind.words();
        int rows = Math.max(answers.size(), people.size());
        for (int i = 0; i < rows; i++) {
            Row row = lists.createRow(i);
            if (i < answers.size()) {
                row.createCell(0).setCellValue(answers.get(i));
            }
            if (i < people.size()) {
                row.createCell(1).setCellValue(people.get(i));
            }
        }
        return people.size();
    }

    private static void header(XSSFSheet sheet, Styles styles, List<String> names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            row.createCell(c).setCellValue(names.get(c));
            row.getCell(c).setCellStyle(styles.header);
        }
        row.setHeightInPoints(30);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, names.size() - 1));
        for (int c = 0; c < names.size(); c++) {
            sheet.setColumnWidth(c, width(names.get(c)) * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    private static int width(String column) {
        return switch (column) {
            case "Identity", "Identity id", "Credential", "Purpose" -> 34;
            case "Technical owner", "Business owner", "Transfer to", "Account" -> 30;
            case "Reason" -> 40;
            case "Answer", "Decommission by", "Platform", "System", "Kind", "Environment" -> 15;
            default -> 12;
        };
    }

    /** The drop-downs, the red highlight of a missing answer, the hidden key column, and the lock. */
    private static void reviewSheet(XSSFSheet sheet, Content content, int last, int people) {
        int answer = ReviewColumns.column(ReviewColumns.ANSWER);
        int transfer = ReviewColumns.column(ReviewColumns.TRANSFER_TO);
        int decommission = ReviewColumns.column(ReviewColumns.DECOMMISSION_BY);
        sheet.setColumnHidden(ReviewColumns.column(ReviewColumns.KEY), true);
        if (last > 0) {
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            List<String> answers = content.workbook().programme()
                    ? List.of(AnswerKind.TRANSFER.word(), AnswerKind.DECOMMISSION.word()) : AnswerKind.words();
            validation(sheet, helper, helper.createExplicitListConstraint(answers.toArray(String[]::new)), answer,
                    last, "Not an answer", "Pick " + String.join(", ", answers) + ".");
            DataValidationConstraint to = people > 0
                    ? helper.createFormulaListConstraint(ReviewColumns.LISTS_SHEET + "!$B$1:$B$" + people)
                    : helper.createCustomConstraint("ISNUMBER(SEARCH(\"@\"," + cellName(transfer) + "2))");
            validation(sheet, helper, to, transfer, last, "Not a person",
                    people > 0 ? "Pick the new owner from the people directory." : "Write the new owner's e-mail.");
            LocalDate after = LocalDate.parse(content.campaign().asOf().substring(0, 10));
            validation(sheet, helper, helper.createDateConstraint(DataValidationConstraint.OperatorType.GREATER_THAN,
                    "DATE(" + after.getYear() + "," + after.getMonthValue() + "," + after.getDayOfMonth() + ")", null,
                    "yyyy-mm-dd"), decommission, last, "Not a date", "Write the date as YYYY-MM-DD, after " + after
                    + ".");
            SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            String a = "$" + cellName(answer) + "2";
            missing(formatting, "LEN(" + a + ")=0", answer, last);
            missing(formatting, "AND(" + a + "=\"" + AnswerKind.TRANSFER.word() + "\",LEN($" + cellName(transfer)
                    + "2)=0)", transfer, last);
            missing(formatting, "AND(" + a + "=\"" + AnswerKind.DECOMMISSION.word() + "\",LEN($"
                    + cellName(decommission) + "2)=0)", decommission, last);
        }
        protect(sheet);
    }

    private static void validation(XSSFSheet sheet, XSSFDataValidationHelper helper,
            DataValidationConstraint constraint, int column, int last, String title, String text) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, last, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, text);
        validation.setSuppressDropDownArrow(true); // for XSSF, true shows the arrow
        sheet.addValidationData(validation);
    }

    private static void missing(SheetConditionalFormatting formatting, String formula, int column, int last) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(rgb(MISSING_FILL)));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last, column, column)},
                rule);
    }

    /** Locked against edits, without a password: filters, sorting and column widths stay free. */
    private static void protect(XSSFSheet sheet) {
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.enableLocking();
    }

    static String cellName(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    private static byte[] rgb(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

    /** The workbook's cell styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle wrap;
        final CellStyle header;
        final CellStyle fact;
        final CellStyle answer;
        final CellStyle answerDate;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            header = filled(workbook, HEADER_FILL);
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            fact = workbook.createCellStyle();
            fact.setVerticalAlignment(VerticalAlignment.TOP);
            answer = filled(workbook, ANSWER_FILL);
            answer.setLocked(false);
            answer.setBorderBottom(BorderStyle.THIN);
            answer.setBorderRight(BorderStyle.THIN);
            answerDate = filled(workbook, ANSWER_FILL);
            answerDate.cloneStyleFrom(answer);
            answerDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static XSSFCellStyle filled(XSSFWorkbook workbook, String hex) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(rgb(hex)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
