package dev.trustmap.reports.build;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.Score;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.reports.model.BoardView;
import dev.trustmap.reports.model.ControlRef;
import dev.trustmap.reports.model.ControlRow;
import dev.trustmap.reports.model.Decisions;
import dev.trustmap.reports.model.DomainPosture;
import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.FrameworkBar;
import dev.trustmap.reports.model.FrameworkItemRow;
import dev.trustmap.reports.model.Kpi;
import dev.trustmap.reports.model.MaturityView;
import dev.trustmap.reports.model.OperatorView;
import dev.trustmap.reports.model.ReportMeta;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.TopRisk;
import dev.trustmap.reports.model.TrendPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the report model once: the operator rows first, then every board figure counted from them (or taken
 * from the assessment where no row stands behind it, such as a score), so the two views cannot disagree.
 */
public final class ReportBuilder {

    /** At most this many quarters on the trend chart, the current one included. */
    static final int TREND_QUARTERS = 8;
    static final int TOP_RISKS = 5;

    private final Catalog catalog;
    private final ReportConfig config;
    private final String trustmapVersion;

    public ReportBuilder(Catalog catalog, ReportConfig config, String trustmapVersion) {
        this.catalog = catalog;
        this.config = config;
        this.trustmapVersion = trustmapVersion;
    }

    /**
     * @param history earlier assessments, any order; the newest before this one gives the quarter-over-quarter
     *     change
     */
    public ReportModel build(Assessment assessment, Inventory inventory, List<Assessment> history) {
        OperatorView operator = new OperatorRows(assessment, inventory, catalog).build();
        List<Assessment> earlier = history.stream().filter(h -> h.asOf().isBefore(assessment.asOf()))
                .sorted(Comparator.comparing(Assessment::asOf)).toList();
        Assessment previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        BoardView board = new BoardView(domains(assessment, operator), kpis(assessment, operator, previous),
                trend(assessment, earlier), frameworks(operator), topRisks(assessment, operator),
                decisions(operator), maturity(assessment), methodChange(assessment, previous));
        ReportMeta meta = new ReportMeta(config.organisation(), Periods.quarterOf(assessment.asOf()),
                assessment.asOf().toString(), assessment.catalogVersion(), assessment.catalogSha256(),
                assessment.policy().sha256(), trustmapVersion, methodology(assessment));
        return new ReportModel(ReportModel.SCHEMA_VERSION, meta, board, operator);
    }

    private List<DomainPosture> domains(Assessment a, OperatorView operator) {
        List<DomainPosture> rows = new ArrayList<>();
        for (int i = 0; i < a.domains().size(); i++) {
            Score all = a.domains().get(i);
            Score machine = a.domainsByLane().get("machine").get(i);
            Score ai = a.domainsByLane().get("ai").get(i);
            String domain = all.name();
            List<ControlRow> controls = operator.controls().stream().filter(c -> c.domain().equals(domain)).toList();
            rows.add(new DomainPosture(domain, Domain.valueOf(domain).question(), all.score(), all.rag(),
                    machine.score(), machine.rag(), ai.score(), ai.rag(), controls.size(), count(controls, "met"),
                    count(controls, "partial"), count(controls, "not_met"), count(controls, "not_assessed")));
        }
        return rows;
    }

    private static int count(List<ControlRow> controls, String status) {
        return (int) controls.stream().filter(c -> c.status().equals(status)).count();
    }

    private List<Kpi> kpis(Assessment a, OperatorView o, Assessment previous) {
        var p = previous == null ? null : previous.kpis();
        List<Kpi> kpis = new ArrayList<>();
        long owned = o.identities().stream().filter(i -> !i.unowned()).count();
        kpis.add(kpi("ownerCoverage", "Owner coverage", percent(owned, o.identities().size()), "percent",
                p == null ? null : p.ownerCoveragePercent(), "up", "identities with a technical owner / identities"));
        ControlRow rotation = o.controls().stream().filter(c -> c.id().equals("LFC-01")).findFirst().orElse(null);
        Double rotationRate = rotation == null || rotation.status().equals("not_assessed") ? null
                : percent(rotation.passed(), rotation.passed() + rotation.failed() + rotation.accepted());
        kpis.add(kpi("rotationCompliance", "Rotation compliance", rotationRate, "percent",
                p == null ? null : p.rotationCompliancePercent(), "up", "LFC-01 passed / judged"));
        kpis.add(kpi("medianStaticSecretAge", "Median static-secret age", toDouble(a.kpis().medianStaticSecretAgeDays()),
                "days", p == null ? null : toDouble(p.medianStaticSecretAgeDays()), "down",
                "credentials: active, user-managed static secrets with a date"));
        java.util.Set<String> holdingStatic = new java.util.HashSet<>();
        o.credentials().stream().filter(c -> !Boolean.FALSE.equals(c.active()) && c.staticSecret())
                .forEach(c -> holdingStatic.add(c.identity()));
        long aiStatic = o.identities().stream()
                .filter(i -> "ai".equals(i.lane()) && holdingStatic.contains(i.id())).count();
        kpis.add(kpi("aiStandingSecrets", "AI identities with standing secrets", (double) aiStatic, "count",
                p == null ? null : (double) p.aiIdentitiesWithStaticSecrets(), "down",
                "identities: AI lane, holding an active static secret"));
        kpis.add(kpi("orphanedIdentities", "Orphaned identities", (double) o.orphaned().size(), "count",
                p == null ? null : (double) p.orphanedIdentities(), "down", "orphaned identities"));
        kpis.add(kpi("openLeakedSecrets", "Open leaked secrets", (double) o.leaks().stream().filter(l -> l.open())
                .count(), "count", p == null ? null : (double) p.openLeakedSecrets(), "down", "leaks where open"));
        kpis.add(kpi("unusedCredentials", "Unused credentials", (double) o.findings().stream()
                .filter(f -> f.control().equals("RVK-01")).count(), "count",
                p == null ? null : (double) p.unusedCredentials(), "down", "findings of RVK-01"));
        kpis.add(kpi("openFindings", "Open findings", (double) o.findings().stream()
                .filter(f -> f.status().equals(FindingStatus.OPEN.key())).count(), "count",
                p == null ? null : (double) p.openFindings(), "down", "findings where open"));
        return kpis;
    }

    private static Kpi kpi(String key, String label, Double value, String unit, Double previous, String better,
            String backedBy) {
        Double delta = value == null || previous == null ? null : Math.round((value - previous) * 10.0) / 10.0;
        return new Kpi(key, label, value, unit, previous, delta, better, backedBy);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static List<TrendPoint> trend(Assessment a, List<Assessment> earlier) {
        if (earlier.isEmpty()) {
            return List.of(); // one quarter is not a trend: the chart is left out, not faked
        }
        List<Assessment> quarters = new ArrayList<>(earlier);
        quarters.add(a);
        List<TrendPoint> points = new ArrayList<>();
        for (Assessment q : quarters.subList(Math.max(0, quarters.size() - TREND_QUARTERS), quarters.size())) {
            Map<String, Double> scores = new LinkedHashMap<>();
            q.domains().forEach(s -> scores.put(s.name(), s.score()));
            points.add(new TrendPoint(Periods.quarterOf(q.asOf()), q.asOf().toString(), scores));
        }
        return points;
    }

    private List<FrameworkBar> frameworks(OperatorView o) {
        List<FrameworkBar> bars = new ArrayList<>();
        for (var framework : catalog.frameworks()) {
            List<FrameworkItemRow> items = o.frameworkItems().stream()
                    .filter(i -> i.framework().equals(framework.id())).toList();
            int met = (int) items.stream().filter(i -> i.status().equals("met")).count();
            int partial = (int) items.stream().filter(i -> i.status().equals("partial")).count();
            int notMet = (int) items.stream().filter(i -> i.status().equals("not_met")).count();
            int notAssessed = (int) items.stream().filter(i -> i.status().equals("not_assessed")).count();
            int outOfScope = items.size() - met - partial - notMet - notAssessed;
            int inScope = items.size() - outOfScope;
            bars.add(new FrameworkBar(framework.id(), framework.name(), items.size(), inScope, met, partial, notMet,
                    notAssessed, outOfScope, share(met, inScope), share(partial, inScope), share(notMet, inScope),
                    share(notAssessed, inScope)));
        }
        return bars;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private List<TopRisk> topRisks(Assessment a, OperatorView o) {
        Map<String, int[]> byControl = new LinkedHashMap<>();
        for (FindingRow f : o.findings()) {
            if (!f.status().equals(FindingStatus.OPEN.key())) {
                continue;
            }
            int[] c = byControl.computeIfAbsent(f.control(), k -> new int[2]);
            c[1]++;
            if (f.severity().equals("critical") || f.severity().equals("high")) {
                c[0]++;
            }
        }
        return byControl.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_RISKS)
                .map(e -> {
                    Control control = catalog.control(e.getKey()).orElseThrow();
                    String owner = a.controlOwners().getOrDefault(control.id(), "(no control owner)");
                    return new TopRisk(control.id(), control.title(), control.domain().name(), control.objective(),
                            owner, e.getValue()[0], e.getValue()[1]);
                })
                .toList();
    }

    private static Decisions decisions(OperatorView o) {
        return new Decisions(
                o.exceptions().stream().filter(e -> e.state().equals("active") && e.daysToExpiry() != null
                        && e.daysToExpiry() <= 30).toList(),
                o.exceptions().stream().filter(e -> e.state().equals("expired")).toList(),
                o.attestations().stream().filter(at -> at.used() && at.stale()).toList());
    }

    private MaturityView maturity(Assessment a) {
        return new MaturityView(a.maturity().stage(), a.maturity().name(), a.maturity().next().stream()
                .map(id -> new ControlRef(id, catalog.control(id).map(Control::title).orElse(id))).toList());
    }

    private static String methodChange(Assessment a, Assessment previous) {
        if (previous == null) {
            return null;
        }
        List<String> changes = new ArrayList<>();
        if (!previous.catalogSha256().equals(a.catalogSha256())) {
            changes.add("the catalog changed (" + previous.catalogVersion() + " to " + a.catalogVersion() + ")");
        }
        if (!previous.policy().sha256().equals(a.policy().sha256())) {
            List<String> limits = new ArrayList<>();
            for (PolicyKey key : PolicyKey.values()) {
                if (previous.policy().limit(key) != a.policy().limit(key)) {
                    limits.add(key.key() + " " + previous.policy().limit(key) + " to " + a.policy().limit(key));
                }
            }
            changes.add("the policy changed" + (limits.isEmpty() ? "" : " (" + String.join(", ", limits) + ")"));
        }
        return changes.isEmpty() ? null : "Since " + Periods.quarterOf(previous.asOf()) + ", "
                + String.join(" and ", changes) + ": figures are not strictly comparable.";
    }

    private static String methodology(Assessment a) {
        var p = a.policy();
        return String.format(Locale.ROOT, "Judged as of %s against catalog %s and policy %s. A control is met with no"
                + " open failure, partial when at least %d%% of its population passes, not assessed without evidence"
                + " (never a pass). Domain scores are mean pass rates of assessed controls; green from 90, amber from"
                + " 70. Static secrets must rotate within %d days (AI lane %d), credentials live at most %d days,"
                + " AI-lane credentials at most %d seconds, unused after %d days, leaked secrets revoked within %d"
                + " day(s), exceptions at most %d days. Findings are due %d/%d/%d/%d days after the as-of date by"
                + " severity (critical/high/medium/low). Details: docs/methodology.md.",
                a.asOf(), a.catalogVersion(), p.sha256().substring(0, Math.min(12, p.sha256().length())),
                p.partialPassRatePercent(), p.limit(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS),
                p.limit(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, dev.trustmap.model.vocabulary.Lane.AI, null, null),
                p.limit(PolicyKey.CREDENTIAL_MAX_LIFETIME_DAYS), p.limit(PolicyKey.AI_MAX_TTL_SECONDS),
                p.limit(PolicyKey.UNUSED_DAYS), p.limit(PolicyKey.LEAKED_SECRET_DEADLINE_DAYS),
                p.limit(PolicyKey.EXCEPTION_MAX_DAYS),
                p.deadlineDays(dev.trustmap.model.vocabulary.Severity.CRITICAL),
                p.deadlineDays(dev.trustmap.model.vocabulary.Severity.HIGH),
                p.deadlineDays(dev.trustmap.model.vocabulary.Severity.MEDIUM),
                p.deadlineDays(dev.trustmap.model.vocabulary.Severity.LOW));
    }
}
