package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.OperatorView;
import dev.trustmap.reports.model.ReportModel;
import java.util.List;
import java.util.Map;

/**
 * What {@code operator.ftlh} reads: the model's operator view, the findings laid out by owner and severity, every
 * long list cut at the table cap, and the distributions' geometry.
 */
final class OperatorPage {

    private OperatorPage() {
    }

    static Map<String, Object> data(ReportModel model, HtmlLimits limits) {
        OperatorView o = model.operator();
        boolean capped = o.findings().size() > limits.findingsCap();
        Map<String, Object> data = Pages.common(model);
        data.put("operator", o);
        data.put("kpiTiles", KpiTile.of(model.board().kpis()));
        data.put("limits", limits);
        data.put("findingCount", o.findings().size());
        data.put("capped", capped);
        data.put("sections", FindingSections.of(o, capped, limits));
        data.put("groups", Shown.of(o.groups(), limits.tableCap()));
        data.put("identities", Shown.of(o.identities(), limits.tableCap()));
        List<IdentityDetail> details = IdentityDetail.of(o.identities(), o.credentials(), limits.tableCap());
        data.put("identityDetails", details);
        data.put("credentialsShown", IdentityDetail.rows(details));
        data.put("credentialCount", o.credentials().size());
        data.put("crosswalk", Shown.of(o.failingCrosswalk(), limits.tableCap()));
        data.put("exceptions", Shown.of(o.exceptions(), limits.tableCap()));
        data.put("attestations", Shown.of(o.attestations(), limits.tableCap()));
        data.put("leaks", Shown.of(o.leaks(), limits.tableCap()));
        data.put("resolved", Shown.of(o.resolved(), limits.tableCap()));
        data.put("unowned", Shown.of(o.unowned(), limits.tableCap()));
        data.put("orphaned", Shown.of(o.orphaned(), limits.tableCap()));
        data.put("lifetimeChart", BarChart.of(o.tokenLifetimes()));
        data.put("rotationChart", BarChart.of(o.rotationAges()));
        return data;
    }
}
