package dev.trustmap.reports.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Change;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.assessment.FirstSeenBy;
import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.vocabulary.Severity;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The POA&M validates against NIST's OSCAL 1.1.2 POA&M schema, and the validation would catch it if it did not. */
class OscalPoamSchemaTest {

    private static final OscalSchema SCHEMA = OscalSchema.PLAN_OF_ACTION_AND_MILESTONES;

    private static ObjectNode fixtureDocument() {
        return (ObjectNode) OscalPoamTest.read(FixtureAssessment.ASSESSMENT, "2026-Q3", "0.1.0");
    }

    private static ObjectNode poam(ObjectNode document) {
        return (ObjectNode) document.path("plan-of-action-and-milestones");
    }

    @Test
    void fixtureAssessmentIsAValidOscalPlanOfActionAndMilestones() {
        ObjectNode document = fixtureDocument();
        assertThat(SCHEMA.violations(document)).isEmpty();
        // the parts the schema leaves optional are there to be validated too
        assertThat(poam(document).path("observations").size()).isEqualTo(30);
        assertThat(poam(document).path("risks").size()).isEqualTo(66);
        assertThat(poam(document).path("poam-items").size()).isEqualTo(66);
        assertThat(poam(document).findValues("risk-log")).hasSize(1);
        assertThat(poam(document).path("metadata").path("parties").size()).isPositive();
    }

    @Test
    void theAssessmentResultsAreNoPlanOfActionAndMilestones() throws IOException {
        // the two schemas are told apart: each document is valid against its own only
        JsonNode results = OscalSchemaTest.document(FixtureAssessment.ASSESSMENT, "2026-Q3", "0.1.0");
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(results)).isEmpty();
        assertThat(SCHEMA.violations(results)).anySatisfy(v -> assertThat(v).contains("plan-of-action-and-milestones")
                .contains("required"));
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(fixtureDocument())).isNotEmpty();
    }

    @Test
    void anItemWithoutADescriptionIsCaught() {
        ObjectNode document = fixtureDocument();
        ((ObjectNode) poam(document).path("poam-items").path(3)).remove("description");
        assertThat(SCHEMA.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/plan-of-action-and-milestones/poam-items/3").contains("description").contains("required"));
    }

    @Test
    void aRiskStatusThatIsNoTokenIsCaught() {
        ObjectNode document = fixtureDocument();
        ((ObjectNode) poam(document).path("risks").path(0)).put("status", "deviation approved");
        assertThat(SCHEMA.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/plan-of-action-and-milestones/risks/0/status"));
    }

    @Test
    void aMilestoneDateWithoutTimezoneIsCaught() {
        ObjectNode document = fixtureDocument();
        ObjectNode onDate = (ObjectNode) poam(document).path("risks").path(0).path("remediations").path(0)
                .path("tasks").path(0).path("timing").path("on-date");
        onDate.put("date", "2026-09-27");
        assertThat(SCHEMA.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/plan-of-action-and-milestones/risks/0/remediations/0/tasks/0/timing"));
    }

    @Test
    void aDocumentWithoutItemsIsCaught() {
        ObjectNode document = fixtureDocument();
        ((ArrayNode) poam(document).path("poam-items")).removeAll();
        assertThat(SCHEMA.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/plan-of-action-and-milestones/poam-items"));
        poam(document).remove("poam-items");
        assertThat(SCHEMA.violations(document)).anySatisfy(v -> assertThat(v).contains("poam-items")
                .contains("required"));
    }

    @Test
    void aMemberTheModelDoesNotHaveIsCaught() {
        ObjectNode document = fixtureDocument();
        ((ObjectNode) poam(document).path("poam-items").path(0)).put("status", "open");
        assertThat(SCHEMA.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/plan-of-action-and-milestones/poam-items/0").contains("status"));
    }

    @Test
    void aVersionOneUuidIsCaught() {
        ObjectNode document = fixtureDocument();
        ((ObjectNode) poam(document).path("poam-items").path(0).path("related-risks").path(0)).put("risk-uuid",
                "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(SCHEMA.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/plan-of-action-and-milestones/poam-items/0/related-risks/0/risk-uuid")
                .contains("pattern"));
    }

    @Test
    void aPeriodWithoutFindingsIsStillValid() {
        JsonNode document = OscalPoamTest.read(FixtureAssessment.withFindings(List.of()), "2026-Q3", "0.1.0");
        assertThat(SCHEMA.violations(document)).isEmpty();
    }

    @Test
    void awkwardFindingsStillGiveAValidDocument() {
        Assessment a = FixtureAssessment.ASSESSMENT;
        ExceptionGrant forever = new ExceptionGrant("EXC 9", "LFC-01", "svc-*\n[evil](http://x) <b>",
                "  Waiting\u2028for the vendor  ", "req uester", "  Zoë Ünicode ", LocalDate.of(2026, 9, 1),
                LocalDate.of(9999, 12, 31), " ", "exceptions.yaml line 1");
        Subject odd = new Subject("svc-*\n# not a heading", "  ", null, " ", "identity", "inventory.csv\nline 3 ");
        Finding accepted = new Finding("f-1", "LFC-01", odd, Severity.LOW, "1. key age\r\n\r\n- 400 days", " ",
                FindingStatus.ACCEPTED, "EXC 9", "accepted until 9999-12-31", Instant.parse("1850-01-01T00:00:00Z"),
                FirstSeenBy.EVIDENCE, LocalDate.of(9999, 12, 31), 0, Change.REOPENED, "  ");
        Finding open = new Finding("f-2", "NOT-A-CONTROL", new Subject("leak:abc", null, null, null, "leak", null),
                Severity.CRITICAL, null, null, FindingStatus.OPEN, null, null, null, null, null, 12, null, null);
        Assessment awkward = new Assessment(a.asOf(), a.policy(), a.catalogVersion(), a.catalogSha256(),
                a.controls(), List.of(accepted, open), a.kpis(), a.domains(), a.lanes(), a.domainsByLane(),
                a.frameworks(), a.frameworkItems(), a.maturity(),
                List.of(new AppliedException(forever, ExceptionState.ACTIVE, "active until 9999-12-31", 1, false)),
                a.attestations(), a.controlOwners(), a.orphanedIdentities(), a.warnings(), a.remediation(),
                a.resolved());

        JsonNode document = OscalPoamTest.read(awkward, "  2026-Q3 ", "");

        assertThat(SCHEMA.violations(document)).isEmpty();
        JsonNode poam = document.path("plan-of-action-and-milestones");
        JsonNode risk = poam.path("risks").path(0);
        assertThat(risk.path("status").asText()).isEqualTo("deviation-approved");
        assertThat(risk.has("deadline")).as("9999-12-31 is beyond OSCAL's years: left out").isFalse();
        assertThat(risk.path("remediations").path(0).path("tasks").path(0).has("timing")).isFalse();
        assertThat(risk.path("risk-log").path("entries").path(0).has("end")).isFalse();
        assertThat(risk.path("title").asText()).doesNotContain("\n").contains("svc-\\*");
        JsonNode item = poam.path("poam-items").path(0);
        assertThat(item.path("description").asText()).as("no remediation given: what the limit asks")
                .startsWith("Bring svc-\\*");
        JsonNode unknownControl = poam.path("poam-items").path(1);
        assertThat(unknownControl.has("related-observations")).as("no such control was observed").isFalse();
        assertThat(poam.path("metadata").path("parties").findValuesAsText("name")).contains("Zoë Ünicode");
    }
}
