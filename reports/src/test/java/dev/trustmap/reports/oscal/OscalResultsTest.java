package dev.trustmap.reports.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.assessment.AssessmentJson;
import dev.trustmap.assessment.AssessmentJsonReader;
import dev.trustmap.model.assessment.AppliedException;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ControlResult;
import dev.trustmap.model.assessment.ControlStatus;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.assessment.FrameworkItemStatus;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.vocabulary.EvidenceKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What the OSCAL document says about the fixture assessment, and that it says it the same way every time. */
class OscalResultsTest {

    private static final Assessment FIXTURE = FixtureAssessment.ASSESSMENT;
    private static final String NS = OscalResults.NAMESPACE;
    /** Lower-case, version 5, IETF variant. */
    private static final Pattern UUID_V5 = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private static byte[] bytes(Assessment assessment, String period) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OscalResults.write(assessment, FixtureAssessment.CATALOG, period, "0.1.0", out);
        return out.toByteArray();
    }

    private static JsonNode document(Assessment assessment, String period) throws IOException {
        return new ObjectMapper().readTree(bytes(assessment, period)).path("assessment-results");
    }

    private static final JsonNode DOCUMENT = read();
    private static final JsonNode RESULT = DOCUMENT.path("results").path(0);

    private static JsonNode read() {
        try {
            return document(FIXTURE, "2026-Q3");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The values of the trustmap props of that name, in order. */
    private static List<String> props(JsonNode node, String name) {
        return list(node.path("props")).stream()
                .filter(p -> p.path("name").asText().equals(name) && p.path("ns").asText().equals(NS))
                .map(p -> p.path("value").asText()).toList();
    }

    private static String prop(JsonNode node, String name) {
        List<String> values = props(node, name);
        assertThat(values).as(name).hasSize(1);
        return values.get(0);
    }

    private static JsonNode observation(String control) {
        return list(RESULT.path("observations")).stream().filter(o -> prop(o, "control").equals(control))
                .findFirst().orElseThrow();
    }

    private static ControlResult result(String control) {
        return FIXTURE.controls().stream().filter(c -> c.id().equals(control)).findFirst().orElseThrow();
    }

    @Test
    void metadataNamesThePeriodTheAsOfInstantAndOscal112() {
        JsonNode metadata = DOCUMENT.path("metadata");
        assertThat(metadata.path("title").asText()).isEqualTo("trustmap assessment results 2026-Q3");
        assertThat(metadata.path("last-modified").asText()).isEqualTo("2026-09-30T23:59:59Z");
        assertThat(metadata.path("version").asText()).isEqualTo("2026-Q3");
        assertThat(metadata.path("oscal-version").asText()).isEqualTo("1.1.2");
        assertThat(prop(metadata, "trustmap-version")).isEqualTo("0.1.0");
    }

    @Test
    void importApPointsAtTheBackMatterResourceDescribingCatalogAndPolicy() {
        String href = DOCUMENT.path("import-ap").path("href").asText();
        JsonNode resource = DOCUMENT.path("back-matter").path("resources").path(0);
        assertThat(href).isEqualTo("#" + resource.path("uuid").asText());
        assertThat(prop(resource, "catalog-sha256")).isEqualTo(FIXTURE.catalogSha256());
        assertThat(prop(resource, "policy-sha256")).isEqualTo(FIXTURE.policy().sha256());
        assertThat(props(resource, "framework")).containsExactly("owasp-nhi-top10-2025", "owasp-agentic-top10-2026",
                "csa-maestro", "nist-csf-2.0", "nist-ai-rmf-1.0", "nist-ai-600-1");
    }

    @Test
    void oneResultRunsFromTheStartOfTheQuarterToTheAsOfInstant() {
        assertThat(DOCUMENT.path("results").size()).isEqualTo(1);
        assertThat(RESULT.path("start").asText()).isEqualTo("2026-07-01T00:00:00Z");
        assertThat(RESULT.path("end").asText()).isEqualTo("2026-09-30T23:59:59Z");
        assertThat(list(RESULT.path("reviewed-controls").path("control-selections").path(0)
                .path("include-controls")).stream().map(c -> c.path("control-id").asText()))
                .containsExactlyElementsOf(FIXTURE.controls().stream().map(ControlResult::id).toList());
    }

    @Test
    void oneObservationPerControlResultWithItsCountsAndNoIdentity() throws IOException {
        List<JsonNode> observations = list(RESULT.path("observations"));
        assertThat(observations).hasSize(FIXTURE.controls().size()).hasSize(30);
        for (int i = 0; i < observations.size(); i++) {
            JsonNode o = observations.get(i);
            ControlResult r = FIXTURE.controls().get(i);
            assertThat(prop(o, "control")).isEqualTo(r.id());
            assertThat(prop(o, "control-status")).isEqualTo(r.status().key());
            assertThat(o.path("collected").asText()).isEqualTo("2026-09-30T23:59:59Z");
            EvidenceKind kind = FixtureAssessment.CATALOG.control(r.id()).map(Control::evidence).orElseThrow();
            List<String> methods = list(o.path("methods")).stream().map(JsonNode::asText).toList();
            assertThat(methods).as(r.id()).containsExactlyElementsOf(switch (kind) {
                case AUTOMATED -> List.of("AUTOMATED");
                case ATTESTATION -> List.of("EXAMINE");
                case AUTOMATED_AND_ATTESTATION -> List.of("AUTOMATED", "EXAMINE");
            });
            if (kind != EvidenceKind.ATTESTATION) {
                JsonNode counts = o.path("relevant-evidence").path(0);
                assertThat(List.of(prop(counts, "population"), prop(counts, "passed"), prop(counts, "failed"),
                        prop(counts, "accepted"), prop(counts, "not-assessed")))
                        .as(r.id()).containsExactly(String.valueOf(r.population()), String.valueOf(r.passed()),
                                String.valueOf(r.failed()), String.valueOf(r.accepted()),
                                String.valueOf(r.notAssessed()));
            }
        }
        JsonNode act02 = observation("ACT-02").path("relevant-evidence").path(0);
        assertThat(List.of(prop(act02, "population"), prop(act02, "passed"), prop(act02, "failed"),
                prop(act02, "pass-rate"))).containsExactly("16", "15", "1", "93.8");
        // aggregates only: identities that appear only as finding subjects are nowhere in the document
        String text = new String(bytes(FIXTURE, "2026-Q3"), StandardCharsets.UTF_8);
        assertThat(FIXTURE.findings()).isNotEmpty();
        assertThat(text).doesNotContain("svc-legacy-ftp", "agent:invoice-bot", "svc-reports-export",
                FIXTURE.findings().get(0).id());
    }

    @Test
    void attestedObservationsAreExaminedAndExpireWithTheirAttestation() {
        JsonNode act05 = observation("ACT-05");
        assertThat(list(act05.path("methods")).stream().map(JsonNode::asText)).containsExactly("EXAMINE");
        assertThat(act05.path("expires").asText()).isEqualTo("2027-06-30T23:59:59Z");
        JsonNode attestation = act05.path("relevant-evidence").path(0);
        assertThat(attestation.path("href").asText()).isEqualTo("https://wiki.example.com/iam/act-05-2026");
        assertThat(prop(attestation, "attested-by")).isEqualTo("grace@example.com");
        assertThat(prop(attestation, "valid-until")).isEqualTo("2027-06-30");
        // the attester is a party, and an actor of the observation
        String grace = partyUuid("grace@example.com");
        assertThat(list(act05.path("origins").path(0).path("actors")).stream()
                .map(a -> a.path("type").asText() + ":" + a.path("actor-uuid").asText()))
                .contains("party:" + grace);
        // a stale attestation expired before the as-of date, and says so
        assertThat(observation("AXS-04").path("expires").asText()).isEqualTo("2026-09-29T23:59:59Z");
        assertThat(prop(observation("AXS-04"), "control-status")).isEqualTo("not_met");
    }

    @Test
    void anObservationWhoseFailuresAnExceptionAcceptsExpiresWithTheException() {
        assertThat(result("AXS-02").accepted()).isEqualTo(1);
        assertThat(observation("AXS-02").path("expires").asText()).isEqualTo("2026-10-30T23:59:59Z");
        assertThat(observation("LFC-01").has("expires")).as("its exception expired: it accepts nothing").isFalse();
    }

    @Test
    void aControlWithoutEvidenceIsNotAssessedAndHasNoPassRate() {
        assertThat(result("AXS-01").status()).isEqualTo(ControlStatus.NOT_ASSESSED);
        JsonNode axs01 = observation("AXS-01");
        assertThat(axs01.path("description").asText()).startsWith("Not assessed.")
                .endsWith("Missing evidence is never a pass.");
        assertThat(props(axs01.path("relevant-evidence").path(0), "pass-rate")).isEmpty();
        // an item none of whose controls was assessed is not satisfied, for a reason other than a failure
        List<JsonNode> notAssessed = list(RESULT.path("findings")).stream()
                .filter(f -> prop(f, "item-status").equals("not_assessed")).toList();
        assertThat(notAssessed).isNotEmpty().allSatisfy(f -> {
            assertThat(f.path("target").path("status").path("state").asText()).isEqualTo("not-satisfied");
            assertThat(f.path("target").path("status").path("reason").asText()).isEqualTo("other");
        });
    }

    @Test
    void aFindingPerMappedFrameworkItemWithItsState() {
        List<FrameworkItemStatus> mapped = FIXTURE.frameworkItems().stream()
                .filter(i -> !i.status().equals("out_of_scope")).toList();
        List<JsonNode> findings = list(RESULT.path("findings"));
        assertThat(mapped).isNotEmpty();
        assertThat(findings).hasSize(mapped.size());
        Map<String, String> observationByControl = list(RESULT.path("observations")).stream()
                .collect(Collectors.toMap(o -> prop(o, "control"), o -> o.path("uuid").asText()));
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            FrameworkItemStatus item = mapped.get(i);
            assertThat(prop(f, "framework") + " " + prop(f, "framework-item"))
                    .isEqualTo(item.framework() + " " + item.item());
            assertThat(prop(f, "item-status")).isEqualTo(item.status());
            assertThat(f.path("target").path("type").asText()).isEqualTo("objective-id");
            assertThat(f.path("target").path("target-id").asText()).isEqualTo(OscalText.token(item.item()));
            assertThat(f.path("target").path("status").path("state").asText()).as(item.item())
                    .isEqualTo(item.status().equals("met") ? "satisfied" : "not-satisfied");
            assertThat(list(f.path("related-observations")).stream().map(r -> r.path("observation-uuid").asText()))
                    .containsExactlyElementsOf(item.controls().stream().map(observationByControl::get).toList());
        }
        // No item of the fixture is satisfied since the 2026-12-07 mapping review: the only mapping of a met control
        // that covered a whole item, AXS-02 equal NHI8, became subset-of (NHI8 separates every environment).
        assertThat(findings).extracting(f -> f.path("target").path("status").path("state").asText())
                .containsOnly("not-satisfied");
        JsonNode nhi8 = findings.stream().filter(f -> prop(f, "framework-item").equals("NHI8:2025")).findFirst()
                .orElseThrow();
        assertThat(prop(nhi8, "item-status")).isEqualTo("partial");
        JsonNode nhi7 = findings.stream().filter(f -> prop(f, "framework-item").equals("NHI7:2025")).findFirst()
                .orElseThrow();
        assertThat(nhi7.path("target").path("target-id").asText()).isEqualTo("NHI7_2025");
        assertThat(props(nhi7, "control")).contains("LFC-01");
        // target ids stay distinct within a framework once made tokens
        Map<String, Long> perFramework = findings.stream().collect(Collectors.groupingBy(
                f -> prop(f, "framework") + " " + f.path("target").path("target-id").asText(), Collectors.counting()));
        assertThat(perFramework.values()).allMatch(n -> n == 1);
    }

    @Test
    void eachItemFindingCarriesTheClockOfTheOpenFindingsOfItsControls() {
        JsonNode nhi2 = itemFinding("NHI2:2025");
        assertThat(props(nhi2, "control")).containsExactly("LFC-01", "LFC-03", "LFC-04", "LFC-05", "RVK-04");
        // open: LFC-01 4, LFC-03 5, LFC-04 3, LFC-05 1, RVK-04 1. Overdue: the OLD001 key of svc-reports-export (first
        // seen 2026-05-30, due 2026-06-29, 93 days), svc-legacy-ftp's password (1 day) and the leaked key (3 days)
        assertThat(List.of(prop(nhi2, "open-findings"), prop(nhi2, "overdue-findings"),
                prop(nhi2, "earliest-first-seen"), prop(nhi2, "earliest-due-on")))
                .containsExactly("14", "3", "2026-05-30T00:00:00Z", "2026-06-29");
        assertThat(nhi2.path("description").asText()).endsWith(" 14 open findings of these controls, 3 overdue;"
                + " the earliest was first seen 2026-05-30T00:00:00Z and the earliest is due 2026-06-29.");
        // NHI8's one control, AXS-02, has one failure, which EXC-001 accepts: no clock runs on it
        JsonNode nhi8 = itemFinding("NHI8:2025");
        assertThat(List.of(prop(nhi8, "open-findings"), prop(nhi8, "overdue-findings"))).containsExactly("0", "0");
        assertThat(props(nhi8, "earliest-first-seen")).isEmpty();
        assertThat(props(nhi8, "earliest-due-on")).isEmpty();
        assertThat(nhi8.path("description").asText()).endsWith(" No finding of these controls is open.");
        // the LFC-02 key of vendor:acme-sftp has been open since 2026-01-10, the oldest of all
        JsonNode oldest = list(RESULT.path("findings")).stream()
                .min(Comparator.comparing(f -> props(f, "earliest-first-seen").stream().findFirst().orElse("~")))
                .orElseThrow();
        assertThat(props(oldest, "control")).contains("LFC-02");
        assertThat(prop(oldest, "earliest-first-seen")).isEqualTo("2026-01-10T00:00:00Z");
        assertThat(prop(oldest, "earliest-due-on")).isEqualTo("2026-02-09");
    }

    @Test
    void theFindingsAreWalkedOnceAndNotHeld() throws IOException {
        FixtureAssessment.WalkedFindings findings = new FixtureAssessment.WalkedFindings(FIXTURE.findings());
        byte[] written = bytes(FixtureAssessment.withFindings(findings), "2026-Q3");
        assertThat(findings.walks()).isEqualTo(1);
        assertThat(written).isEqualTo(bytes(FIXTURE, "2026-Q3"));
    }

    private static JsonNode itemFinding(String item) {
        return list(RESULT.path("findings")).stream().filter(f -> prop(f, "framework-item").equals(item)).findFirst()
                .orElseThrow();
    }

    @Test
    void aRiskPerExceptionInForceApprovedWithItsDeadline() {
        List<AppliedException> active = FIXTURE.exceptions().stream().filter(e -> e.state() == ExceptionState.ACTIVE)
                .toList();
        assertThat(active).extracting(e -> e.grant().id()).containsExactly("EXC-001");
        List<JsonNode> risks = list(RESULT.path("risks"));
        assertThat(risks).hasSize(1);
        JsonNode risk = risks.get(0);
        assertThat(risk.path("status").asText()).isEqualTo("deviation-approved");
        assertThat(risk.path("deadline").asText()).isEqualTo("2026-10-30T23:59:59Z");
        assertThat(prop(risk, "exception")).isEqualTo("EXC-001");
        assertThat(prop(risk, "control")).isEqualTo("AXS-02");
        assertThat(prop(risk, "accepted-findings")).isEqualTo("1");
        assertThat(risk.path("description").asText())
                .contains("The warehouse system has one account for both environments until its upgrade in October")
                .contains("Compensating control: Staging traffic is limited to read-only endpoints");
        assertThat(risk.path("mitigating-factors").path(0).path("description").asText())
                .isEqualTo("Staging traffic is limited to read-only endpoints");
        JsonNode approval = risk.path("risk-log").path("entries").path(0);
        assertThat(approval.path("start").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(approval.path("status-change").asText()).isEqualTo("deviation-approved");
        assertThat(approval.path("logged-by").path(0).path("party-uuid").asText())
                .isEqualTo(partyUuid("grace@example.com"));
        assertThat(risk.path("related-observations").path(0).path("observation-uuid").asText())
                .isEqualTo(observation("AXS-02").path("uuid").asText());
        // every finding on an item that AXS-02 maps to points at the risk; no other does
        String uuid = risk.path("uuid").asText();
        for (JsonNode f : list(RESULT.path("findings"))) {
            boolean axs02 = props(f, "control").contains("AXS-02");
            assertThat(list(f.path("related-risks")).stream().map(r -> r.path("risk-uuid").asText()).toList())
                    .as(prop(f, "framework-item")).isEqualTo(axs02 ? List.of(uuid) : List.of());
        }
    }

    @Test
    void everyUuidIsALowerCaseVersion5UuidAndEveryReferenceResolves() {
        List<String> defined = new ArrayList<>();
        defined.add(DOCUMENT.path("uuid").asText());
        defined.add(RESULT.path("uuid").asText());
        for (String array : List.of("observations", "findings", "risks")) {
            list(RESULT.path(array)).forEach(n -> defined.add(n.path("uuid").asText()));
        }
        list(DOCUMENT.path("metadata").path("parties")).forEach(p -> defined.add(p.path("uuid").asText()));
        list(DOCUMENT.path("back-matter").path("resources")).forEach(r -> defined.add(r.path("uuid").asText()));
        String platform = RESULT.path("local-definitions").path("assessment-assets").path("assessment-platforms")
                .path(0).path("uuid").asText();
        defined.add(platform);
        assertThat(defined).allMatch(u -> UUID_V5.matcher(u).matches()).doesNotHaveDuplicates();

        Set<String> known = new HashSet<>(defined);
        List<String> references = new ArrayList<>();
        DOCUMENT.findValues("observation-uuid").forEach(n -> references.add(n.asText()));
        DOCUMENT.findValues("risk-uuid").forEach(n -> references.add(n.asText()));
        DOCUMENT.findValues("actor-uuid").forEach(n -> references.add(n.asText()));
        DOCUMENT.findValues("party-uuid").forEach(n -> references.add(n.asText()));
        assertThat(references).isNotEmpty().allMatch(known::contains);
    }

    @Test
    void sameAssessmentSameBytesAlsoAfterARoundTripThroughAssessmentJson() throws IOException {
        byte[] first = bytes(FIXTURE, "2026-Q3");
        assertThat(bytes(FIXTURE, "2026-Q3")).isEqualTo(first);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AssessmentJson.write(FIXTURE, json);
        Assessment reread = AssessmentJsonReader.read("assessment.json", new ByteArrayInputStream(json.toByteArray()));
        assertThat(bytes(reread, "2026-Q3")).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"assessment-results\": {\n    \"uuid\": \"").endsWith("}\n")
                .doesNotContain("\r");
    }

    @Test
    void observationFindingAndRiskUuidsDependOnPeriodAndSubjectOnlyWhileTheDocumentUuidFollowsContent()
            throws IOException {
        List<ControlResult> changed = new ArrayList<>(FIXTURE.controls());
        ControlResult lfc = changed.get(6);
        changed.set(6, new ControlResult(lfc.id(), ControlStatus.PARTIAL, lfc.population(), lfc.passed() + 1,
                lfc.failed() - 1, lfc.accepted(), lfc.notAssessed(), lfc.passRate() + 10, lfc.basis()));
        Assessment a = FIXTURE;
        Assessment later = new Assessment(a.asOf(), a.policy(), a.catalogVersion(), a.catalogSha256(), changed,
                a.findings(), a.kpis(), a.domains(), a.lanes(), a.domainsByLane(), a.frameworks(),
                a.frameworkItems(), a.maturity(), a.exceptions(), a.attestations(), a.controlOwners(),
                a.orphanedIdentities(), a.warnings(), a.remediation(), a.resolved());
        JsonNode rerun = document(later, "2026-Q3");
        assertThat(uuids(rerun)).isEqualTo(uuids(DOCUMENT));
        assertThat(rerun.path("uuid").asText()).isNotEqualTo(DOCUMENT.path("uuid").asText());
        assertThat(rerun.path("results").path(0).path("uuid").asText()).isNotEqualTo(RESULT.path("uuid").asText());

        JsonNode nextQuarter = document(FIXTURE, "2026-Q4-preview");
        Map<String, String> next = uuids(nextQuarter);
        assertThat(next.keySet()).isEqualTo(uuids(DOCUMENT).keySet());
        next.forEach((key, uuid) -> assertThat(uuid).as(key).isNotEqualTo(uuids(DOCUMENT).get(key)));
        assertThat(OscalIds.observation("2026-Q3", "LFC-01")).isEqualTo(observation("LFC-01").path("uuid").asText());
    }

    /** Observation, finding and risk uuids keyed by what they are about. */
    private static Map<String, String> uuids(JsonNode document) {
        JsonNode result = document.path("results").path(0);
        Map<String, String> uuids = new TreeMap<>();
        Function<JsonNode, String> uuid = n -> n.path("uuid").asText();
        list(result.path("observations")).forEach(o -> uuids.put("observation " + prop(o, "control"), uuid.apply(o)));
        list(result.path("findings")).forEach(f -> uuids.put("finding " + prop(f, "framework") + " "
                + prop(f, "framework-item"), uuid.apply(f)));
        list(result.path("risks")).forEach(r -> uuids.put("risk " + prop(r, "exception"), uuid.apply(r)));
        return uuids;
    }

    private static String partyUuid(String name) {
        return list(DOCUMENT.path("metadata").path("parties")).stream()
                .filter(p -> p.path("name").asText().equals(name) && p.path("type").asText().equals("person"))
                .map(p -> p.path("uuid").asText()).findFirst().orElseThrow();
    }

    @Test
    void theCallersStreamIsFlushedAndLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        OscalResults.write(FIXTURE, FixtureAssessment.CATALOG, "2026-Q3", "0.1.0", out);
        assertThat(closed[0]).isFalse();
        assertThat(sink.toByteArray()).isEqualTo(bytes(FIXTURE, "2026-Q3"));
    }
}
