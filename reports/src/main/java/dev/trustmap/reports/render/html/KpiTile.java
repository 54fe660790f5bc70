package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.Kpi;
import java.util.List;

/**
 * A KPI as a tile: the model's figures as they are, plus which way the change points and whether that is an
 * improvement, so the template can choose the arrow and the colour without comparing numbers itself.
 *
 * @param direction {@code up}, {@code down} or {@code flat}; null when there is no change to show
 * @param verdict {@code better}, {@code worse} or {@code same}; null when there is no change to show
 */
public record KpiTile(Kpi kpi, String direction, String verdict) {

    static KpiTile of(Kpi kpi) {
        if (kpi.delta() == null) {
            return new KpiTile(kpi, null, null);
        }
        double delta = kpi.delta();
        String direction = delta > 0 ? "up" : delta < 0 ? "down" : "flat";
        String verdict = direction.equals("flat") ? "same" : direction.equals(kpi.better()) ? "better" : "worse";
        return new KpiTile(kpi, direction, verdict);
    }

    static List<KpiTile> of(List<Kpi> kpis) {
        return kpis.stream().map(KpiTile::of).toList();
    }
}
