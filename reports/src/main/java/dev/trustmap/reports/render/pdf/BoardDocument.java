package dev.trustmap.reports.render.pdf;

import dev.trustmap.reports.model.ReportModel;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The board page made ready for Flying Saucer: parsed leniently (a user's template need not be well-formed), the
 * PDF stylesheet and font rule added last, a running header, explicit bookmarks from the h2 headings, and the
 * inline SVG trend chart (which Flying Saucer 9 cannot draw) replaced by a reference to the vector chart served
 * from memory. No figure is added or changed.
 *
 * @param xhtml the page as well-formed XHTML, for Flying Saucer
 * @param resources what the page refers to by name ({@code chart-trend.pdf}), served by {@link MemoryUserAgent}
 * @param bookmarks the outline: heading text by element id, in page order
 */
record BoardDocument(String xhtml, Map<String, byte[]> resources, Map<String, String> bookmarks) {

    static final String TREND_CHART = "chart-trend.pdf";
    static final String HEADER_LEFT = "pdf-header-left";
    static final String HEADER_RIGHT = "pdf-header-right";

    static BoardDocument prepare(String html, ReportModel model, String css) {
        Document page = Jsoup.parse(html);
        page.head().appendElement("style").attr("type", "text/css").appendText(css + "\n" + BundledFont.CSS);
        runningHeader(page, model);
        Map<String, byte[]> resources = new LinkedHashMap<>();
        trendChart(page, model, resources);
        page.select("svg").remove(); // any other inline SVG would be dropped by Flying Saucer anyway
        Map<String, String> bookmarks = bookmarks(page);
        page.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        return new BoardDocument(page.html(), Map.copyOf(resources), bookmarks);
    }

    /** Organisation on the left, report and period on the right, repeated in the top margin of every page. */
    private static void runningHeader(Document page, ReportModel model) {
        Element body = page.body();
        body.prependElement("div").id(HEADER_RIGHT).addClass("pdf-header")
                .text("Board report · " + orDash(model.meta().period()));
        body.prependElement("div").id(HEADER_LEFT).addClass("pdf-header")
                .text(orDash(model.meta().organisation()));
    }

    private static void trendChart(Document page, ReportModel model, Map<String, byte[]> resources) {
        Element svg = page.getElementById("trend-chart");
        if (svg == null) {
            return;
        }
        TrendChart chart = TrendChart.of(model.board().trend());
        if (chart == null) {
            svg.remove();
            return;
        }
        resources.put(TREND_CHART, chart.pdf());
        Element title = svg.selectFirst("title");
        Element img = new Element("img").attr("src", TREND_CHART).addClass("chart-pdf")
                .attr("alt", title == null ? "Trend of domain scores" : title.text())
                .attr("style", "width: " + TrendChart.WIDTH_PX + "px; height: " + TrendChart.HEIGHT_PX + "px;");
        svg.replaceWith(img);
    }

    /** One bookmark per h2, pointing at its id (given one from its section, or a counter, when it has none). */
    private static Map<String, String> bookmarks(Document page) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        page.select("[id]").forEach(e -> taken.add(e.id()));
        int n = 0;
        Element list = page.head().appendElement("bookmarks");
        for (Element h2 : page.body().select("h2")) {
            n++;
            String id = h2.id();
            if (id.isEmpty()) {
                Element parent = h2.parent();
                String base = parent != null && !parent.id().isEmpty() ? parent.id() + "-heading" : "section-" + n;
                id = base;
                for (int i = 2; taken.contains(id); i++) {
                    id = base + "-" + i;
                }
                h2.id(id);
                taken.add(id);
            }
            out.put(id, h2.text());
            list.appendElement("bookmark").attr("name", h2.text()).attr("href", "#" + id);
        }
        if (out.isEmpty()) {
            list.remove();
        }
        return out;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
