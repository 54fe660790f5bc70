package dev.trustmap.reports.build;

import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.assessment.Remediation;
import dev.trustmap.model.assessment.Score;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.review.ReviewResults;
import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.model.vocabulary.Severity;
import dev.trustmap.reports.model.BoardView;
import dev.trustmap.reports.model.ControlRef;
import dev.trustmap.reports.model.Decisions;
import dev.trustmap.reports.model.DomainPosture;
import dev.trustmap.reports.model.FrameworkBar;
import dev.trustmap.reports.model.IdentityRef;
import dev.trustmap.reports.model.Kpi;
import dev.trustmap.reports.model.MaturityView;
import dev.trustmap.reports.model.OperatorView;
import dev.trustmap.reports.model.OverdueRow;
import dev.trustmap.reports.model.ReportMeta;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.Rows;
import dev.trustmap.reports.model.TopRisk;
import dev.trustmap.reports.model.TrendPoint;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the report model once: the operator rows first, then every board figure counted from them (or taken
 * from the assessment where no row stands behind it, such as a score), so the two views cannot disagree.
 */
public final class ReportBuilder {

    /** At most this many quarters on the trend chart, the current one included. */
    static final int TREND_QUARTERS = 8;
    static final int TOP_RISKS = 5;
    static final int ORPHANS_SHOWN = 10;

    private final Catalog catalog;
    private final ReportConfig config;
    private final String trustmapVersion;
    private final ReviewResults review;

    public ReportBuilder(Catalog catalog, ReportConfig config, String trustmapVersion) {
        this(catalog, config, trustmapVersion, null);
    }

    private ReportBuilder(Catalog catalog, ReportConfig config, String trustmapVersion, ReviewResults review) {
        this.catalog = catalog;
        this.config = config;
        this.trustmapVersion = trustmapVersion;
        this.review = review;
    }

    /** The same builder, with the results of the owner review the inputs held for the board (null: none). */
    public ReportBuilder ownerReview(ReviewResults results) {
        return new ReportBuilder(catalog, config, trustmapVersion, results);
    }

    /**
     * The full report: every operator row, and the board.
     *
     * @param history earlier assessments, any order; the newest before this one gives the quarter-over-quarter
     *     change
     */
    public ReportModel build(Assessment assessment, Inventory inventory, List<Assessment> history) {
        return build(assessment, Rows.of(assessment.findings()), Rows.of(inventory.identities()), inventory.leaks(),
                history);
    }

    /**
     * The full report, with the findings and identities given apart: read again from their files on each walk, they
     * need never be held. {@code assessment.findings()} is not read.
     *
     * @param leaks the inventory's leaked secrets
     */
    public ReportModel build(Assessment assessment, Rows<Finding> findings, Rows<Identity> identities,
            List<LeakedSecret> leaks, List<Assessment> history) {
        FindingTally tally = new FindingTally();
        OperatorView operator = new OperatorRows(assessment, findings, identities, leaks, catalog).build(tally);
        return new ReportModel(ReportModel.SCHEMA_VERSION, meta(assessment), board(assessment, tally, history),
                operator);
    }

    /**
     * The board alone, from aggregates only: the assessment's control results, KPIs, framework items, exceptions and
     * attestations, and a tally of its findings. It costs the same for a thousand identities as for a million.
     */
    public ReportModel buildBoard(Assessment assessment, FindingTally findings, List<Assessment> history) {
        OperatorView none = new OperatorView(Rows.of(List.of()), List.of(), Rows.of(List.of()), Rows.of(List.of()),
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        return new ReportModel(ReportModel.SCHEMA_VERSION, meta(assessment), board(assessment, findings, history),
                none);
    }

    private ReportMeta meta(Assessment assessment) {
        return new ReportMeta(config.organisation(), Periods.quarterOf(assessment.asOf()),
                assessment.asOf().toString(), assessment.catalogVersion(), assessment.catalogSha256(),
                assessment.policy().sha256(), trustmapVersion, methodology(assessment), config.accent(), config.logo());
    }

    private BoardView board(Assessment assessment, FindingTally findings, List<Assessment> history) {
        List<Assessment> earlier = history.stream().filter(h -> h.asOf().isBefore(assessment.asOf()))
                .sorted(Comparator.comparing(Assessment::asOf)).toList();
        Assessment previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        List<DomainPosture> domains = domains(assessment);
        Decisions decisions = review == null ? decisions(assessment, findings)
                : OwnerReviewBoard.decisions(decisions(assessment, findings), review);
        return new BoardView(domains, kpis(assessment, previous), trend(assessment, earlier),
                frameworks(assessment), topRisks(assessment, findings), decisions, maturity(assessment),
                methodChange(assessment, previous), BoardSummary.of(assessment, previous, domains, decisions),
                review == null ? null : OwnerReviewBoard.of(review));
    }

    private List<DomainPosture> domains(Assessment a) {
        Map<String, String> statusById = new LinkedHashMap<>();
        a.controls().forEach(c -> statusById.put(c.id(), c.status().key()));
        List<DomainPosture> rows = new ArrayList<>();
        for (int i = 0; i < a.domains().size(); i++) {
            Score all = a.domains().get(i);
            Score machine = a.domainsByLane().get("machine").get(i);
            Score ai = a.domainsByLane().get("ai").get(i);
            String domain = all.name();
            List<String> statuses = catalog.controls().stream().filter(c -> c.domain().name().equals(domain))
                    .map(c -> statusById.get(c.id())).filter(java.util.Objects::nonNull).toList();
            rows.add(new DomainPosture(domain, Domain.valueOf(domain).question(), all.score(), all.rag(),
                    machine.score(), machine.rag(), ai.score(), ai.rag(), statuses.size(), count(statuses, "met"),
                    count(statuses, "partial"), count(statuses, "not_met"), count(statuses, "not_assessed")));
        }
        return rows;
    }

    private static int count(List<String> statuses, String status) {
        return (int) statuses.stream().filter(status::equals).count();
    }

    private static List<Kpi> kpis(Assessment a, Assessment previous) {
        var k = a.kpis();
        var p = previous == null ? null : previous.kpis();
        return List.of(
                kpi("ownerCoverage", "Owner coverage", k.ownerCoveragePercent(), "percent",
                        p == null ? null : p.ownerCoveragePercent(), "up",
                        "identities with a technical owner / identities"),
                kpi("rotationCompliance", "Rotation compliance", k.rotationCompliancePercent(), "percent",
                        p == null ? null : p.rotationCompliancePercent(), "up", "LFC-01 passed / judged"),
                kpi("medianStaticSecretAge", "Median static-secret age", toDouble(k.medianStaticSecretAgeDays()),
                        "days", p == null ? null : toDouble(p.medianStaticSecretAgeDays()), "down",
                        "credentials: active, user-managed static secrets with a date"),
                kpi("aiStandingSecrets", "AI identities with standing secrets",
                        (double) k.aiIdentitiesWithStaticSecrets(), "count",
                        p == null ? null : (double) p.aiIdentitiesWithStaticSecrets(), "down",
                        "identities: AI lane, holding an active static secret"),
                kpi("orphanedIdentities", "Orphaned identities", (double) k.orphanedIdentities(), "count",
                        p == null ? null : (double) p.orphanedIdentities(), "down", "orphaned identities"),
                kpi("openLeakedSecrets", "Open leaked secrets", (double) k.openLeakedSecrets(), "count",
                        p == null ? null : (double) p.openLeakedSecrets(), "down", "leaks where open"),
                kpi("unusedCredentials", "Unused credentials", (double) k.unusedCredentials(), "count",
                        p == null ? null : (double) p.unusedCredentials(), "down", "findings of RVK-01"),
                kpi("openFindings", "Open findings", (double) k.openFindings(), "count",
                        p == null ? null : (double) p.openFindings(), "down", "findings where open"),
                kpi("overdueFindings", "Overdue findings", overdue(a), "count", overdue(previous), "down",
                        "findings where open and daysOverdue > 0"),
                kpi("overdueCritical", "Overdue critical findings", overdueCritical(a), "count",
                        overdueCritical(previous), "down", "findings where critical, open and daysOverdue > 0"),
                // without an earlier quarter every finding is new: no figure rather than a misleading one
                kpi("newFindings", "New this quarter", remediation(a, r -> r.previousAsOf() == null ? null
                        : (double) r.newFindings()), "count", remediation(previous, r -> r.previousAsOf() == null
                                ? null : (double) r.newFindings()), "down", "findings where change = new"),
                kpi("persistingFindings", "Persisting from last quarter", remediation(a, r -> r.previousAsOf() == null
                        ? null : (double) r.persisting()), "count", remediation(previous, r -> r.previousAsOf() == null
                                ? null : (double) r.persisting()), "down", "findings where change = persisting"),
                kpi("resolvedFindings", "Resolved this quarter", remediation(a, r -> r.previousAsOf() == null ? null
                        : (double) r.resolved()), "count", remediation(previous, r -> r.previousAsOf() == null
                                ? null : (double) r.resolved()), "up", "resolved findings"),
                kpi("medianDaysToResolve", "Median days to resolve",
                        remediation(a, r -> toDouble(r.medianDaysToResolve())), "days",
                        remediation(previous, r -> toDouble(r.medianDaysToResolve())), "down",
                        "resolved findings: daysOpen"));
    }

    /** A figure of an assessment's remediation; null without the assessment or its figures (an older pack). */
    private static Double remediation(Assessment a, Function<Remediation, Double> figure) {
        return a == null || a.remediation() == null ? null : figure.apply(a.remediation());
    }

    private static Double overdue(Assessment a) {
        return remediation(a, r -> (double) r.overdue());
    }

    private static Double overdueCritical(Assessment a) {
        return remediation(a, r -> (double) r.overdueBySeverity().get(Severity.CRITICAL));
    }

    private static Kpi kpi(String key, String label, Double value, String unit, Double previous, String better,
            String backedBy) {
        Double delta = value == null || previous == null ? null : Math.round((value - previous) * 10.0) / 10.0;
        return new Kpi(key, label, value, unit, previous, delta, better, backedBy);
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
            points.add(new TrendPoint(Periods.quarterOf(q.asOf()), q.asOf().toString(), scores,
                    q.remediation() == null ? null : q.remediation().overdue()));
        }
        return points;
    }

    private List<FrameworkBar> frameworks(Assessment a) {
        List<FrameworkBar> bars = new ArrayList<>();
        for (var framework : catalog.frameworks()) {
            List<FrameworkItemStatus> items = a.frameworkItems().stream()
                    .filter(i -> i.framework().equals(framework.id())).toList();
            int met = (int) items.stream().filter(i -> i.status().equals("met")).count();
            int partial = (int) items.stream().filter(i -> i.status().equals("partial")).count();
            int notMet = (int) items.stream().filter(i -> i.status().equals("not_met")).count();
            int notAssessed = (int) items.stream().filter(i -> i.status().equals("not_assessed")).count();
            int outOfScope = items.size() - met - partial - notMet - notAssessed;
            int inScope = items.size() - outOfScope;
            int notApplicable = (int) items.stream().filter(i -> i.status().equals("out_of_scope")
                    && catalog.notApplicable(i.framework(), i.item()).isPresent()).count();
            bars.add(new FrameworkBar(framework.id(), framework.name(), items.size(), inScope, met, partial, notMet,
                    notAssessed, outOfScope, share(met, inScope), share(partial, inScope), share(notMet, inScope),
                    share(notAssessed, inScope), notApplicable));
        }
        return bars;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    /**
     * Controls with open high or critical findings, the most severe first (an open critical outranks any number of
     * highs), then by how many of their open findings are overdue, then by how many are high or critical.
     */
    private List<TopRisk> topRisks(Assessment a, FindingTally findings) {
        List<String> controls = new ArrayList<>();
        findings.controls().forEach(controls::add);
        return controls.stream()
                .filter(id -> findings.openHighOrCritical(id) > 0 && catalog.control(id).isPresent())
                .sorted(Comparator.comparingInt((String id) -> findings.worst(id).ordinal())
                        .thenComparing(id -> -findings.overdue(id))
                        .thenComparing(id -> -findings.openHighOrCritical(id))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(TOP_RISKS)
                .map(id -> {
                    Control control = catalog.control(id).orElseThrow();
                    String owner = a.controlOwners().getOrDefault(id, "(no control owner)");
                    return new TopRisk(id, control.title(), control.domain().name(), control.objective(), owner,
                            findings.openHighOrCritical(id), findings.open(id), findings.worst(id).key(),
                            findings.overdue(id));
                })
                .toList();
    }

    /** What the board is asked to decide, each list in a fixed order. */
    private Decisions decisions(Assessment a, FindingTally findings) {
        LocalDate today = LocalDate.ofInstant(a.asOf(), ZoneOffset.UTC);
        List<IdentityRef> orphaned = a.orphanedIdentities().stream().limit(ORPHANS_SHOWN)
                .map(id -> new IdentityRef(id, null, "no owner, or every owner has left")).toList();
        List<OverdueRow> overdue = findings.overdueCritical().stream()
                .map(o -> new OverdueRow(o.id(), o.control(), catalog.control(o.control()).map(Control::title)
                        .orElse(o.control()), o.identity(), o.owner() == null ? OperatorRows.NO_OWNER : o.owner(),
                        o.dueOn(), o.daysOverdue()))
                .toList();
        return new Decisions(
                a.exceptions().stream().filter(e -> e.expiresWithin30Days())
                        .map(e -> OperatorRows.exception(e, today)).toList(),
                a.exceptions().stream().filter(e -> e.state() == ExceptionState.EXPIRED)
                        .map(e -> OperatorRows.exception(e, today)).toList(),
                a.attestations().stream().filter(at -> at.used() && at.stale())
                        .map(OperatorRows::attestation).toList(),
                a.exceptions().stream().filter(e -> e.state() == ExceptionState.INVALID)
                        .map(e -> OperatorRows.exception(e, today)).toList(),
                a.orphanedIdentities().size(), orphaned, findings.overdueCriticalCount(), overdue);
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
                + " day(s), exceptions at most %d days. Findings are due %d/%d/%d/%d days after they were first"
                + " seen by severity (critical/high/medium/low): the day the evidence dates the problem, else the"
                + " first quarter that had it, else this one. Details: METHODOLOGY.md in the evidence pack.",
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
