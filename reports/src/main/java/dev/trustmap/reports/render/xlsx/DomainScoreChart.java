package dev.trustmap.reports.render.xlsx;

import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel bar chart of the domain scores, reading the domain and score cells of the posture table, so it
 * is the workbook's own data that is drawn (and redrawn if an operator edits a cell).
 */
final class DomainScoreChart {

    private DomainScoreChart() {
    }

    /**
     * @param firstRow the first domain row of the posture table; {@code lastRow} the last
     * @param nameColumn the column of domain names; {@code scoreColumn} the column of scores (0–100)
     * @param anchor where the chart sits: columns and rows of its top-left and bottom-right corners
     */
    static void draw(XSSFSheet sheet, int firstRow, int lastRow, int nameColumn, int scoreColumn, int[] anchor) {
        // POI tags chart text with the JVM's locale (lang="tr-TR" under a Turkish one); the workbook must not vary
        Locale before = LocaleUtil.getUserLocale();
        LocaleUtil.setUserLocale(Locale.US);
        try {
            drawChart(sheet, firstRow, lastRow, nameColumn, scoreColumn, anchor);
        } finally {
            LocaleUtil.setUserLocale(before);
        }
    }

    private static void drawChart(XSSFSheet sheet, int firstRow, int lastRow, int nameColumn, int scoreColumn,
            int[] anchor) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor place = drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]);
        XSSFChart chart = drawing.createChart(place);
        chart.setTitleText("Domain scores");
        chart.setTitleOverlay(false);

        XDDFCategoryAxis domains = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis scores = chart.createValueAxis(AxisPosition.LEFT);
        scores.setTitle("Score");
        scores.setMinimum(0);
        scores.setMaximum(100);
        scores.setMajorUnit(20);
        scores.setCrosses(AxisCrosses.AUTO_ZERO);

        XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, nameColumn, nameColumn));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, scoreColumn, scoreColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, domains, scores);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(names, values);
        series.setTitle("Score", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(data);
    }
}
