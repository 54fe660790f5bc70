package dev.trustmap.reports.render.xlsx;

import dev.trustmap.reports.model.AttestationRow;
import dev.trustmap.reports.model.BoardView;
import dev.trustmap.reports.model.ControlRef;
import dev.trustmap.reports.model.ControlRow;
import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.CrosswalkRow;
import dev.trustmap.reports.model.Decisions;
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
import dev.trustmap.reports.model.OperatorView;
import dev.trustmap.reports.model.ReportMeta;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.Rows;
import java.util.ArrayList;
import java.util.List;

/** A small report model written by hand: a few rows of each kind, two of them carrying formula canaries. */
public final class ReportFixture {

    public static final String HYPERLINK_CANARY = "=HYPERLINK(\"http://evil\")";
    public static final String SUM_CANARY = "@SUM(1)";

    private List<FindingRow> findings = defaultFindings();

    static ReportFixture model() {
        return new ReportFixture();
    }

    /** {@code count} ordinary findings instead of the default ones. */
    ReportFixture findings(int count) {
        List<FindingRow> rows = new ArrayList<>();
        String[] severities = {"critical", "high", "medium", "low"};
        for (int i = 1; i <= count; i++) {
            rows.add(finding(String.format("F-%05d", i), "svc-" + i, "build bot " + i, severities[i % 4],
                    "last rotated 400 days ago"));
        }
        this.findings = rows;
        return this;
    }

    public ReportModel build() {
        ReportMeta meta = new ReportMeta("Acme Corp", "2026-Q3", "2026-09-30T12:00:00Z", "1.0.0", "c".repeat(64),
                "p".repeat(64), "0.1.0", "Judged as of 2026-09-30T12:00:00Z.", "#1f4e79", null);
        return new ReportModel(ReportModel.SCHEMA_VERSION, meta, board(), operator());
    }

    private static List<FindingRow> defaultFindings() {
        return List.of(
                finding("F-00001", "svc-deploy", HYPERLINK_CANARY, "critical", "leaked in a public repository"),
                finding("F-00002", "svc-report", "report runner", "high", SUM_CANARY),
                finding("F-00003", "agent-triage", "triage agent", "medium", "token lives 30 days"),
                finding("F-00004", "svc-backup", "backup job", "low", "no purpose recorded"));
    }

    private static FindingRow finding(String id, String identity, String name, String severity, String observed) {
        return new FindingRow(id, "LFC-01", "Static secrets rotate", "LIFECYCLE", identity, name, identity + "-key",
                "machine", severity, "open", observed, "90 days", "2026-07-17T00:00:00Z", "evidence", "2026-10-15", 0,
                "new", null, null, "team-platform",
                "Rotate the key and move it to the vault.", "inventory.xlsx Inventory!T7");
    }

    private OperatorView operator() {
        List<IdentityRow> identities = List.of(
                new IdentityRow("svc-deploy", "deploy bot", "aws", "123456789012", "service_account", "machine",
                        "prod", "deployer", "active", "alice", "bob", "ships releases", true, 2, 1, false, false),
                new IdentityRow("agent-triage", "triage agent", "openai", "org-1", "ai_agent", "ai", "prod",
                        "support", "active", null, null, "sorts tickets", false, 1, 1, true, true));
        List<CredentialRow> credentials = List.of(
                new CredentialRow("svc-deploy", "svc-deploy-key", "access_key", "user", true,
                        "2026-01-02T03:04:05Z", null, "2026-09-29T08:00:00Z", null, null, 271L, 1L, null, null,
                        true, true),
                new CredentialRow("agent-triage", "agent-triage-token", "api_token", "user", true,
                        "2026-09-01T00:00:00Z", "2026-09-15T10:30:00Z", null, "2026-10-01T00:00:00Z", null, 15L,
                        null, 0L, 2_592_000L, true, false));
        List<ControlRow> controls = List.of(
                new ControlRow("LFC-01", "LIFECYCLE", "Static secrets rotate", "machine", "high", "not_met", 10, 6,
                        3, 1, 0, 60.0, "inventory", "team-platform", null),
                new ControlRow("ACT-01", "ACCOUNTABILITY", "Every identity has an owner", "machine", "medium", "met",
                        10, 10, 0, 0, 0, 100.0, "inventory", null, "2026-12-31"));
        List<FrameworkItemRow> items = List.of(
                new FrameworkItemRow("owasp-nhi-top10-2025", "NHI7", "Long-lived secrets", "not_met", "LFC-01",
                        "worst"),
                new FrameworkItemRow("owasp-nhi-top10-2025", "NHI1", "Improper offboarding", "met", "ACT-01",
                        "worst"));
        List<CrosswalkRow> crosswalk = List.of(
                new CrosswalkRow("LFC-01", "not_met", "owasp-nhi-top10-2025", "NHI7", "Long-lived secrets",
                        "direct"));
        List<ExceptionRow> exceptions = List.of(
                new ExceptionRow("EX-1", "LFC-01", "svc-backup", "vendor cannot rotate", "carol", "dave",
                        "2026-08-01", "2026-11-01", "network allow-list", "active", null, 1, 32L));
        List<FindingGroup> groups = List.of(new FindingGroup("team-platform", "critical", 1, 0),
                new FindingGroup("team-platform", "high", 1, 0), new FindingGroup("(no owner)", "low", 0, 1));
        Histogram empty = new Histogram("Token lifetimes", "credentials", List.of(), 0);
        return new OperatorView(Rows.of(findings), groups, Rows.of(identities), Rows.of(credentials), controls,
                items, crosswalk, empty, empty,
                List.of(new IdentityRef("agent-triage", "triage agent", "no technical owner")),
                List.of(new IdentityRef("agent-triage", "triage agent", "no owner")), exceptions,
                List.of(new AttestationRow("DLG-01", "met", "erin", "2026-07-01", "2026-12-31", "review.pdf", false,
                        true)),
                List.of(new LeakRow("L-1", "gitleaks", "aws-key", "repo/app.env", "2026-09-20T00:00:00Z",
                        "svc-deploy", "svc-deploy-key", true)));
    }

    private static BoardView board() {
        List<DomainPosture> domains = List.of(
                new DomainPosture("ACCESS", "who?", 92.5, "green", 95.0, "green", 80.0, "amber", 6, 5, 1, 0, 0),
                new DomainPosture("LIFECYCLE", "how long?", 60.0, "red", 62.0, "red", 50.0, "red", 6, 2, 1, 3, 0),
                new DomainPosture("DELEGATION", "whose authority?", 75.0, "amber", null, null, 75.0, "amber", 5, 3, 2,
                        0, 0),
                new DomainPosture("ACCOUNTABILITY", "what trail?", 100.0, "green", 100.0, "green", 100.0, "green", 6,
                        6, 0, 0, 0),
                new DomainPosture("REVOCATION", "when does it stop?", null, null, null, null, null, null, 6, 0, 0, 0,
                        6));
        List<Kpi> kpis = List.of(
                new Kpi("ownerCoverage", "Owner coverage", 50.0, "percent", 40.0, 10.0, "up", "identities"),
                new Kpi("openFindings", "Open findings", 4.0, "count", null, null, "down", "findings where open"));
        List<FrameworkBar> frameworks = List.of(new FrameworkBar("owasp-nhi-top10-2025", "OWASP NHI Top 10", 10, 2,
                1, 0, 1, 0, 8, 50.0, 0.0, 50.0, 0.0));
        return new BoardView(domains, kpis, List.of(), frameworks, List.of(),
                new Decisions(List.of(), List.of(), List.of()),
                new MaturityView(2, "Managed", List.of(new ControlRef("LFC-01", "Static secrets rotate"))), null);
    }
}
