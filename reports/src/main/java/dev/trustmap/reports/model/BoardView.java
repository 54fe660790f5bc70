package dev.trustmap.reports.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The two pages a board reads: posture per domain and lane, headline KPIs with their change, the trend when
 * history is known (empty otherwise, never faked), framework coverage, top risks, decisions needed, maturity.
 *
 * @param methodChange when an earlier quarter was judged with another catalog or policy, what changed; else null
 * @param summary three to five sentences built from the figures, opening the board's first page
 * @param ownerReview the owner review's completion when its results were among the inputs; else null (and not in
 *     the JSON)
 */
public record BoardView(List<DomainPosture> domains, List<Kpi> kpis, List<TrendPoint> trend,
        List<FrameworkBar> frameworks, List<TopRisk> topRisks, Decisions decisions, MaturityView maturity,
        String methodChange, List<String> summary,
        @JsonInclude(JsonInclude.Include.NON_NULL) OwnerReview ownerReview) {

    /** A board without an owner review. */
    public BoardView(List<DomainPosture> domains, List<Kpi> kpis, List<TrendPoint> trend,
            List<FrameworkBar> frameworks, List<TopRisk> topRisks, Decisions decisions, MaturityView maturity,
            String methodChange, List<String> summary) {
        this(domains, kpis, trend, frameworks, topRisks, decisions, maturity, methodChange, summary, null);
    }

    /** A board without a summary. */
    public BoardView(List<DomainPosture> domains, List<Kpi> kpis, List<TrendPoint> trend,
            List<FrameworkBar> frameworks, List<TopRisk> topRisks, Decisions decisions, MaturityView maturity,
            String methodChange) {
        this(domains, kpis, trend, frameworks, topRisks, decisions, maturity, methodChange, List.of());
    }
}
