package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.IdentityRow;
import dev.trustmap.reports.model.OperatorView;
import dev.trustmap.reports.model.ReportModel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What {@code operator.ftlh} reads: the model's operator view, the findings laid out by owner and severity, every
 * long list cut at the table cap, and the distributions' geometry.
 */
final class OperatorPage {

    /** Identities with the most open findings first; among equals the orphaned, then the unowned. */
    private static final Comparator<IdentityRow> MOST_FINDINGS = Comparator
            .comparingInt(IdentityRow::openFindings).reversed()
            .thenComparing(IdentityRow::orphaned, Comparator.reverseOrder())
            .thenComparing(IdentityRow::unowned, Comparator.reverseOrder())
            .thenComparing(IdentityRow::id);

    private OperatorPage() {
    }

    static Map<String, Object> data(ReportModel model, HtmlLimits limits) {
        OperatorView o = model.operator();
        Map<String, Object> data = Pages.common(model);
        data.put("operator", o);
        data.put("kpiTiles", KpiTile.of(model.board().kpis()));
        data.put("limits", limits);
        data.put("triage", FindingTriage.of(o, limits));
        List<IdentityRow> identities = TopRows.of(o.identities(), limits.tableCap(), MOST_FINDINGS);
        data.put("identities", new Shown<>(identities, (int) Math.min(Integer.MAX_VALUE, o.identities().size()),
                identities.size() < o.identities().size()));
        List<IdentityDetail> details = IdentityDetail.of(identities, o.credentials(), limits.tableCap());
        data.put("identityDetails", details);
        data.put("credentialsShown", IdentityDetail.rows(details));
        data.put("credentialCount", o.credentials().size());
        data.put("crosswalk", Shown.of(o.failingCrosswalk(), limits.tableCap()));
        data.put("exceptions", Shown.of(o.exceptions(), limits.tableCap()));
        data.put("attestations", Shown.of(o.attestations(), limits.tableCap()));
        data.put("leaks", Shown.of(o.leaks(), limits.tableCap()));
        data.put("resolved", Shown.of(o.resolved(), limits.tableCap()));
        data.put("disagreements", Shown.of(o.disagreements() == null ? List.of() : o.disagreements(),
                limits.tableCap()));
        data.put("unowned", Shown.of(o.unowned(), limits.tableCap()));
        data.put("orphaned", Shown.of(o.orphaned(), limits.tableCap()));
        data.put("lifetimeChart", BarChart.of(o.tokenLifetimes()));
        data.put("rotationChart", BarChart.of(o.rotationAges()));
        return data;
    }
}
