package dev.trustmap.reports.render.xlsx;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Colours a severity column by its value with conditional formatting (critical red, high orange, medium yellow,
 * low grey), so the colour follows the cell when an operator sorts or filters.
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
        formatting.addConditionalFormatting(range, rule(formatting, "critical", IndexedColors.RED, true));
        formatting.addConditionalFormatting(range, rule(formatting, "high", IndexedColors.ORANGE, false));
        formatting.addConditionalFormatting(range, rule(formatting, "medium", IndexedColors.YELLOW, false));
        formatting.addConditionalFormatting(range, rule(formatting, "low", IndexedColors.GREY_25_PERCENT, false));
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, String severity,
            IndexedColors fill, boolean whiteBold) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + severity + "\"", null);
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(fill.getIndex());
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        if (whiteBold) {
            FontFormatting font = rule.createFontFormatting();
            font.setFontColorIndex(IndexedColors.WHITE.getIndex());
            font.setFontStyle(false, true);
        }
        return rule;
    }
}
