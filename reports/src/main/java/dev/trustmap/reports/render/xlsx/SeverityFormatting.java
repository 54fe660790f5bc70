package dev.trustmap.reports.render.xlsx;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Colours a severity column by its value with conditional formatting (critical dark red, high red, medium amber,
 * low blue, the HTML report's colours), so the colour follows the cell when an operator sorts or filters.
 */
final class SeverityFormatting {

    private SeverityFormatting() {
    }

    /** Rules over rows {@code firstRow..lastRow} of {@code column}; nothing when the range is empty. */
    static void apply(Sheet sheet, int column, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(firstRow, lastRow, column, column)};
        formatting.addConditionalFormatting(range, rule(formatting, "critical", 0x8B0000, true));
        formatting.addConditionalFormatting(range, rule(formatting, "high", 0xCF222E, true));
        formatting.addConditionalFormatting(range, rule(formatting, "medium", 0xFFF1C2, false));
        formatting.addConditionalFormatting(range, rule(formatting, "low", 0xDDF4FF, false));
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, String severity,
            int fill, boolean whiteBold) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + severity + "\"", null);
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(new XSSFColor(WorkbookStyles.rgb(fill)));
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        if (whiteBold) {
            FontFormatting font = rule.createFontFormatting();
            font.setFontColor(new XSSFColor(WorkbookStyles.rgb(0xFFFFFF)));
            font.setFontStyle(false, true);
        }
        return rule;
    }
}
