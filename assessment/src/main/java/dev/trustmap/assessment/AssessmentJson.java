package dev.trustmap.assessment;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.trustmap.evidence.inventory.RecordPerLinePrinter;
import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.Disagreement;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.assessment.FrameworkSummary;
import dev.trustmap.model.assessment.Remediation;
import dev.trustmap.model.assessment.ResolvedFinding;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.policy.PolicyOverride;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.IsoTimes;
import dev.trustmap.model.vocabulary.Severity;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes {@code assessment.json}: schema-versioned, fields in a fixed order, one record (control, finding,
 * framework item) per line, {@code \n} line ends. Same assessment, same bytes.
 */
public final class AssessmentJson {

    /** Bumped whenever a field changes meaning or is removed. */
    public static final int SCHEMA_VERSION = 2;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(new SimpleModule()
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance));

    private AssessmentJson() {
    }

    /**
     * Where the findings array lies in a written {@code assessment.json}: its bytes from the {@code [} at {@code from}
     * to the {@code ]} just before {@code to}.
     */
    public record FindingsSpan(long from, long to) {
    }

    public static void write(Assessment a, OutputStream out) throws IOException {
        write(a, out, finding -> { });
    }

    /**
     * Writes {@code a}, handing each finding to {@code each} as it is written, and says where the findings array lies
     * in the bytes written (counted from the start of {@code out}).
     */
    public static FindingsSpan write(Assessment a, OutputStream out, Consumer<Finding> each) throws IOException {
        Counting counting = new Counting(out);
        long from;
        long to;
        try (JsonGenerator json = FACTORY.createGenerator(counting, JsonEncoding.UTF8)) {
            json.setCodec(MAPPER);
            json.setPrettyPrinter(new RecordPerLinePrinter());
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("asOf", a.asOf().toString());
            json.writeObjectField("policy", policy(a.policy()));
            json.writeObjectFieldStart("catalog");
            json.writeStringField("version", a.catalogVersion());
            json.writeStringField("sha256", a.catalogSha256());
            json.writeEndObject();
            json.writeArrayFieldStart("controls");
            for (ControlResult c : a.controls()) {
                json.writeObject(control(c));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            json.flush();
            from = counting.count - 1;
            for (Finding f : a.findings()) {
                json.writeObject(finding(f));
                each.accept(f);
            }
            json.writeEndArray();
            json.flush();
            to = counting.count;
            if (!a.disagreements().isEmpty()) { // absent when no other tool's result disagrees, as before
                json.writeArrayFieldStart("disagreements");
                for (Disagreement d : a.disagreements()) {
                    json.writeObject(d);
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("resolved");
            for (ResolvedFinding r : a.resolved()) {
                json.writeObject(resolved(r));
            }
            json.writeEndArray();
            json.writeObjectField("kpis", a.kpis());
            json.writeObjectField("remediation", remediation(a.remediation()));
            json.writeArrayFieldStart("domains");
            for (var score : a.domains()) {
                json.writeObject(score);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("lanes");
            for (var score : a.lanes()) {
                json.writeObject(score);
            }
            json.writeEndArray();
            json.writeObjectField("domainsByLane", a.domainsByLane());
            json.writeArrayFieldStart("frameworks");
            for (FrameworkSummary f : a.frameworks()) {
                json.writeObject(f);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("frameworkItems");
            for (FrameworkItemStatus item : a.frameworkItems()) {
                json.writeObject(item);
            }
            json.writeEndArray();
            json.writeObjectField("maturity", a.maturity());
            json.writeArrayFieldStart("exceptions");
            for (AppliedException e : a.exceptions()) {
                json.writeObject(exception(e));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("attestations");
            for (AppliedAttestation at : a.attestations()) {
                Map<String, Object> row = new LinkedHashMap<>(MAPPER.convertValue(at.attestation(), Map.class));
                row.remove("identityId"); // the control's own attestations: identity ones are never listed
                row.put("stale", at.stale());
                row.put("used", at.used());
                json.writeObject(row);
            }
            json.writeEndArray();
            json.writeObjectField("controlOwners", a.controlOwners());
            json.writeArrayFieldStart("orphanedIdentities");
            for (String id : a.orphanedIdentities()) {
                json.writeString(id);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("warnings");
            for (InputProblem w : a.warnings()) {
                json.writeObject(w);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        return new FindingsSpan(from, to);
    }

    /** Counts the bytes passed on. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }

    static Map<String, Object> policy(Policy p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sha256", p.sha256());
        Map<String, Object> limits = new LinkedHashMap<>();
        for (PolicyKey key : PolicyKey.values()) {
            limits.put(key.key(), p.limit(key));
        }
        out.put("limits", limits);
        out.put("overrides", p.overrides().stream().map(AssessmentJson::override).toList());
        Map<String, Object> deadlines = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            deadlines.put(s.key(), p.deadlineDays(s));
        }
        out.put("deadlines", deadlines);
        out.put("partialPassRatePercent", p.partialPassRatePercent());
        return out;
    }

    private static Map<String, Object> override(PolicyOverride o) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (o.lane() != null) {
            out.put("lane", o.lane().key());
        }
        if (o.actorClass() != null) {
            out.put("actor-class", o.actorClass().key());
        }
        if (o.credentialKind() != null) {
            out.put("credential-kind", o.credentialKind().key());
        }
        for (PolicyKey key : PolicyKey.values()) {
            if (o.values().containsKey(key)) {
                out.put(key.key(), o.values().get(key));
            }
        }
        return out;
    }

    static Map<String, Object> control(ControlResult c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("status", c.status().key());
        out.put("population", c.population());
        out.put("passed", c.passed());
        out.put("failed", c.failed());
        out.put("accepted", c.accepted());
        out.put("notAssessed", c.notAssessed());
        out.put("passRate", c.passRate());
        out.put("basis", c.basis());
        return out;
    }

    static Map<String, Object> finding(Finding f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", f.id());
        out.put("control", f.control());
        out.put("identity", f.subject().identity());
        out.put("credential", f.subject().credential());
        out.put("lane", f.subject().lane());
        out.put("severity", f.severity().key());
        out.put("status", f.status().key());
        out.put("observed", f.observed());
        out.put("limit", f.limit());
        out.put("firstSeen", IsoTimes.text(f.firstSeen()));
        out.put("firstSeenBy", f.firstSeenBy().key());
        out.put("dueOn", f.dueOn().toString());
        out.put("daysOverdue", f.daysOverdue());
        out.put("change", f.change().key());
        out.put("exception", f.exception());
        out.put("exceptionNote", f.exceptionNote());
        out.put("owner", f.subject().owner());
        out.put("remediation", f.remediation());
        out.put("subjectKind", f.subject().kind());
        out.put("evidence", f.subject().evidence());
        return out;
    }

    private static Map<String, Object> resolved(ResolvedFinding r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("control", r.control());
        out.put("identity", r.subject().identity());
        out.put("credential", r.subject().credential());
        out.put("lane", r.subject().lane());
        out.put("severity", r.severity().key());
        out.put("owner", r.subject().owner());
        out.put("subjectKind", r.subject().kind());
        out.put("firstSeen", IsoTimes.text(r.firstSeen()));
        out.put("daysOpen", r.daysOpen());
        return out;
    }

    private static Map<String, Object> remediation(Remediation r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("previousAsOf", r.previousAsOf() == null ? null : r.previousAsOf().toString());
        out.put("newFindings", r.newFindings());
        out.put("persisting", r.persisting());
        out.put("reopened", r.reopened());
        out.put("resolved", r.resolved());
        out.put("overdue", r.overdue());
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.key(), r.overdueBySeverity().get(s));
        }
        out.put("overdueBySeverity", bySeverity);
        out.put("oldestOverdueCriticalDays", r.oldestOverdueCriticalDays());
        out.put("oldestOverdueCritical", r.oldestOverdueCritical());
        out.put("medianDaysToResolve", r.medianDaysToResolve());
        out.put("p90DaysToResolve", r.p90DaysToResolve());
        return out;
    }

    private static Map<String, Object> exception(AppliedException e) {
        Map<String, Object> out = new LinkedHashMap<>(MAPPER.convertValue(e.grant(), Map.class));
        out.put("state", e.state().key());
        out.put("why", e.why());
        out.put("accepted", e.accepted());
        out.put("expiresWithin30Days", e.expiresWithin30Days());
        return out;
    }

    /** The findings' columns in findings.csv, in order. */
    public static final List<String> FINDING_COLUMNS = List.of("id", "control", "identity", "credential", "lane",
            "severity", "status", "observed", "limit", "firstSeen", "firstSeenBy", "dueOn", "daysOverdue", "change",
            "exception", "exceptionNote", "owner", "remediation", "subjectKind", "evidence");
}
