package dev.trustmap.cli.commands.assessment;

import dev.trustmap.cli.internal.output.OutputFormat;
import dev.trustmap.cli.internal.output.Tabular;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.Kpis;
import dev.trustmap.model.assessment.Score;
import dev.trustmap.model.vocabulary.Severity;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The short summary {@code assess} prints: domains by lane, controls by status, open findings, headline KPIs. */
final class AssessmentSummary {

    private final Assessment a;

    AssessmentSummary(Assessment a) {
        this.a = a;
    }

    record DomainRow(String domain, String all, String machine, String ai) {
    }

    void print(PrintWriter out) {
        out.println("assessment as of " + a.asOf() + " (catalog " + a.catalogVersion() + ", policy sha256 "
                + a.policy().sha256().substring(0, 12) + ")");
        out.println();
        List<Score> machine = a.domainsByLane().get("machine");
        List<Score> ai = a.domainsByLane().get("ai");
        List<DomainRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < a.domains().size(); i++) {
            rows.add(new DomainRow(a.domains().get(i).name(), score(a.domains().get(i)), score(machine.get(i)),
                    score(ai.get(i))));
        }
        new Tabular<DomainRow>()
                .column("domain", DomainRow::domain)
                .column("score", DomainRow::all)
                .column("machine lane", DomainRow::machine)
                .column("AI lane", DomainRow::ai)
                .write(out, OutputFormat.TABLE, rows);
        out.println();
        Map<ControlStatus, Integer> byStatus = new EnumMap<>(ControlStatus.class);
        for (ControlResult c : a.controls()) {
            byStatus.merge(c.status(), 1, Integer::sum);
        }
        out.println("controls: " + byStatus.getOrDefault(ControlStatus.MET, 0) + " met, "
                + byStatus.getOrDefault(ControlStatus.PARTIAL, 0) + " partial, "
                + byStatus.getOrDefault(ControlStatus.NOT_MET, 0) + " not met, "
                + byStatus.getOrDefault(ControlStatus.NOT_ASSESSED, 0) + " not assessed");
        Map<Severity, Integer> open = new EnumMap<>(Severity.class);
        for (Finding f : a.findings()) {
            if (f.status() == FindingStatus.OPEN) {
                open.merge(f.severity(), 1, Integer::sum);
            }
        }
        StringBuilder findings = new StringBuilder("open findings: ");
        for (Severity s : Severity.values()) {
            findings.append(open.getOrDefault(s, 0)).append(' ').append(s.key())
                    .append(s == Severity.LOW ? "" : ", ");
        }
        Kpis k = a.kpis();
        out.println(findings + "; accepted " + k.acceptedFindings());
        out.println("identities: " + k.identities() + " (" + k.machineIdentities() + " machine, " + k.aiIdentities()
                + " AI), credentials " + k.credentials() + "; owner coverage " + pct(k.ownerCoveragePercent())
                + ", rotation compliance " + pct(k.rotationCompliancePercent()) + ", open leaked secrets "
                + k.openLeakedSecrets());
        out.println("maturity: stage " + a.maturity().stage() + " (" + a.maturity().name() + ")"
                + (a.maturity().next().isEmpty() ? "" : "; next needs " + String.join(", ", a.maturity().next())));
    }

    private static String score(Score s) {
        return s.score() == null ? "not assessed" : String.format(Locale.ROOT, "%.1f %s", s.score(), s.rag());
    }

    private static String pct(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value);
    }
}
