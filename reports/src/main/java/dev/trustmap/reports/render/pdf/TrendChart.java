package dev.trustmap.reports.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import dev.trustmap.reports.model.TrendPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The trend of domain scores as a one-page vector PDF: JFreeChart drawn onto OpenPDF's
 * {@code createGraphicsShapes}, text as outlines in the bundled font (so the chart needs no font of its own).
 * One line per domain on a 0–100 scale; a quarter without a score breaks the line. Colours and dashes are those of
 * the HTML chart (Okabe-Ito), so lines are told apart by dash and key as well as colour.
 */
final class TrendChart {

    /** The HTML chart's box, in CSS pixels; the PDF page is the same box in points (1px = 0.75pt). */
    static final int WIDTH_PX = 680;
    static final int HEIGHT_PX = 260;
    private static final float WIDTH_PT = WIDTH_PX * 0.75f;
    private static final float HEIGHT_PT = HEIGHT_PX * 0.75f;

    private static final List<Color> COLOURS = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), Color.BLACK);
    private static final List<float[]> DASHES = List.of(new float[0], new float[] {7, 3}, new float[] {2, 3},
            new float[] {9, 3, 2, 3}, new float[] {4, 4}, new float[] {1, 2}, new float[] {12, 4});
    private static final Color TEXT = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x57606a);
    private static final Color GRID = new Color(0xd8dee4);

    private final JFreeChart chart;

    private TrendChart(JFreeChart chart) {
        this.chart = chart;
    }

    /** Null when there is no trend: no chart is drawn rather than an empty one. */
    static TrendChart of(List<TrendPoint> trend) {
        if (trend == null || trend.isEmpty()) {
            return null;
        }
        Set<String> domains = new LinkedHashSet<>();
        trend.forEach(p -> domains.addAll(p.domainScores().keySet()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String domain : domains) {
            for (TrendPoint p : trend) {
                data.addValue(p.domainScores().get(domain), label(domain), p.period());
            }
        }
        return new TrendChart(chart(data));
    }

    private static JFreeChart chart(DefaultCategoryDataset data) {
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(BundledFont.awt(7.5f));
        x.setTickLabelPaint(MUTED);
        x.setAxisLineVisible(false);
        x.setTickMarksVisible(false);
        x.setCategoryMargin(0);
        x.setLowerMargin(0.04);
        x.setUpperMargin(0.04);
        NumberAxis y = new NumberAxis();
        y.setRange(0, 100);
        y.setTickUnit(new NumberTickUnit(25));
        y.setTickLabelFont(BundledFont.awt(7.5f));
        y.setTickLabelPaint(MUTED);
        y.setAxisLineVisible(false);
        y.setTickMarksVisible(false);
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            float[] dash = DASHES.get(i % DASHES.size());
            lines.setSeriesPaint(i, COLOURS.get(i % COLOURS.size()));
            lines.setSeriesStroke(i, dash.length == 0 ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND) : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                            10f, dash, 0f));
            lines.setSeriesShape(i, new Ellipse2D.Double(-2.4, -2.4, 4.8, 4.8));
        }
        lines.setDefaultItemLabelsVisible(false);
        CategoryPlot plot = new CategoryPlot(data, x, y, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 2, 2, 6));
        JFreeChart chart = new JFreeChart(null, BundledFont.awt(8f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(BundledFont.awt(8f));
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
        return chart;
    }

    /** The chart as a one-page PDF whose page is the chart's box; Flying Saucer places it as a Form XObject. */
    byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(WIDTH_PT, HEIGHT_PT), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        Graphics2D g = canvas.createGraphicsShapes(WIDTH_PT, HEIGHT_PT);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH_PT, HEIGHT_PT));
        } finally {
            g.dispose();
        }
        document.close();
        return out.toByteArray();
    }

    /** A domain key as the page writes it: ACCESS_REVIEW → Access review. */
    static String label(String domain) {
        String words = domain.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
