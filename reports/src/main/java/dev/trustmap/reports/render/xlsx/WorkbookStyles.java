package dev.trustmap.reports.render.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles the workbook uses, created once: a workbook holds at most 64,000 styles, so a style per
 * cell would run out on a large table.
 */
final class WorkbookStyles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle section;
    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle red;
    final CellStyle amber;
    final CellStyle green;

    WorkbookStyles(Workbook workbook) {
        var format = workbook.createDataFormat();

        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        Font subtitleFont = workbook.createFont();
        subtitleFont.setItalic(true);
        subtitleFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        subtitle = workbook.createCellStyle();
        subtitle.setFont(subtitleFont);

        Font bold = workbook.createFont();
        bold.setBold(true);
        section = workbook.createCellStyle();
        section.setFont(bold);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);

        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat(DATE_FORMAT));
        date.setVerticalAlignment(VerticalAlignment.TOP);

        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(format.getFormat(DATE_TIME_FORMAT));
        dateTime.setVerticalAlignment(VerticalAlignment.TOP);

        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("0"));
        integer.setVerticalAlignment(VerticalAlignment.TOP);

        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.0"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);

        red = filled(workbook, IndexedColors.ROSE);
        amber = filled(workbook, IndexedColors.LIGHT_ORANGE);
        green = filled(workbook, IndexedColors.LIGHT_GREEN);
    }

    /** The fill of a red/amber/green state; the plain text style for anything else. */
    CellStyle rag(String rag) {
        if (rag == null) {
            return text;
        }
        return switch (rag) {
            case "red" -> red;
            case "amber" -> amber;
            case "green" -> green;
            default -> text;
        };
    }

    private static CellStyle filled(Workbook workbook, IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
