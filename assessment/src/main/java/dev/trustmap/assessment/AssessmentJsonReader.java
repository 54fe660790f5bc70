package dev.trustmap.assessment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.Change;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.Disagreement;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.FirstSeenBy;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.assessment.FrameworkSummary;
import dev.trustmap.model.assessment.Kpis;
import dev.trustmap.model.assessment.Maturity;
import dev.trustmap.model.assessment.Remediation;
import dev.trustmap.model.assessment.ResolvedFinding;
import dev.trustmap.model.assessment.Score;
import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.policy.PolicyOverride;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.IsoTimes;
import dev.trustmap.model.text.StrictUtf8Reader;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads an {@code assessment.json} written by {@link AssessmentJson} back into an {@link Assessment}. */
public final class AssessmentJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule()
                    .addDeserializer(Instant.class, new FromStringDeserializer<Instant>(Instant.class) {
                        @Override
                        protected Instant _deserialize(String value, com.fasterxml.jackson.databind
                                .DeserializationContext context) {
                            return IsoTimes.parseInstant(value);
                        }
                    })
                    .addDeserializer(LocalDate.class, new FromStringDeserializer<LocalDate>(LocalDate.class) {
                        @Override
                        protected LocalDate _deserialize(String value, com.fasterxml.jackson.databind
                                .DeserializationContext context) {
                            return IsoTimes.parseDay(value);
                        }
                    }));

    private AssessmentJsonReader() {
    }

    /**
     * @throws InputException when the file is not an assessment trustmap wrote, or of a newer schema
     */
    public static Assessment read(String file, InputStream in) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Assessment assessment = read(file, in, findings::add);
        return new Assessment(assessment.asOf(), assessment.policy(), assessment.catalogVersion(),
                assessment.catalogSha256(), assessment.controls(), findings, assessment.kpis(), assessment.domains(),
                assessment.lanes(), assessment.domainsByLane(), assessment.frameworks(), assessment.frameworkItems(),
                assessment.maturity(), assessment.exceptions(), assessment.attestations(),
                assessment.controlOwners(), assessment.orphanedIdentities(), assessment.warnings(),
                assessment.remediation(), assessment.resolved(), assessment.disagreements());
    }

    /**
     * Reads everything but the findings, which are handed to {@code findings} one at a time and not kept: for a
     * board, which needs their counts only, however many there are.
     */
    public static Assessment read(String file, InputStream in, java.util.function.Consumer<Finding> findingSink)
            throws IOException {
        Map<String, Object> parts = new LinkedHashMap<>();
        List<ControlResult> controls = new ArrayList<>();
        List<ResolvedFinding> resolved = new ArrayList<>();
        List<Finding> findings = List.of();
        Instant[] asOf = new Instant[1];
        try (JsonParser parser = MAPPER.createParser(StrictUtf8Reader.of(file, in))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAnAssessment(file, "expected a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "controls" -> each(parser, n -> controls.add(control(n)));
                    case "asOf" -> {
                        asOf[0] = Instant.parse(parser.getText());
                        parts.put(field, parser.readValueAsTree());
                    }
                    case "findings" -> each(parser, n -> findingSink.accept(finding(n, asOf[0])));
                    case "resolved" -> each(parser, n -> resolved.add(resolved(n)));
                    default -> parts.put(field, parser.readValueAsTree());
                }
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InputException(new InputProblem(file, at == null ? "" : "line " + at.getLineNr(),
                    "not a readable assessment.", "Write it again with 'trustmap assess'."));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw unreadable(file, e);
        }
        JsonNode version = (JsonNode) parts.get("schemaVersion");
        if (version == null) {
            throw notAnAssessment(file, "it has no schemaVersion");
        }
        if (version.asInt() > AssessmentJson.SCHEMA_VERSION) {
            throw notAnAssessment(file, "schema version " + version.asInt() + " is newer than this trustmap reads");
        }
        // what every report reads; the other parts may be absent (an assessment without findings, exceptions...)
        for (String required : List.of("asOf", "policy", "kpis", "maturity")) {
            if (!parts.containsKey(required)) {
                throw notAnAssessment(file, "it has no '" + required + "'");
            }
        }
        try {
            return assessment(parts, controls, findings, resolved);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw unreadable(file, e);
        }
    }

    private static Assessment assessment(Map<String, Object> parts, List<ControlResult> controls,
            List<Finding> findings, List<ResolvedFinding> resolved) throws IOException {
        JsonNode catalog = node(parts, "catalog");
        return new Assessment(Instant.parse(node(parts, "asOf").asText()), policy(node(parts, "policy")),
                catalog.path("version").asText(), catalog.path("sha256").asText(), controls, findings,
                MAPPER.treeToValue(node(parts, "kpis"), Kpis.class), list(parts, "domains", Score.class),
                list(parts, "lanes", Score.class), domainsByLane(node(parts, "domainsByLane")),
                list(parts, "frameworks", FrameworkSummary.class),
                list(parts, "frameworkItems", FrameworkItemStatus.class),
                MAPPER.treeToValue(node(parts, "maturity"), Maturity.class), exceptions(node(parts, "exceptions")),
                attestations(node(parts, "attestations")), controlOwners(node(parts, "controlOwners")),
                list(parts, "orphanedIdentities", String.class), list(parts, "warnings", InputProblem.class),
                remediation(node(parts, "remediation")), resolved, list(parts, "disagreements", Disagreement.class));
    }

    private interface NodeConsumer {
        void accept(JsonNode node) throws IOException;
    }

    private static void each(JsonParser parser, NodeConsumer consumer) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            consumer.accept(parser.readValueAsTree());
        }
    }

    private static JsonNode node(Map<String, Object> parts, String field) {
        Object node = parts.get(field);
        return node == null ? MAPPER.missingNode() : (JsonNode) node;
    }

    private static <T> List<T> list(Map<String, Object> parts, String field, Class<T> type) throws IOException {
        List<T> values = new ArrayList<>();
        for (JsonNode n : node(parts, field)) {
            values.add(MAPPER.treeToValue(n, type));
        }
        return values;
    }

    private static Map<String, List<Score>> domainsByLane(JsonNode node) throws IOException {
        Map<String, List<Score>> byLane = new LinkedHashMap<>();
        for (var it = node.fields(); it.hasNext();) {
            var entry = it.next();
            List<Score> scores = new ArrayList<>();
            for (JsonNode n : entry.getValue()) {
                scores.add(MAPPER.treeToValue(n, Score.class));
            }
            byLane.put(entry.getKey(), scores);
        }
        return byLane;
    }

    private static Map<String, String> controlOwners(JsonNode node) {
        Map<String, String> owners = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> owners.put(e.getKey(), e.getValue().asText()));
        return owners;
    }

    private static ControlResult control(JsonNode n) {
        return new ControlResult(n.path("id").asText(), ControlStatus.valueOf(upper(n.path("status").asText())),
                n.path("population").asInt(), n.path("passed").asInt(), n.path("failed").asInt(),
                n.path("accepted").asInt(), n.path("notAssessed").asInt(), n.path("passRate").asDouble(),
                text(n, "basis"));
    }

    /**
     * A finding; one from schema 1, which had no clock, is taken as first seen at its quarter's as-of instant, new,
     * and not overdue (as that quarter judged it).
     */
    private static Finding finding(JsonNode n, Instant asOf) {
        String firstSeen = text(n, "firstSeen");
        return new Finding(text(n, "id"), text(n, "control"), subject(n),
                Severity.valueOf(upper(n.path("severity").asText())), text(n, "observed"), text(n, "limit"),
                FindingStatus.valueOf(upper(n.path("status").asText())), text(n, "exception"),
                text(n, "exceptionNote"), firstSeen == null ? asOf : IsoTimes.parseInstant(firstSeen),
                FirstSeenBy.fromKey(n.path("firstSeenBy").asText()).orElse(FirstSeenBy.THIS_QUARTER),
                IsoTimes.parseDay(n.path("dueOn").asText()), n.path("daysOverdue").asInt(0),
                Change.fromKey(n.path("change").asText()).orElse(Change.NEW), text(n, "remediation"));
    }

    private static Subject subject(JsonNode n) {
        return new Subject(text(n, "identity"), text(n, "credential"), text(n, "lane"), text(n, "owner"),
                n.path("subjectKind").asText(Subject.IDENTITY), text(n, "evidence"));
    }

    private static ResolvedFinding resolved(JsonNode n) {
        return new ResolvedFinding(text(n, "id"), text(n, "control"), subject(n),
                Severity.valueOf(upper(n.path("severity").asText())),
                IsoTimes.parseInstant(n.path("firstSeen").asText()), n.path("daysOpen").asLong());
    }

    /** The remediation figures; null for schema 1, which kept none. */
    private static Remediation remediation(JsonNode n) {
        if (n.isMissingNode()) {
            return null;
        }
        Map<Severity, Integer> overdue = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            overdue.put(s, n.path("overdueBySeverity").path(s.key()).asInt(0));
        }
        String previous = text(n, "previousAsOf");
        return new Remediation(previous == null ? null : Instant.parse(previous), n.path("newFindings").asInt(),
                n.path("persisting").asInt(), n.path("reopened").asInt(), n.path("resolved").asInt(), overdue,
                longOrNull(n, "oldestOverdueCriticalDays"), text(n, "oldestOverdueCritical"),
                longOrNull(n, "medianDaysToResolve"), longOrNull(n, "p90DaysToResolve"));
    }

    private static Long longOrNull(JsonNode n, String field) {
        JsonNode value = n.path(field);
        return value.isNumber() ? value.asLong() : null;
    }

    private static Policy policy(JsonNode n) {
        Map<PolicyKey, Long> defaults = new EnumMap<>(PolicyKey.class);
        n.path("limits").fields().forEachRemaining(e -> PolicyKey.fromKey(e.getKey())
                .ifPresent(k -> defaults.put(k, e.getValue().asLong())));
        List<PolicyOverride> overrides = new ArrayList<>();
        for (JsonNode o : n.path("overrides")) {
            Map<PolicyKey, Long> values = new EnumMap<>(PolicyKey.class);
            o.fields().forEachRemaining(e -> PolicyKey.fromKey(e.getKey())
                    .ifPresent(k -> values.put(k, e.getValue().asLong())));
            overrides.add(new PolicyOverride(Lane.fromKey(o.path("lane").asText("")).orElse(null),
                    ActorClass.fromKey(text(o, "actor-class")).orElse(null),
                    CredentialKind.fromKey(text(o, "credential-kind")).orElse(null), values));
        }
        Map<Severity, Integer> deadlines = new EnumMap<>(Severity.class);
        n.path("deadlines").fields().forEachRemaining(e -> Severity.fromKey(e.getKey())
                .ifPresent(s -> deadlines.put(s, e.getValue().asInt())));
        return new Policy(defaults, overrides, deadlines, n.path("partialPassRatePercent").asInt(),
                text(n, "sha256"));
    }

    private static List<AppliedException> exceptions(JsonNode array) throws IOException {
        List<AppliedException> result = new ArrayList<>();
        for (JsonNode n : array) {
            ExceptionGrant grant = MAPPER.treeToValue(n, ExceptionGrant.class);
            result.add(new AppliedException(grant, ExceptionState.valueOf(upper(n.path("state").asText())),
                    text(n, "why"), n.path("accepted").asInt(), n.path("expiresWithin30Days").asBoolean()));
        }
        return result;
    }

    private static List<AppliedAttestation> attestations(JsonNode array) throws IOException {
        List<AppliedAttestation> result = new ArrayList<>();
        for (JsonNode n : array) {
            result.add(new AppliedAttestation(MAPPER.treeToValue(n, Attestation.class), n.path("stale").asBoolean(),
                    n.path("used").asBoolean()));
        }
        return result;
    }

    /** A value of the wrong shape where trustmap writes a date, an instant or a word of its vocabulary. */
    private static InputException unreadable(String file, RuntimeException e) {
        return new InputException(new InputProblem(file, "", "not a readable assessment: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ".",
                "Write it again with 'trustmap assess'."));
    }

    private static InputException notAnAssessment(String file, String why) {
        return new InputException(new InputProblem(file, "", "not a trustmap assessment: " + why + ".",
                "Pass the folder 'trustmap assess --out' wrote."));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String upper(String key) {
        return key.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
