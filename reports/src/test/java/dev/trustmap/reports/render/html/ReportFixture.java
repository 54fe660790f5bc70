package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.AttestationRow;
import dev.trustmap.reports.model.BoardView;
import dev.trustmap.reports.model.ControlRef;
import dev.trustmap.reports.model.ControlRow;
import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.CrosswalkRow;
import dev.trustmap.reports.model.Decisions;
import dev.trustmap.reports.model.DisagreementRow;
import dev.trustmap.reports.model.DomainPosture;
import dev.trustmap.reports.model.ExceptionRow;
import dev.trustmap.reports.model.FindingGroup;
import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.FrameworkBar;
import dev.trustmap.reports.model.FrameworkItemRow;
import dev.trustmap.reports.model.Histogram;
import dev.trustmap.reports.model.IdentityRef;
import dev.trustmap.reports.model.IdentityRow;
import dev.trustmap.reports.model.Kpi;
import dev.trustmap.reports.model.LeakRow;
import dev.trustmap.reports.model.MaturityView;
import dev.trustmap.reports.model.NonResponderRow;
import dev.trustmap.reports.model.OperatorView;
import dev.trustmap.reports.model.OverdueRow;
import dev.trustmap.reports.model.OwnerReview;
import dev.trustmap.reports.model.ReportMeta;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.ResolvedRow;
import dev.trustmap.reports.model.Rows;
import dev.trustmap.reports.model.TopRisk;
import dev.trustmap.reports.model.TrendPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small report model built by hand: five domains, three owners, a planted script canary as an identity name;
 * optionally top risks owned by people whose names need many scripts (the PDF's font test).
 */
public final class ReportFixture {

    static final String CANARY = "<script>alert(1)</script>";
    /** Owners whose names need accented Latin, Greek, Cyrillic, Chinese, Japanese and Korean glyphs. */
    public static final List<String> OWNER_NAMES = List.of("Zoë Ångström", "Łukasz Żółć", "Ελένη Παπαδοπούλου",
            "Иван Петров", "王小明", "田中太郎", "김민수");
    public static final List<String> DOMAINS = List.of("ACCOUNTABILITY", "LIFECYCLE", "ACCESS", "DELEGATION",
            "REVOCATION");
    static final List<String> OWNERS = List.of("alice@example.com", "bob@example.com", "(no owner)");
    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

    private boolean trend = true;
    private boolean previous = true;
    private boolean disagreement;
    private int findingsPerGroup = 2;
    private boolean decisions = true;
    private boolean internationalOwners;
    private boolean ownerReview;

    public ReportFixture withoutTrend() {
        trend = false;
        return this;
    }

    /** Prowler fails a key rotation that trustmap passes. */
    public ReportFixture withDisagreement() {
        disagreement = true;
        return this;
    }

    public ReportFixture withoutPrevious() {
        previous = false;
        return this;
    }

    /** The results of the 2026-Q2 owner review: 2,410 of 3,000 answered, 7 owners silent, 5 of them named. */
    public ReportFixture withOwnerReview() {
        ownerReview = true;
        return this;
    }

    public ReportFixture withoutDecisions() {
        decisions = false;
        return this;
    }

    /** Every owner gets this many findings at every severity. */
    public ReportFixture findingsPerGroup(int count) {
        findingsPerGroup = count;
        return this;
    }

    /** One top risk per name of {@link #OWNER_NAMES}, instead of the single one. */
    public ReportFixture withInternationalOwners() {
        internationalOwners = true;
        return this;
    }

    public ReportModel build() {
        ReportMeta meta = new ReportMeta("Example Org & Co", "2026-Q3", "2026-09-30T23:59:59Z", "2026.11",
                "c".repeat(64), "ab12cd34ef56" + "0".repeat(52), "0.1.0",
                "Judged as of 2026-09-30T23:59:59Z against catalog 2026.11. Domain scores are mean pass rates.",
                "#1f4e79", null);
        return new ReportModel(ReportModel.SCHEMA_VERSION, meta, board(), operator());
    }

    private BoardView board() {
        List<DomainPosture> domains = List.of(
                new DomainPosture("ACCOUNTABILITY", "Does every identity have an owner?", 92.5, "green", 91.0,
                        "green", 95.0, "green", 6, 5, 1, 0, 0),
                new DomainPosture("LIFECYCLE", "Are credentials short-lived and rotated?", 74.2, "amber", 76.0,
                        "amber", 60.0, "red", 6, 2, 2, 1, 1),
                new DomainPosture("ACCESS", "Is access least-privilege?", 55.1, "red", 55.1, "red", null, "grey",
                        6, 1, 1, 3, 1),
                new DomainPosture("DELEGATION", "Do agents act within delegated authority?", 88.8, "amber", 90.0,
                        "green", 85.5, "amber", 5, 3, 1, 1, 0),
                new DomainPosture("REVOCATION", "Is access removed when no longer needed?", null, "grey", null,
                        "grey", null, "grey", 6, 0, 0, 0, 6));
        List<Kpi> kpis = List.of(
                new Kpi("ownerCoverage", "Owner coverage", 87.5, "percent", previous ? 80.0 : null,
                        previous ? 7.5 : null, "up", "identities with a technical owner / identities"),
                new Kpi("medianStaticSecretAge", "Median static-secret age", 143.0, "days", previous ? 120.0 : null,
                        previous ? 23.0 : null, "down", "credentials: active static secrets"),
                new Kpi("orphanedIdentities", "Orphaned identities", 3.0, "count", previous ? 3.0 : null,
                        previous ? 0.0 : null, "down", "orphaned identities"),
                new Kpi("rotationCompliance", "Rotation compliance", null, "percent", null, null, "up",
                        "LFC-01 passed / judged"));
        List<TrendPoint> points = new ArrayList<>();
        if (trend) {
            points.add(point("2026-Q1", 70.0, 60.0, null, 80.0, 50.0));
            points.add(point("2026-Q2", 85.0, 70.0, 50.0, 86.0, 52.0));
            points.add(point("2026-Q3", 92.5, 74.2, 55.1, 88.8, null));
        }
        List<FrameworkBar> frameworks = List.of(
                new FrameworkBar("owasp-nhi-top10-2025", "OWASP Top 10 Non-Human Identities Risks", 10, 10, 4, 3, 2,
                        1, 0, 40.0, 30.0, 20.0, 10.0),
                new FrameworkBar("nist-csf-2.0", "NIST Cybersecurity Framework", 106, 27, 5, 10, 2, 10, 79, 18.5,
                        37.0, 7.4, 37.0, 12),
                new FrameworkBar("csa-maestro", "CSA MAESTRO", 7, 0, 0, 0, 0, 0, 7, 0.0, 0.0, 0.0, 0.0));
        List<TopRisk> risks = new ArrayList<>(List.of(new TopRisk("LFC-01", "Static secrets rotated", "LIFECYCLE",
                "Long-lived keys that are never changed can be stolen and used for years.", "carol@example.com", 12,
                20)));
        if (internationalOwners) {
            risks.clear();
            String[] controls = {"LFC-01", "LFC-02", "AXS-01", "AXS-02", "DLG-01", "RVK-01", "ACT-01"};
            for (int i = 0; i < OWNER_NAMES.size(); i++) {
                risks.add(new TopRisk(controls[i], "Static secrets rotated", DOMAINS.get(i % DOMAINS.size()),
                        "Long-lived keys that are never changed can be stolen and used for years.",
                        OWNER_NAMES.get(i), 12 - i, 20 - i));
            }
        }
        ExceptionRow soon = exception("EXC-1", "active", 12L);
        ExceptionRow expired = exception("EXC-2", "expired", -3L);
        AttestationRow stale = new AttestationRow("ACT-05", "implemented", "dave@example.com", "2025-01-01",
                "2026-01-01", "wiki/ACT-05", true, true);
        ExceptionRow invalid = exception("EXC-3", "invalid", 40L);
        Decisions decided = decisions ? new Decisions(List.of(soon), List.of(expired), List.of(stale),
                List.of(invalid), 12, List.of(new IdentityRef("id-3", null, "no owner")), 3,
                List.of(new OverdueRow("f-9", "RVK-04", "Leaked secrets revoked", "id-2", "bob@example.com",
                        "2025-10-07", 359)))
                : new Decisions(List.of(), List.of(), List.of());
        if (ownerReview) {
            decided = new Decisions(decided.expiringSoon(), decided.expired(), decided.stale(), decided.invalid(),
                    decided.orphaned(), decided.orphanedShown(), decided.overdueCriticalCount(),
                    decided.overdueCritical(), 560, List.of(new NonResponderRow("lars.bakker@example.com", 41),
                            new NonResponderRow("mia@example.com", 30), new NonResponderRow("noah@example.com", 22),
                            new NonResponderRow("olga@example.com", 19), new NonResponderRow("piet@example.com", 17)),
                    2);
        }
        OwnerReview review = ownerReview ? new OwnerReview("2026-Q2", "2026-Q2-review-1a2b3c4d", "2026-07-31",
                "2026-08-03", 3000, 2410, 80, 560, 30, 121, 26, 2200, 90, 70, 50) : null;
        MaturityView maturity = new MaturityView(2, "ownership",
                List.of(new ControlRef("LFC-01", "Static secrets rotated"),
                        new ControlRef("RVK-01", "Unused revoked")));
        return new BoardView(domains, kpis, points, frameworks, risks, decided, maturity,
                previous ? "Since 2026-Q2, the policy changed: figures are not strictly comparable." : null,
                List.of("We assessed 3 non-human identities as of 30 September 2026.",
                        "No decision is needed from the board this quarter."), review);
    }

    private static TrendPoint point(String period, Double... scores) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < DOMAINS.size(); i++) {
            map.put(DOMAINS.get(i), scores[i]);
        }
        // the first quarter was judged before due dates were kept: no overdue figure
        return new TrendPoint(period, period + "-end", map, period.equals("2026-Q1") ? null
                : period.equals("2026-Q2") ? 1204 : 987);
    }

    private static ExceptionRow exception(String id, String state, Long days) {
        return new ExceptionRow(id, "LFC-01", "aws:iam:user/legacy", "migration", "erin@example.com",
                "frank@example.com", "2026-01-01", "2026-10-12", null, state, state.equals("expired")
                        ? "expired on 2026-09-27: its failures stand" : null, 1, days);
    }

    private OperatorView operator() {
        List<IdentityRow> identities = List.of(
                identity("id-1", CANARY, "alice@example.com", false, false),
                identity("id-2", "deploy-bot", "bob@example.com", false, false),
                identity("id-3", "orphan-agent", null, true, true));
        List<CredentialRow> credentials = List.of(
                new CredentialRow("id-1", "key-1", "access_key", "user", true, "2026-01-01T00:00:00Z", null,
                        "2026-09-01T00:00:00Z", null, null, 272L, 29L, null, null, true, false),
                new CredentialRow("id-2", "tok-1", "oauth_token", "platform", true, "2026-09-30T22:59:59Z", null,
                        null, "2026-09-30T23:59:59Z", 3600L, 0L, null, 0L, 3600L, false, false),
                new CredentialRow("id-3", "key-2", "api_key", "user", null, null, null, null, null, null, null, null,
                        null, null, true, true));
        List<FindingRow> findings = new ArrayList<>();
        List<FindingGroup> groups = new ArrayList<>();
        int n = 0;
        for (String owner : OWNERS) {
            for (String severity : SEVERITIES) {
                for (int i = 0; i < findingsPerGroup; i++) {
                    n++;
                    String identity = "id-" + (n % 3 + 1);
                    findings.add(new FindingRow("f-" + n, "LFC-01", "Static secrets rotated", "LIFECYCLE", identity,
                            identity.equals("id-1") ? CANARY : "deploy-bot", "key-" + n, "machine", severity,
                            i == 0 && findingsPerGroup > 1 ? "accepted" : "open", "rotated " + (100 + n)
                                    + " days ago", "90 days", "2026-09-01T00:00:00Z", "this_quarter",
                            "2026-10-" + String.format("%02d", n % 28 + 1), n % 5 == 0 ? n : 0,
                            n % 3 == 0 ? "persisting" : "new", i == 0 && findingsPerGroup > 1 ? "EXC-1" : null, null,
                            owner,
                            "Rotate key-" + n + " and record the date.", "keys.csv line " + (n + 1)));
                }
                int accepted = findingsPerGroup > 1 ? 1 : 0;
                groups.add(new FindingGroup(owner, severity, findingsPerGroup - accepted, accepted));
            }
        }
        List<ControlRow> controls = List.of(new ControlRow("LFC-01", "LIFECYCLE", "Static secrets rotated",
                "automated", "high", "not_met", 10, 4, 5, 1, 0, 40.0, "over static secrets", "carol@example.com",
                null));
        List<CrosswalkRow> crosswalk = List.of(new CrosswalkRow("LFC-01", "not_met", "nist-csf-2.0", "PR.AA-05",
                "Access permissions are managed", "subset-of"));
        Histogram lifetimes = new Histogram("Token lifetimes", "credentials", List.of(
                new Histogram.Bucket("≤ 1 hour", 1), new Histogram.Bucket("≤ 1 day", 0),
                new Histogram.Bucket("no expiry", 2)), 3);
        Histogram rotation = new Histogram("Static-secret rotation age", "secrets", List.of(
                new Histogram.Bucket("≤ 30 days", 0), new Histogram.Bucket("> 1 year", 0)), 0);
        return new OperatorView(Rows.of(findings), groups, Rows.of(identities), Rows.of(credentials), controls,
                List.of(new FrameworkItemRow("nist-csf-2.0", "PR.AA-05", "Access", "not_met", "LFC-01", "rule")),
                crosswalk, lifetimes, rotation,
                List.of(new IdentityRef("id-3", "orphan-agent", "no technical owner")),
                List.of(new IdentityRef("id-3", "orphan-agent", "no owner")),
                List.of(exception("EXC-1", "active", 12L), exception("EXC-2", "expired", -3L)),
                List.of(new AttestationRow("ACT-05", "implemented", "dave@example.com", "2025-01-01", "2026-01-01",
                        "wiki/ACT-05", true, true)),
                List.of(new LeakRow("leak-1", "gitleaks", "aws-access-key", "repo/app.py:12", "2026-09-12T00:00:00Z",
                        "id-3", "key-2", true)),
                previous ? List.of(new ResolvedRow("f-0", "LFC-01", "Static secrets rotated", "id-2", "key-0",
                        "bob@example.com", "high", "2026-03-01T00:00:00Z", "2026-Q3", 213)) : List.of(),
                previous ? "2026-Q2" : null,
                disagreement ? List.of(new DisagreementRow("id-1", "LFC-01", "Static secrets rotated", "pass",
                        "prowler", "iam_rotate_access_key_90_days", "fail", "prowler-aws-1")) : List.of());
    }

    private static IdentityRow identity(String id, String name, String owner, boolean unowned, boolean orphaned) {
        return new IdentityRow(id, name, "aws", "123456789012", "workload", "machine", "prod", "payments",
                "active", owner, null, "runs payments", Boolean.TRUE, 1, 2, unowned, orphaned);
    }
}
