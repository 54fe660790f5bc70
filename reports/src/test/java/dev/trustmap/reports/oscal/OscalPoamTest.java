package dev.trustmap.reports.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.assessment.AssessmentJson;
import dev.trustmap.assessment.AssessmentJsonReader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What the POA&M says about the fixture assessment's findings, and that it says it the same way every time. */
class OscalPoamTest {

    private static final Assessment FIXTURE = FixtureAssessment.ASSESSMENT;
    private static final String NS = OscalResults.NAMESPACE;
    private static final Pattern UUID_V5 = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    /** The leaked key of svc-ledger-batch (RVK-04, critical), committed 2026-09-20T10:00:00Z. */
    private static final String LEAK = "82f84484-4fbf-50ab-81f5-42aafad8286d";
    /** svc-inventory-sync spans prod and staging (AXS-02), accepted by EXC-001 until 2026-10-30. */
    private static final String ACCEPTED = "ef47acaf-86ab-5ddf-8bfb-52a2ff64f9c3";
    /** svc-ledger-batch's key is 91 days old (LFC-01); EXC-002 expired the day before the as-of date. */
    private static final String LAPSED = "01c602e8-e00c-540b-8f37-e56bdcefe2ef";

    private static final JsonNode DOCUMENT = read(FIXTURE, "2026-Q3", "0.1.0");

    static byte[] bytes(Assessment assessment, String period, String version) throws IOException {
        Path file = Files.createTempFile("trustmap-poam-", ".json");
        try {
            OscalPoam.write(assessment, FixtureAssessment.CATALOG, period, version, file);
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }

    static JsonNode read(Assessment assessment, String period, String version) {
        try {
            return new ObjectMapper().readTree(bytes(assessment, period, version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode poam(JsonNode document) {
        return document.path("plan-of-action-and-milestones");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

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

    private static JsonNode item(String finding) {
        return list(poam(DOCUMENT).path("poam-items")).stream().filter(i -> prop(i, "finding").equals(finding))
                .findFirst().orElseThrow();
    }

    private static JsonNode riskOf(JsonNode item) {
        String uuid = item.path("related-risks").path(0).path("risk-uuid").asText();
        return list(poam(DOCUMENT).path("risks")).stream().filter(r -> r.path("uuid").asText().equals(uuid))
                .findFirst().orElseThrow();
    }

    private static Finding finding(String id) {
        return FIXTURE.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneRiskAndOneItemPerOpenOrAcceptedFindingInTheAssessmentsOrder() {
        long open = FIXTURE.findings().stream().filter(f -> f.status() == FindingStatus.OPEN).count();
        long accepted = FIXTURE.findings().stream().filter(f -> f.status() == FindingStatus.ACCEPTED).count();
        assertThat(List.of(open, accepted)).containsExactly(65L, 1L);
        List<JsonNode> items = list(poam(DOCUMENT).path("poam-items"));
        List<JsonNode> risks = list(poam(DOCUMENT).path("risks"));
        assertThat(items).hasSize(66);
        assertThat(risks).hasSize(66);
        assertThat(items).extracting(i -> prop(i, "finding"))
                .containsExactlyElementsOf(FIXTURE.findings().stream().map(Finding::id).toList());
        assertThat(risks).extracting(r -> r.path("status").asText())
                .filteredOn("deviation-approved"::equals).hasSize(1);
        assertThat(risks).extracting(r -> r.path("status").asText()).filteredOn("open"::equals).hasSize(65);
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).path("related-risks").path(0).path("risk-uuid").asText())
                    .isEqualTo(risks.get(i).path("uuid").asText());
            assertThat(items.get(i).path("related-risks").size()).isEqualTo(1);
        }
    }

    @Test
    void theLeakedKeyIsDueAWeekAfterItsCommitAndThreeDaysOverdue() {
        JsonNode item = item(LEAK);
        assertThat(List.of(prop(item, "identity"), prop(item, "credential"), prop(item, "owner"),
                prop(item, "first-seen"), prop(item, "first-seen-by"), prop(item, "due-on"),
                prop(item, "days-overdue"), prop(item, "change")))
                .containsExactly("svc-ledger-batch", "AKIAFIXTUREKEY000091", "bob@example.com",
                        "2026-09-20T10:00:00Z", "evidence", "2026-09-27", "3", "new");
        assertThat(props(item, "exception")).isEmpty();
        // where it was read: the scanner report as the run was given it (here a path), and the finding's position
        assertThat(prop(item, "evidence")).isEqualTo(finding(LEAK).subject().evidence()).endsWith("gitleaks.json /0");
        assertThat(item.path("title").asText()).isEqualTo("RVK-04 on svc-ledger-batch, credential"
                + " AKIAFIXTUREKEY000091");
        assertThat(item.path("description").asText()).isEqualTo("Revoke the leaked credential, issue a replacement"
                + " and remove the secret from where it was found.");

        JsonNode risk = riskOf(item);
        assertThat(risk.path("status").asText()).isEqualTo("open");
        assertThat(risk.path("deadline").asText()).isEqualTo("2026-09-27T23:59:59Z");
        assertThat(List.of(prop(risk, "control"), prop(risk, "severity"))).containsExactly("RVK-04", "critical");
        assertThat(risk.path("statement").asText()).isEqualTo("Critical severity. Due 2026-09-27; first seen"
                + " 2026-09-20T10:00:00Z as the evidence dates it; 3 days overdue as of 2026-09-30.");
        JsonNode remediation = risk.path("remediations").path(0);
        assertThat(remediation.path("lifecycle").asText()).isEqualTo("recommendation");
        JsonNode milestone = remediation.path("tasks").path(0);
        assertThat(milestone.path("type").asText()).isEqualTo("milestone");
        assertThat(milestone.path("title").asText()).isEqualTo("Due 2026-09-27");
        assertThat(milestone.path("timing").path("on-date").path("date").asText()).isEqualTo("2026-09-27T23:59:59Z");
        assertThat(risk.has("risk-log")).as("nothing but the finding itself happened to it").isFalse();
    }

    @Test
    void anAcceptedFindingIsADeviationApprovedByItsExceptionWithTheClockStopped() {
        assertThat(finding(ACCEPTED).status()).isEqualTo(FindingStatus.ACCEPTED);
        JsonNode item = item(ACCEPTED);
        assertThat(List.of(prop(item, "identity"), prop(item, "owner"), prop(item, "exception"),
                prop(item, "due-on"), prop(item, "days-overdue")))
                .containsExactly("svc-inventory-sync", "alice@example.com", "EXC-001", "2026-10-30", "0");
        assertThat(props(item, "credential")).as("judged on the identity").isEmpty();

        JsonNode risk = riskOf(item);
        assertThat(risk.path("status").asText()).isEqualTo("deviation-approved");
        assertThat(risk.path("deadline").asText()).isEqualTo("2026-10-30T23:59:59Z");
        assertThat(risk.path("statement").asText()).isEqualTo("High severity. Due 2026-10-30; first seen"
                + " 2026-09-30T23:59:59Z at this quarter's as-of instant. Accepted by exception EXC-001 until"
                + " 2026-10-30: no clock runs while it is in force.");
        JsonNode approval = risk.path("risk-log").path("entries").path(0);
        assertThat(risk.path("risk-log").path("entries").size()).isEqualTo(1);
        assertThat(approval.path("status-change").asText()).isEqualTo("deviation-approved");
        assertThat(approval.path("start").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(approval.path("end").asText()).isEqualTo("2026-10-30T23:59:59Z");
        String grace = list(poam(DOCUMENT).path("metadata").path("parties")).stream()
                .filter(p -> p.path("name").asText().equals("grace@example.com")).findFirst().orElseThrow()
                .path("uuid").asText();
        assertThat(approval.path("logged-by").path(0).path("party-uuid").asText()).isEqualTo(grace);
    }

    @Test
    void aFindingWhoseExceptionExpiredIsOpenAndSaysWhy() {
        JsonNode item = item(LAPSED);
        assertThat(prop(item, "exception")).isEqualTo("EXC-002");
        JsonNode risk = riskOf(item);
        assertThat(risk.path("status").asText()).isEqualTo("open");
        assertThat(risk.has("risk-log")).isFalse();
        assertThat(risk.path("statement").asText()).isEqualTo("High severity. Due 2026-10-29; first seen"
                + " 2026-09-29T00:00:00Z as the evidence dates it; not overdue as of 2026-09-30. No exception"
                + " accepts it: exception EXC-002 expired on 2026-09-29.");
    }

    @Test
    void aFindingOnAControlNamesTheControlAsItsSubject() {
        Finding unowned = FIXTURE.findings().stream().filter(f -> f.subject().identity().equals("control:AXS-05"))
                .findFirst().orElseThrow();
        JsonNode item = item(unowned.id());
        assertThat(List.of(prop(item, "identity"), prop(item, "subject-kind"))).containsExactly("control:AXS-05",
                "control");
        assertThat(props(item, "owner")).as("the control has no owner: that is the finding").isEmpty();
        assertThat(props(item(LEAK), "subject-kind")).as("identities are the rule").isEmpty();
    }

    @Test
    void eachItemPointsAtTheObservationOfItsControlAsTheAssessmentResultsHaveIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OscalResults.write(FIXTURE, FixtureAssessment.CATALOG, "2026-Q3", "0.1.0", out);
        JsonNode results = new ObjectMapper().readTree(out.toByteArray()).path("assessment-results");
        JsonNode result = results.path("results").path(0);
        // the same observations, parties and platform, with the same uuids: a tool can join the two documents
        assertThat(poam(DOCUMENT).path("observations")).isEqualTo(result.path("observations"));
        assertThat(poam(DOCUMENT).path("metadata").path("parties")).isEqualTo(results.path("metadata")
                .path("parties"));
        assertThat(poam(DOCUMENT).path("local-definitions")).isEqualTo(result.path("local-definitions"));
        assertThat(poam(DOCUMENT).path("back-matter")).isEqualTo(results.path("back-matter"));
        Map<String, String> observationByControl = list(result.path("observations")).stream().collect(
                Collectors.toMap(o -> prop(o, "control"), o -> o.path("uuid").asText()));
        assertThat(item(LEAK).path("related-observations").path(0).path("observation-uuid").asText())
                .isEqualTo(observationByControl.get("RVK-04"));
    }

    @Test
    void metadataIsTheAssessmentResultsMetadataUnderItsOwnTitle() {
        JsonNode metadata = poam(DOCUMENT).path("metadata");
        assertThat(metadata.path("title").asText()).isEqualTo("trustmap plan of action and milestones 2026-Q3");
        assertThat(metadata.path("last-modified").asText()).isEqualTo("2026-09-30T23:59:59Z");
        assertThat(metadata.path("version").asText()).isEqualTo("2026-Q3");
        assertThat(metadata.path("oscal-version").asText()).isEqualTo("1.1.2");
        assertThat(List.of(prop(metadata, "period"), prop(metadata, "trustmap-version")))
                .containsExactly("2026-Q3", "0.1.0");
    }

    @Test
    void everyUuidIsALowerCaseVersion5UuidAndEveryReferenceResolves() {
        JsonNode poam = poam(DOCUMENT);
        List<String> defined = new ArrayList<>();
        defined.add(poam.path("uuid").asText());
        for (String array : List.of("observations", "risks", "poam-items")) {
            list(poam.path(array)).forEach(n -> defined.add(n.path("uuid").asText()));
        }
        poam.findValues("remediations").forEach(r -> list(r).forEach(n -> {
            defined.add(n.path("uuid").asText());
            list(n.path("tasks")).forEach(t -> defined.add(t.path("uuid").asText()));
        }));
        poam.findValues("entries").forEach(e -> list(e).forEach(n -> defined.add(n.path("uuid").asText())));
        list(poam.path("metadata").path("parties")).forEach(p -> defined.add(p.path("uuid").asText()));
        list(poam.path("back-matter").path("resources")).forEach(r -> defined.add(r.path("uuid").asText()));
        defined.add(poam.path("local-definitions").path("assessment-assets").path("assessment-platforms").path(0)
                .path("uuid").asText());
        assertThat(defined).hasSizeGreaterThan(66 * 4).allMatch(u -> UUID_V5.matcher(u).matches())
                .doesNotHaveDuplicates();

        Set<String> known = new HashSet<>(defined);
        List<String> references = new ArrayList<>();
        for (String name : List.of("observation-uuid", "risk-uuid", "actor-uuid", "party-uuid")) {
            poam.findValues(name).forEach(n -> references.add(n.asText()));
        }
        assertThat(references).hasSizeGreaterThan(66 * 2).allMatch(known::contains);
    }

    @Test
    void itemsAndRisksKeepTheirUuidsFromQuarterToQuarterWhileObservationsAndTheDocumentDoNot() {
        JsonNode next = poam(read(FIXTURE, "2026-Q4-preview", "0.1.0"));
        Function<JsonNode, List<String>> uuids = array -> list(array).stream().map(n -> n.path("uuid").asText())
                .toList();
        assertThat(uuids.apply(next.path("poam-items"))).isEqualTo(uuids.apply(poam(DOCUMENT).path("poam-items")));
        assertThat(uuids.apply(next.path("risks"))).isEqualTo(uuids.apply(poam(DOCUMENT).path("risks")));
        assertThat(uuids.apply(next.path("observations"))).doesNotContainAnyElementsOf(
                uuids.apply(poam(DOCUMENT).path("observations")));
        assertThat(next.path("uuid").asText()).isNotEqualTo(poam(DOCUMENT).path("uuid").asText());
        assertThat(item(LEAK).path("uuid").asText()).isEqualTo(OscalIds.poamItem(LEAK));
        assertThat(riskOf(item(LEAK)).path("uuid").asText()).isEqualTo(OscalIds.findingRisk(LEAK));
    }

    @Test
    void sameAssessmentSameBytesAlsoAfterARoundTripThroughAssessmentJson() throws IOException {
        byte[] first = bytes(FIXTURE, "2026-Q3", "0.1.0");
        assertThat(bytes(FIXTURE, "2026-Q3", "0.1.0")).isEqualTo(first);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AssessmentJson.write(FIXTURE, json);
        Assessment reread = AssessmentJsonReader.read("assessment.json", new ByteArrayInputStream(json.toByteArray()));
        assertThat(bytes(reread, "2026-Q3", "0.1.0")).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"plan-of-action-and-milestones\": {\n    \"uuid\": \"")
                .endsWith("}\n").doesNotContain("\r").doesNotContain(DocumentParts.DRAFT_UUID);
        // the document's uuid follows its content: another version of trustmap wrote another document
        JsonNode other = poam(read(FIXTURE, "2026-Q3", "0.1.1"));
        assertThat(other.path("uuid").asText()).isNotEqualTo(poam(DOCUMENT).path("uuid").asText())
                .matches(UUID_V5);
        assertThat(poam(DOCUMENT).path("uuid").asText()).matches(UUID_V5);
    }

    @Test
    void eachRiskAndEachItemIsOneLineOfAnIndentedDocument() throws IOException {
        String text = new String(bytes(FIXTURE, "2026-Q3", "0.1.0"), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int risks = lines.indexOf("    \"risks\": [");
        int items = lines.indexOf("    \"poam-items\": [");
        assertThat(lines.subList(risks + 1, risks + 67)).allMatch(l -> l.startsWith("      {\"uuid\":\"")
                && (l.endsWith("},") || l.endsWith("}")));
        assertThat(lines.get(risks + 67)).isEqualTo("    ],");
        assertThat(items).isEqualTo(risks + 68);
        assertThat(lines.subList(items + 1, items + 67)).allMatch(l -> l.startsWith("      {\"uuid\":\""));
        assertThat(lines.get(items + 67)).isEqualTo("    ],");
        assertThat(lines.get(items + 68)).isEqualTo("    \"back-matter\": {");
        assertThat(lines).contains("  \"plan-of-action-and-milestones\": {", "    \"metadata\": {",
                "      \"oscal-version\": \"1.1.2\",");
    }

    @Test
    void theFindingsAreWalkedTwiceAndNeverHeld() throws IOException {
        FixtureAssessment.WalkedFindings findings = new FixtureAssessment.WalkedFindings(FIXTURE.findings());
        byte[] written = bytes(FixtureAssessment.withFindings(findings), "2026-Q3", "0.1.0");
        assertThat(findings.walks()).as("the risks, then the items").isEqualTo(2);
        assertThat(written).isEqualTo(bytes(FIXTURE, "2026-Q3", "0.1.0"));
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path file = Files.createTempFile("trustmap-poam-", ".json");
        try {
            Files.write(file, new byte[1_000_000]);
            OscalPoam.write(FIXTURE, FixtureAssessment.CATALOG, "2026-Q3", "0.1.0", file);
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes(FIXTURE, "2026-Q3", "0.1.0"));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aPeriodWithoutFindingsHasOneItemThatSaysSo() {
        JsonNode poam = poam(read(FixtureAssessment.withFindings(List.of()), "2026-Q3", "0.1.0"));
        assertThat(poam.has("risks")).as("OSCAL allows no empty array").isFalse();
        assertThat(poam.path("poam-items").size()).isEqualTo(1);
        JsonNode none = poam.path("poam-items").path(0);
        assertThat(none.path("title").asText()).isEqualTo("No open or accepted finding");
        assertThat(List.of(prop(none, "open-findings"), prop(none, "accepted-findings"))).containsExactly("0", "0");
        assertThat(none.path("uuid").asText()).isEqualTo(OscalIds.noFindingsItem("2026-Q3"));
    }
}
