package dev.trustmap.reports.render.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
    final CellStyle link;

    /** The fills of the red, amber and green states and of the header, as RGB: indexed colours drift by reader. */
    static final byte[] RED = rgb(0xE5484D);
    static final byte[] AMBER = rgb(0xF0B400);
    static final byte[] GREEN = rgb(0x2DA44E);
    static final byte[] HEADER = rgb(0xDCE6F0);

    WorkbookStyles(XSSFWorkbook workbook) {
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
        header.setFillForegroundColor(new XSSFColor(HEADER));
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

        red = filled(workbook, RED, true);
        amber = filled(workbook, AMBER, false);
        green = filled(workbook, GREEN, true);

        XSSFFont linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(new XSSFColor(rgb(0x0563C1)));
        link = workbook.createCellStyle();
        link.setFont(linkFont);
        link.setVerticalAlignment(VerticalAlignment.TOP);
    }

    static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
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

    /** A solid fill; on the two dark ones the text is white and bold, so it reads. */
    private static CellStyle filled(XSSFWorkbook workbook, byte[] color, boolean whiteText) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(color));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (whiteText) {
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            font.setColor(new XSSFColor(rgb(0xFFFFFF)));
            style.setFont(font);
        }
        return style;
    }
}
