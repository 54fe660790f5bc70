package dev.trustmap.reports.render.xlsx;

import dev.trustmap.reports.model.BoardView;
import dev.trustmap.reports.model.ControlRef;
import dev.trustmap.reports.model.DomainPosture;
import dev.trustmap.reports.model.FrameworkBar;
import dev.trustmap.reports.model.Kpi;
import dev.trustmap.reports.model.MaturityView;
import dev.trustmap.reports.model.ReportMeta;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet: who and when, the domain posture with a native bar chart of the scores, the headline KPIs,
 * framework coverage and the maturity stage. Built in memory (it is a few dozen rows) before the workbook is
 * wrapped for streaming; every figure is read from the model, none computed here.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    static final List<String> POSTURE_HEADER = List.of("Domain", "Score", "RAG", "Machine score", "AI score", "Met",
            "Partial", "Not met", "Not assessed");
    static final List<String> KPI_HEADER = List.of("KPI", "Value", "Unit", "Previous", "Change");
    static final List<String> FRAMEWORK_HEADER = List.of("Framework", "Items", "In scope", "Met", "Partial",
            "Not met", "Not assessed", "Not applicable", "Not covered", "Met %");

    /** The chart's corners (column, row of the top left; column, row of the bottom right). */
    private static final int CHART_FIRST_COLUMN = POSTURE_HEADER.size() + 1;
    private static final int CHART_COLUMNS = 8;
    private static final int CHART_ROWS = 18;

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final CellValues cells;
    private int next;

    private SummarySheet(XSSFSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.cells = new CellValues(styles);
    }

    /**
     * @param cut a line for each table its sheet could not hold whole, saying where the complete table is
     */
    static void write(XSSFWorkbook workbook, WorkbookStyles styles, ReportMeta meta, BoardView board,
            List<String> cut) {
        new SummarySheet(workbook.createSheet(NAME), styles).write(meta, board, cut);
    }

    private void write(ReportMeta meta, BoardView board, List<String> cut) {
        cells.text(row().createCell(0), title(meta), styles.title);
        cells.text(row().createCell(0), "Catalog " + orDash(meta.catalogVersion()) + " · trustmap "
                + orDash(meta.trustmapVersion()), styles.subtitle);
        next++;
        if (!cut.isEmpty()) {
            cells.text(row().createCell(0), "Tables cut to fit a sheet", styles.section);
            for (String line : cut) {
                cells.text(row().createCell(0), line);
            }
            next++;
        }
        if (board == null) {
            sheet.setColumnWidth(0, 36 * 256);
            return;
        }

        int postureFirst = posture(board.domains());
        next++;
        kpis(board.kpis());
        next++;
        frameworks(board.frameworks());
        next++;
        maturity(board.maturity());
        if (board.methodChange() != null) {
            cells.text(row().createCell(0), board.methodChange(), styles.subtitle);
        }

        sheet.setColumnWidth(0, 36 * 256);
        onePage();
        for (int c = 1; c < POSTURE_HEADER.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        if (!board.domains().isEmpty()) {
            int chartTop = postureFirst - 1;
            DomainScoreChart.draw(sheet, postureFirst, postureFirst + board.domains().size() - 1, 0, 1,
                    new int[] {CHART_FIRST_COLUMN, chartTop, CHART_FIRST_COLUMN + CHART_COLUMNS,
                        chartTop + CHART_ROWS});
        }
    }

    /** Printed on one landscape page, chart and tables together. */
    private void onePage() {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.setFitToPage(true);
    }

    /** The posture table; returns the row of its first domain. */
    private int posture(List<DomainPosture> domains) {
        cells.text(row().createCell(0), "Domain posture", styles.section);
        header(POSTURE_HEADER);
        int first = next;
        for (DomainPosture d : domains) {
            Row row = row();
            cells.text(row.createCell(0), Column.words(d.domain()));
            number(row, 1, d.score());
            if (d.rag() != null) {
                cells.text(row.createCell(2), d.rag(), styles.rag(d.rag()));
            } else if (d.score() == null) {
                cells.text(row.createCell(2), "not assessed");
            }
            number(row, 3, d.machineScore());
            number(row, 4, d.aiScore());
            number(row, 5, d.met());
            number(row, 6, d.partial());
            number(row, 7, d.notMet());
            number(row, 8, d.notAssessed());
        }
        return first;
    }

    private void kpis(List<Kpi> kpis) {
        cells.text(row().createCell(0), "Key indicators", styles.section);
        header(KPI_HEADER);
        for (Kpi k : kpis) {
            Row row = row();
            CellStyle style = "count".equals(k.unit()) ? styles.integer : styles.decimal;
            cells.text(row.createCell(0), k.label());
            figure(row, 1, k.value(), style);
            cells.text(row.createCell(2), k.unit());
            figure(row, 3, k.previous(), style);
            figure(row, 4, k.delta(), style);
        }
    }

    private void frameworks(List<FrameworkBar> frameworks) {
        cells.text(row().createCell(0), "Framework coverage", styles.section);
        header(FRAMEWORK_HEADER);
        for (FrameworkBar f : frameworks) {
            Row row = row();
            cells.text(row.createCell(0), f.name() != null ? f.name() : f.framework());
            number(row, 1, f.items());
            number(row, 2, f.inScope());
            number(row, 3, f.met());
            number(row, 4, f.partial());
            number(row, 5, f.notMet());
            number(row, 6, f.notAssessed());
            number(row, 7, f.notApplicable());
            number(row, 8, f.notCovered());
            number(row, 9, f.metPercent());
        }
    }

    private void maturity(MaturityView maturity) {
        if (maturity == null) {
            return;
        }
        String line = "Maturity: stage " + maturity.stage() + (maturity.name() == null ? "" : " — " + maturity.name());
        cells.text(row().createCell(0), line, styles.section);
        if (maturity.next() != null && !maturity.next().isEmpty()) {
            List<String> next = new ArrayList<>();
            for (ControlRef c : maturity.next()) {
                next.add(c.title() == null ? c.id() : c.id() + " " + c.title());
            }
            cells.text(row().createCell(0), "Next stage needs: " + String.join("; ", next));
        }
    }

    private void header(List<String> names) {
        Row row = row();
        for (int i = 0; i < names.size(); i++) {
            cells.text(row.createCell(i), names.get(i), styles.header);
        }
    }

    private void number(Row row, int column, Number value) {
        if (value != null) {
            cells.number(row.createCell(column), value);
        }
    }

    private void figure(Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    /** "Organisation — operator report · 2026-Q3 · as of 2026-09-30 12:00 UTC". */
    static String title(ReportMeta meta) {
        StringBuilder title = new StringBuilder();
        if (meta.organisation() != null && !meta.organisation().isBlank()) {
            title.append(meta.organisation()).append(" — ");
        }
        title.append("operator report");
        if (meta.period() != null) {
            title.append(" · ").append(meta.period());
        }
        if (meta.asOf() != null) {
            LocalDateTime asOf = CellValues.parseDateTime(meta.asOf().trim());
            title.append(" · as of ").append(asOf == null ? meta.asOf()
                    : asOf.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)) + " UTC");
        }
        return title.toString();
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
