package dev.trustmap.reports.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.model.assessment.AppliedAttestation;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Attestation;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.assessment.ExceptionState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document validates against NIST's OSCAL 1.1.2 schema, and the validation would catch it if it did not. */
class OscalSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode document(Assessment assessment, String period, String version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OscalResults.write(assessment, FixtureAssessment.CATALOG, period, version, out);
        return (ObjectNode) JSON.readTree(out.toByteArray());
    }

    private static ObjectNode fixtureDocument() throws IOException {
        return document(FixtureAssessment.ASSESSMENT, "2026-Q3", "0.1.0");
    }

    private static ObjectNode result(ObjectNode document) {
        return (ObjectNode) document.path("assessment-results").path("results").path(0);
    }

    @Test
    void fixtureAssessmentIsValidOscalAssessmentResults() throws IOException {
        ObjectNode document = fixtureDocument();
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).isEmpty();
        // the parts the schema leaves optional are there to be validated too
        assertThat(result(document).path("observations").size()).isEqualTo(30);
        assertThat(result(document).path("findings").size()).isPositive();
        assertThat(result(document).path("risks").size()).isEqualTo(1);
        assertThat(document.path("assessment-results").path("metadata").path("parties").size()).isPositive();
    }

    @Test
    void aVersionOneUuidIsCaught() throws IOException {
        ObjectNode document = fixtureDocument();
        ((ObjectNode) result(document).path("observations").path(0)).put("uuid",
                "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/assessment-results/results/0/observations/0/uuid").contains("pattern"));
    }

    @Test
    void aMissingRequiredPropertyIsCaught() throws IOException {
        ObjectNode document = fixtureDocument();
        result(document).remove("start");
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/assessment-results/results/0").contains("start").contains("required"));
    }

    @Test
    void aDateTimeWithoutTimezoneIsCaught() throws IOException {
        ObjectNode document = fixtureDocument();
        ((ObjectNode) document.path("assessment-results").path("metadata")).put("last-modified",
                "2026-09-30T23:59:59");
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/assessment-results/metadata/last-modified"));
    }

    @Test
    void formatsAreAssertedNotJustAnnotated() throws IOException {
        // import-ap's href has a format (uri-reference) and no pattern: only a format assertion can catch this
        ObjectNode document = fixtureDocument();
        ((ObjectNode) document.path("assessment-results").path("import-ap")).put("href", "http://exa mple.com/ap");
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/assessment-results/import-ap/href").contains("uri-reference"));
    }

    @Test
    void aPropNameThatIsNotATokenIsCaught() throws IOException {
        ObjectNode document = fixtureDocument();
        ObjectNode prop = (ObjectNode) result(document).path("observations").path(0).path("props").path(0);
        prop.put("name", "contrôle-id");
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).as("\\p{L} admits any letter").isEmpty();
        prop.put("name", "control id");
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/assessment-results/results/0/observations/0/props/0/name").contains("pattern"));
    }

    @Test
    void aFindingStateOutsideTheAllowedValuesIsCaught() throws IOException {
        ObjectNode document = fixtureDocument();
        ObjectNode status = (ObjectNode) result(document).path("findings").path(0).path("target").path("status");
        status.put("state", "partial");
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/assessment-results/results/0/findings/0/target/status/state"));
    }

    @Test
    void anEmptyArrayIsCaught() throws IOException {
        ObjectNode document = fixtureDocument();
        ((ArrayNode) result(document).path("observations").path(0).path("methods")).removeAll();
        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).anySatisfy(v -> assertThat(v)
                .contains("/assessment-results/results/0/observations/0/methods"));
    }

    @Test
    void awkwardInputsStillGiveAValidDocument() throws IOException {
        Assessment a = FixtureAssessment.ASSESSMENT;
        ExceptionGrant grant = new ExceptionGrant("EXC 9", "LFC-01", "svc-*\n[evil](http://x) <b>",
                "  Waiting\u2028for the vendor\n\n1. then rotate  ", "req uester", "  Zoë Ünicode ",
                LocalDate.of(2026, 9, 1), LocalDate.of(9999, 12, 31), " ", "exceptions.yaml line 1");
        Attestation attestation = new Attestation("ACT-05", null, "implemented", " ", null, LocalDate.of(9999, 12, 31),
                "see the wiki page", "# not a heading\r\n- nor a list", "attestations.yaml line 1");
        List<ControlResult> controls = new ArrayList<>(a.controls());
        ControlResult first = controls.get(0);
        controls.set(0, new ControlResult(first.id(), first.status(), first.population(), first.passed(),
                first.failed(), first.accepted(), first.notAssessed(), Double.NaN, "\t"));
        Assessment awkward = new Assessment(a.asOf(), a.policy(), a.catalogVersion(), a.catalogSha256(), controls,
                a.findings(), a.kpis(), a.domains(), a.lanes(), a.domainsByLane(), a.frameworks(),
                a.frameworkItems(), a.maturity(),
                List.of(new AppliedException(grant, ExceptionState.ACTIVE, "active until 9999-12-31", 2, false)),
                List.of(new AppliedAttestation(attestation, false, true)), a.controlOwners(),
                a.orphanedIdentities(), a.warnings(), a.remediation(), a.resolved());

        ObjectNode document = document(awkward, "  2026-Q3 ", "");

        assertThat(OscalSchema.ASSESSMENT_RESULTS.violations(document)).isEmpty();
        JsonNode risk = result(document).path("risks").path(0);
        assertThat(risk.has("deadline")).as("9999-12-31 is beyond OSCAL's years: left out").isFalse();
        assertThat(risk.has("mitigating-factors")).as("a blank compensating control").isFalse();
        assertThat(risk.path("title").asText()).doesNotContain("\n").contains("svc-\\*");
        assertThat(risk.path("description").asText()).startsWith("Reason: Waiting for the vendor 1. then rotate\n\n");
        JsonNode attested = result(document).path("observations").findValues("relevant-evidence").stream()
                .flatMap(e -> java.util.stream.StreamSupport.stream(e.spliterator(), false))
                .filter(e -> e.path("description").asText().startsWith("Attestation")).findFirst().orElseThrow();
        assertThat(attested.has("href")).as("'see the wiki page' is no address").isFalse();
        assertThat(attested.path("description").asText()).contains("Notes: # not a heading - nor a list");
    }
}
