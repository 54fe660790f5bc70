package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.ReportModel;
import java.util.Map;

/** What {@code board.ftlh} reads: the model's meta and board view, KPI tiles and the trend chart's geometry. */
final class BoardPage {

    private BoardPage() {
    }

    static Map<String, Object> data(ReportModel model) {
        Map<String, Object> data = Pages.common(model);
        data.put("board", model.board());
        data.put("kpiTiles", KpiTile.of(model.board().kpis()));
        data.put("trendChart", LineChart.of(model.board().trend())); // null when there is no trend
        return data;
    }
}
