package dev.trustmap.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.WithdrawnItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Compares every bundled framework, as {@link CatalogLoader} reads it, with the original source data in
 * {@code reference/frameworks/}. The sources are parsed here, independently of {@code tools/frameworks/generate.py}
 * and of the generated YAML, so a generator bug or a hand edit of the generated files shows up as a difference.
 */
class FrameworkSourceTest {

    /** Surefire runs in {@code <repo>/mappings}; the sources live in {@code <repo>/reference/frameworks}. */
    private static final Path SOURCES = Path.of("..", "reference", "frameworks");

    private static final String OSCAL = "http://csrc.nist.gov/ns/oscal/1.0";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    /** A summary sharing this many consecutive words with the published text is taken to be copied from it. */
    private static final int COPIED_WORD_RUN = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Catalog catalog;

    /** The parts of an item that a source can vouch for, so whole lists can be compared in one assertion. */
    private record Row(String id, String kind, String parent, String title, String statement) {

        static Row of(FrameworkItem item) {
            return new Row(item.id(), item.kind(), item.parent(), item.title(), item.statement());
        }
    }

    /** A withdrawn CSF item as the source and the CSF 1.1 to 2.0 crosswalk describe it. */
    private record Withdrawn(String id, String legacyId, String statement, Set<String> successors) {

        static Withdrawn of(WithdrawnItem item) {
            return new Withdrawn(item.id(), item.legacyId(), item.statement(), new TreeSet<>(item.successors()));
        }
    }

    @BeforeAll
    static void findSourcesAndLoadCatalog() {
        if (!Files.isDirectory(SOURCES)) {
            fail("framework source data not found at " + SOURCES.toAbsolutePath().normalize()
                    + "; this test expects to run in <repo>/mappings with the sources in <repo>/reference/frameworks");
        }
        catalog = CatalogLoader.bundled();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The catalog as a whole

    @Test
    void bundledCatalogHoldsTheSixFrameworksWithTheirPublishedItemCounts() {
        assertThat(catalog.frameworks()).extracting(Framework::id).containsExactly("owasp-nhi-top10-2025",
                "owasp-agentic-top10-2026", "csa-maestro", "nist-csf-2.0", "nist-ai-rmf-1.0", "nist-ai-600-1");
        assertThat(catalog.frameworks()).extracting(f -> f.countedItems().size())
                .containsExactly(10, 10, 7, 106, 72, 224);
    }

    // ---------------------------------------------------------------------------------------------------------
    // OWASP NHI Top 10 2025

    private record NhiRisk(String id, int rank, String title, String description) {
    }

    @Test
    void nhiRisksMatchTheOwaspTableAndSummariesAreOurOwnWords() {
        List<NhiRisk> published = nhiRisks();
        assertThat(published).as("rows parsed from the OWASP NHI table").hasSize(10);
        Framework nhi = framework("owasp-nhi-top10-2025");

        assertThat(rows(nhi.items())).containsExactlyElementsOf(
                published.stream().map(r -> new Row(r.id(), "risk", null, r.title(), null)).toList());
        assertThat(nhi.items()).extracting(FrameworkItem::id).containsExactly("NHI1:2025", "NHI2:2025",
                "NHI3:2025", "NHI4:2025", "NHI5:2025", "NHI6:2025", "NHI7:2025", "NHI8:2025", "NHI9:2025",
                "NHI10:2025");
        assertThat(nhi.items()).extracting(item -> item.attributes().get("rank"))
                .containsExactlyElementsOf(published.stream().map(r -> String.valueOf(r.rank())).toList());
        String descriptions = published.stream().map(NhiRisk::description).collect(Collectors.joining(" | "));
        nhi.items().forEach(item -> assertSummaryIsNotCopiedFrom(item, descriptions));
    }

    private static List<NhiRisk> nhiRisks() {
        Pattern row = Pattern.compile("^\\| \\[(NHI(\\d+):2025) ([^\\]]+)\\]\\([^)]*\\) *\\|(.*)\\|\\s*$");
        List<NhiRisk> risks = new ArrayList<>();
        for (String line : read("owasp-nhi-top10-2025_top-10-2025.md").split("\\R")) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                String description = clean(m.group(4).replaceAll("<br\\s*/?>", " "));
                risks.add(new NhiRisk(m.group(1), Integer.parseInt(m.group(2)), m.group(3).strip(), description));
            }
        }
        return risks;
    }

    // ---------------------------------------------------------------------------------------------------------
    // OWASP Top 10 for Agentic Applications 2026

    @Test
    void agenticRisksMatchTheIbmTranscriptionAndSummariesAreOurOwnWords() {
        JsonNode entries = yaml("owasp-top10-agentic-2026_ibm-ai-atlas-nexus.yaml").path("entries");
        assertThat(entries).as("entries in the ASI source").hasSize(10);
        Pattern name = Pattern.compile("^(ASI(\\d\\d)):2026 (.+)$");
        List<Row> expected = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        List<String> publishedIds = new ArrayList<>();
        StringBuilder descriptions = new StringBuilder();
        for (JsonNode entry : entries) {
            Matcher m = name.matcher(entry.path("name").asText());
            assertThat(m.matches()).as("ASI entry name '%s' has the form ASInn:2026 Title", entry.path("name"))
                    .isTrue();
            expected.add(new Row(m.group(1), "risk", null, m.group(3).strip(), null));
            ranks.add(String.valueOf(Integer.parseInt(m.group(2))));
            publishedIds.add(m.group(1) + ":2026");
            descriptions.append(clean(entry.path("description").asText())).append(" | ");
        }
        Framework asi = framework("owasp-agentic-top10-2026");

        assertThat(rows(asi.items())).containsExactlyElementsOf(expected);
        assertThat(asi.items()).extracting(FrameworkItem::id).containsExactly("ASI01", "ASI02", "ASI03", "ASI04",
                "ASI05", "ASI06", "ASI07", "ASI08", "ASI09", "ASI10");
        assertThat(asi.items()).extracting(item -> item.attributes().get("publishedId"))
                .containsExactlyElementsOf(publishedIds);
        assertThat(asi.items()).extracting(item -> item.attributes().get("rank")).containsExactlyElementsOf(ranks);
        asi.items().forEach(item -> assertSummaryIsNotCopiedFrom(item, descriptions.toString()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // CSA MAESTRO

    @Test
    void maestroLayersAndThreatsMatchTheCompiledCatalog() {
        JsonNode layers = json("compiled_small-catalogs.json").path("csa_maestro_2025").path("layers");
        assertThat(layers).as("MAESTRO layers in the source, cross-layer included").hasSize(8);
        List<Row> expected = new ArrayList<>();
        for (JsonNode layer : layers) {
            boolean crossLayer = layer.path("id").asText().equals("cross-layer");
            String layerId = crossLayer ? "XL" : layer.path("id").asText();
            expected.add(new Row(layerId, crossLayer ? "cross-layer" : "layer", null, layer.path("name").asText(),
                    null));
            for (JsonNode threat : layer.path("threats")) {
                expected.add(new Row(layerId + "." + slug(threat.asText()), "threat", layerId, threat.asText(),
                        null));
            }
        }
        Framework maestro = framework("csa-maestro");

        assertThat(rows(maestro.items())).containsExactlyElementsOf(expected);
        assertThat(maestro.countedItems()).extracting(FrameworkItem::id)
                .containsExactly("L1", "L2", "L3", "L4", "L5", "L6", "L7");
        assertThat(maestro.countedItems()).extracting(item -> item.attributes().get("rank"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(maestro.items()).filteredOn(item -> !item.kind().equals("threat"))
                .allSatisfy(item -> assertThat(item.summary()).as("summary of %s", item.id()).isNotBlank());
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    // ---------------------------------------------------------------------------------------------------------
    // NIST CSF 2.0

    /** The OSCAL catalog split the way CSF 2.0 reads it: active items, and CSF 1.1 items it withdrew. */
    private record CsfSource(List<Row> active, List<Row> withdrawn) {
    }

    @Test
    void csfItemsMatchTheOscalCatalogAndWithdrawnItemsTheCrosswalk() {
        CsfSource source = csfSource();
        Map<String, Set<String>> successors = csf11To20Crosswalk();
        Framework csf = framework("nist-csf-2.0");

        assertAll("nist-csf-2.0",
                () -> assertCsfActiveItems(csf, source.active()),
                () -> assertCsfWithdrawnItems(csf, source.withdrawn(), successors),
                () -> assertCsfPrAc4WithdrawnToPrAa5(csf));
    }

    private static void assertCsfActiveItems(Framework csf, List<Row> expected) {
        assertThat(expected).as("active function groups in the OSCAL catalog").filteredOn(r -> isKind(r, "function"))
                .hasSize(6);
        assertThat(expected).as("active categories in the OSCAL catalog").filteredOn(r -> isKind(r, "category"))
                .hasSize(22);
        assertThat(expected).as("active subcategories in the OSCAL catalog")
                .filteredOn(r -> isKind(r, "subcategory")).hasSize(106);
        assertThat(rows(csf.items())).containsExactlyElementsOf(expected);
        assertThat(csf.items()).filteredOn(item -> item.kind().equals("function")).extracting(FrameworkItem::title)
                .containsExactly("GOVERN", "IDENTIFY", "PROTECT", "DETECT", "RESPOND", "RECOVER");
    }

    private static void assertCsfWithdrawnItems(Framework csf, List<Row> withdrawnInSource,
            Map<String, Set<String>> successors) {
        assertThat(withdrawnInSource).as("withdrawn CSF 1.1 categories in the OSCAL catalog")
                .filteredOn(r -> isKind(r, "category")).hasSize(12);
        assertThat(withdrawnInSource).as("withdrawn CSF 1.1 subcategories in the OSCAL catalog")
                .filteredOn(r -> isKind(r, "subcategory")).hasSize(79);
        List<Withdrawn> expected = withdrawnInSource.stream().map(row -> {
            String legacyId = isKind(row, "subcategory") ? row.id().replaceFirst("-0*(\\d+)$", "-$1") : row.id();
            Set<String> targets = successors.getOrDefault(legacyId.toLowerCase(Locale.ROOT), Set.of());
            return new Withdrawn(row.id(), legacyId, row.statement(), new TreeSet<>(targets));
        }).toList();

        assertThat(csf.withdrawn()).extracting(Withdrawn::of).containsExactlyElementsOf(expected);
        assertThat(csf.items()).extracting(FrameworkItem::id)
                .doesNotContainAnyElementsOf(withdrawnInSource.stream().map(Row::id).toList());
        assertThat(csf.withdrawn()).allSatisfy(item -> assertThat(item.successors()).doesNotHaveDuplicates()
                .allSatisfy(s -> assertThat(catalog.item("nist-csf-2.0", s))
                        .as("successor %s of withdrawn %s is a CSF 2.0 item", s, item.id()).isPresent()));
    }

    private static void assertCsfPrAc4WithdrawnToPrAa5(Framework csf) {
        assertThat(csf.withdrawn()).filteredOn(item -> item.id().equals("PR.AC-04")).singleElement()
                .satisfies(item -> {
                    assertThat(item.legacyId()).isEqualTo("PR.AC-4");
                    assertThat(item.successors()).containsExactly("PR.AA-05");
                });
    }

    private static CsfSource csfSource() {
        Element root = xml("nist-csf-2.0_oscal-catalog.xml");
        List<Row> active = new ArrayList<>();
        List<Row> withdrawn = new ArrayList<>();
        for (Element group : oscalChildren(root, "group")) {
            String functionId = group.getAttribute("id");
            active.add(new Row(functionId, "function", null,
                    oscalChild(group, "title").getTextContent().strip().toUpperCase(Locale.ROOT),
                    statement(group, "overview")));
            for (Element category : oscalChildren(group, "control")) {
                addCsfCategory(functionId, category, active, withdrawn);
            }
        }
        return new CsfSource(active, withdrawn);
    }

    /** A category is active when at least one of its subcategories is; a subcategory when it has examples. */
    private static void addCsfCategory(String functionId, Element category, List<Row> active, List<Row> withdrawn) {
        String categoryId = category.getAttribute("id");
        List<Element> subcategories = oscalChildren(category, "control");
        boolean categoryActive = subcategories.stream().anyMatch(FrameworkSourceTest::hasExamples);
        Row categoryRow = new Row(categoryId, "category", functionId,
                clean(oscalChild(category, "title").getTextContent()), statement(category, "statement"));
        (categoryActive ? active : withdrawn).add(categoryRow);
        for (Element subcategory : subcategories) {
            Row row = new Row(subcategory.getAttribute("id"), "subcategory", categoryId, null,
                    statement(subcategory, "statement"));
            (hasExamples(subcategory) ? active : withdrawn).add(row);
        }
    }

    /** The whitespace-collapsed text of a part; null when the part is empty (withdrawn categories have none). */
    private static String statement(Element control, String partName) {
        return emptyToNull(clean(part(control, partName).getTextContent()));
    }

    private static boolean hasExamples(Element control) {
        return oscalChildren(control, "part").stream().anyMatch(p -> p.getAttribute("name").equals("example"));
    }

    /** CSF 1.1 id in lower case (as the crosswalk writes it, e.g. {@code pr.ac-4}) to its CSF 2.0 targets. */
    private static Map<String, Set<String>> csf11To20Crosswalk() {
        JsonNode mappings = yaml("crosswalk_nist-csf-1.1_to_nist-csf-2.0_ciso-assistant.yaml")
                .path("objects").path("requirement_mapping_set").path("requirement_mappings");
        assertThat(mappings).as("mappings in the CSF 1.1 to 2.0 crosswalk").isNotEmpty();
        Map<String, Set<String>> successors = new HashMap<>();
        for (JsonNode mapping : mappings) {
            String source = lastUrnSegment(mapping.path("source_requirement_urn").asText());
            String target = lastUrnSegment(mapping.path("target_requirement_urn").asText());
            successors.computeIfAbsent(source.toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                    .add(target.toUpperCase(Locale.ROOT));
        }
        return successors;
    }

    private static String lastUrnSegment(String urn) {
        return urn.substring(urn.lastIndexOf(':') + 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // NIST AI RMF 1.0

    @Test
    void aiRmfFunctionsCategoriesAndSubcategoriesMatchTheCisoAssistantLibrary() {
        List<Row> expected = aiRmfSource();
        assertThat(expected).filteredOn(r -> isKind(r, "function")).as("functions in the source").hasSize(4);
        assertThat(expected).filteredOn(r -> isKind(r, "category")).as("categories in the source").hasSize(19);
        assertThat(expected).filteredOn(r -> isKind(r, "subcategory")).as("subcategories in the source")
                .hasSize(72);

        assertThat(rows(framework("nist-ai-rmf-1.0").items())).containsExactlyElementsOf(expected);
        assertThat(framework("nist-ai-rmf-1.0").items()).filteredOn(item -> item.id().equals("MAP 1.1"))
                .singleElement().satisfies(item -> assertThat(item.statement()).contains("context-specific laws"));
    }

    /** Nodes with a ref_id, in source order; preamble nodes carry none and are not items. */
    private static List<Row> aiRmfSource() {
        JsonNode nodes = yaml("nist-ai-rmf-1.0_ciso-assistant.yaml").path("objects").path("framework")
                .path("requirement_nodes");
        Map<String, String> refIdByUrn = new HashMap<>();
        nodes.forEach(node -> refIdByUrn.put(node.path("urn").asText(), node.path("ref_id").asText(null)));
        List<Row> rows = new ArrayList<>();
        for (JsonNode node : nodes) {
            String refId = node.path("ref_id").asText("");
            if (refId.isBlank()) {
                continue;
            }
            String kind = switch (node.path("depth").asInt()) {
                case 1 -> "function";
                case 2 -> "category";
                case 3 -> "subcategory";
                default -> throw new AssertionError("unexpected depth of AI RMF node " + refId);
            };
            String statement = clean(node.path("description").asText());
            for (JsonNode correction : corrections().path("aiRmfStatements")) {
                if (correction.path("id").asText().equals(refId)) {
                    String transcribed = correction.path("transcribed").asText();
                    assertThat(statement).as("transcribed text of %s that nist_corrections.yaml corrects", refId)
                            .contains(transcribed);
                    statement = statement.replace(transcribed, correction.path("published").asText());
                }
            }
            rows.add(new Row(refId, kind, refIdByUrn.get(node.path("parent_urn").asText()),
                    kind.equals("function") ? refId : null, emptyToNull(statement)));
        }
        return rows;
    }

    // ---------------------------------------------------------------------------------------------------------
    // NIST AI 600-1

    /** A suggested action with the links the sources give it. */
    private record Action(String id, String statement, String aiRmfSubcategory, Set<String> related,
            String actorTasks) {
    }

    private static final Map<String, String> AI_RMF_FUNCTIONS =
            Map.of("GV", "GOVERN", "MP", "MAP", "MS", "MEASURE", "MG", "MANAGE");

    @Test
    void ai600RisksMatchTheIbmTranscriptionAndSuggestedActionsNistsPdf() {
        JsonNode risks = yaml("nist-ai-600-1_risks_ibm-ai-atlas-nexus.yaml").path("entries");
        JsonNode ibmActions = yaml("nist-ai-600-1_suggested-actions_ibm-ai-atlas-nexus.yaml").path("actions");
        JsonNode printed = yaml("nist-ai-600-1_suggested-actions_nist-pdf.yaml").path("subcategories");
        assertThat(risks).as("GAI risks in the source").hasSize(12);
        assertThat(ibmActions).as("suggested actions in the transcription").hasSize(212);
        List<String> ibmIds = new ArrayList<>();
        ibmActions.forEach(action -> ibmIds.add(action.path("id").asText()));
        Framework profile = framework("nist-ai-600-1");

        assertAll("nist-ai-600-1",
                () -> assertAi600Risks(profile, risks),
                () -> assertAi600Actions(profile, expectedActions(risks, printed)),
                () -> assertThat(profile.items()).filteredOn(item -> item.kind().equals("action"))
                        .extracting(FrameworkItem::id).as("the actions of the PDF are the transcription's, in order")
                        .containsExactlyElementsOf(ibmIds),
                () -> assertThat(profile.items()).as("all items: the 12 risks and 212 actions, nothing else")
                        .hasSize(224));
    }

    @Test
    void ai600StatementsAreNistsWhereTheTranscriptionWasDamaged() {
        Map<String, FrameworkItem> actions = framework("nist-ai-600-1").items().stream()
                .filter(item -> item.kind().equals("action"))
                .collect(Collectors.toMap(FrameworkItem::id, item -> item));
        assertThat(actions.get("MS-2.7-009").statement())
                .isEqualTo("Regularly assess and verify that security measures remain effective and have not been"
                        + " compromised.");
        assertThat(actions.get("GV-1.7-002").statement()).endsWith("Users’ emotional entanglement with GAI functions.");
        assertThat(actions.get("MG-2.4-001").statement()).doesNotEndWith("Human-").contains("including reasons,");
        assertThat(actions.get("MS-2.5-003").statement()).contains("pre-deployment risk measurement");
        assertThat(actions.values()).as("actions tagged Harmful Bias and Homogenization in NIST's table")
                .filteredOn(item -> item.related().contains("nist-ai-600-1:harmful-bias-and-homogenization"))
                .hasSize(57);
        assertThat(actions.values()).as("actions tagged Environmental Impacts in NIST's table")
                .filteredOn(item -> item.related().contains("nist-ai-600-1:environmental-impacts"))
                .extracting(FrameworkItem::id).containsExactlyInAnyOrder("MS-2.11-003", "MS-2.12-002", "MS-2.12-003",
                        "MS-2.12-004");
        assertThat(actions.values()).as("every action has at least one GAI risk")
                .allSatisfy(item -> assertThat(item.related()).hasSizeGreaterThan(1));
    }

    private static void assertAi600Risks(Framework profile, JsonNode risks) {
        List<Row> expected = new ArrayList<>();
        for (JsonNode risk : risks) {
            expected.add(new Row(risk600Id(risk.path("id").asText()), "risk", null, risk.path("name").asText(),
                    emptyToNull(clean(risk.path("description").asText()))));
        }
        List<FrameworkItem> loaded = profile.items().stream().filter(item -> item.kind().equals("risk")).toList();
        assertThat(rows(loaded)).containsExactlyElementsOf(expected);
        assertThat(loaded).extracting(item -> item.attributes().get("rank"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    }

    private static void assertAi600Actions(Framework profile, List<Action> expected) {
        List<FrameworkItem> loaded = profile.items().stream().filter(item -> item.kind().equals("action")).toList();
        assertThat(loaded).extracting(item -> new Action(item.id(), item.statement(),
                item.attributes().get("aiRmfSubcategory"), new TreeSet<>(item.related()),
                item.attributes().get("actorTasks"))).containsExactlyElementsOf(expected);
        assertThat(loaded).allSatisfy(item -> {
            assertThat(item.title()).as("title of action %s", item.id()).isNull();
            String subcategory = item.attributes().get("aiRmfSubcategory");
            assertThat(catalog.item("nist-ai-rmf-1.0", subcategory))
                    .as("AI RMF subcategory '%s' named by action %s", subcategory, item.id())
                    .hasValueSatisfying(sub -> assertThat(sub.kind()).isEqualTo("subcategory"));
        });
    }

    /**
     * Each action as NIST's table prints it: its AI RMF subcategory is the one its id names (GV-1.1-001 is GOVERN
     * 1.1) and the one it is printed under; its risks are the GAI Risks cell, read through the names recorded in
     * {@code nist_corrections.yaml}; its AI Actor Tasks are those of its table.
     */
    private static List<Action> expectedActions(JsonNode risks, JsonNode printed) {
        Map<String, String> riskIds = new HashMap<>();
        risks.forEach(risk -> riskIds.put(risk.path("name").asText(), risk600Id(risk.path("id").asText())));
        JsonNode corrections = corrections();
        corrections.path("ai600RiskNames").fields()
                .forEachRemaining(e -> riskIds.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        Pattern actionId = Pattern.compile("^(GV|MP|MS|MG)-(\\d\\.\\d+)-\\d{3}$");
        List<Action> expected = new ArrayList<>();
        for (JsonNode subcategory : printed) {
            for (JsonNode action : subcategory.path("actions")) {
                String id = action.path("id").asText();
                Matcher m = actionId.matcher(id);
                assertThat(m.matches()).as("action id '%s' names an AI RMF subcategory", id).isTrue();
                String named = AI_RMF_FUNCTIONS.get(m.group(1)) + " " + m.group(2);
                assertThat(named).as("subcategory %s is printed under", id)
                        .isEqualTo(subcategory.path("id").asText());
                Set<String> related = new TreeSet<>();
                related.add("nist-ai-rmf-1.0:" + named);
                for (JsonNode cell : action.path("risks")) {
                    JsonNode split = corrections.path("ai600RiskCells").path(cell.asText());
                    List<String> names = new ArrayList<>();
                    if (split.isMissingNode()) {
                        names.add(cell.asText());
                    } else {
                        split.forEach(name -> names.add(name.asText()));
                    }
                    for (String name : names) {
                        assertThat(riskIds).as("GAI risk '%s' of %s is known", name, id).containsKey(name);
                        if (riskIds.get(name) != null) {
                            related.add("nist-ai-600-1:" + riskIds.get(name));
                        }
                    }
                }
                String tasks = String.join("; ", subcategory.path("actorTasks").asText().split(", "));
                expected.add(new Action(id, action.path("statement").asText(), named, related, tasks));
            }
        }
        return expected;
    }

    private static JsonNode corrections() {
        return yaml("nist_corrections.yaml");
    }

    /** trustmap's risk id is IBM's without its {@code nist-} prefix. */
    private static String risk600Id(String ibmId) {
        assertThat(ibmId).as("IBM risk id").startsWith("nist-");
        return ibmId.substring("nist-".length());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Shared helpers

    private static Framework framework(String id) {
        return catalog.framework(id)
                .orElseThrow(() -> new AssertionError("framework '" + id + "' is not in the bundled catalog"));
    }

    private static List<Row> rows(List<FrameworkItem> items) {
        return items.stream().map(Row::of).toList();
    }

    private static boolean isKind(Row row, String kind) {
        return row.kind().equals(kind);
    }

    /** OWASP text is not ours to copy: a summary must exist and share no phrase of six words or more with it. */
    private static void assertSummaryIsNotCopiedFrom(FrameworkItem item, String publishedText) {
        assertThat(item.summary()).as("summary of %s", item.id()).isNotBlank();
        assertThat(clean(publishedText).toLowerCase(Locale.ROOT))
                .as("published text must not contain the summary of %s", item.id())
                .doesNotContain(clean(item.summary()).toLowerCase(Locale.ROOT));
        assertThat(longestSharedWordRun(item.summary(), publishedText))
                .as("longest run of words the summary of %s shares with the published text", item.id())
                .isLessThan(COPIED_WORD_RUN);
        assertThat(item.statement()).as("statement of %s (OWASP text is not ours to copy)", item.id()).isNull();
    }

    /** The length of the longest run of consecutive words (case-insensitive, punctuation ignored) in both texts. */
    private static int longestSharedWordRun(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        int longest = 0;
        int[] previous = new int[y.size() + 1];
        for (String word : x) {
            int[] current = new int[y.size() + 1];
            for (int j = 0; j < y.size(); j++) {
                if (word.equals(y.get(j))) {
                    current[j + 1] = previous[j] + 1;
                    longest = Math.max(longest, current[j + 1]);
                }
            }
            previous = current;
        }
        return longest;
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
    }

    /** Collapses every run of whitespace (line breaks and indentation from XML, YAML or PDF) to one space. */
    private static String clean(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String read(String file) {
        try {
            return Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source " + SOURCES.resolve(file), e);
        }
    }

    private static JsonNode yaml(String file) {
        try {
            return YAML.readTree(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse YAML source " + file, e);
        }
    }

    private static JsonNode json(String file) {
        try {
            return JSON.readTree(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse JSON source " + file, e);
        }
    }

    private static Element xml(String file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(SOURCES.resolve(file).toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("cannot parse XML source " + file, e);
        }
    }

    /** Direct OSCAL children of an element with the given local name, in document order. */
    private static List<Element> oscalChildren(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && OSCAL.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element oscalChild(Element parent, String localName) {
        List<Element> children = oscalChildren(parent, localName);
        assertThat(children).as("<%s> of %s", localName, parent.getAttribute("id")).isNotEmpty();
        return children.get(0);
    }

    /** The direct {@code <part name="...">} of a group or control; fails if the source has none. */
    private static Element part(Element parent, String name) {
        return oscalChildren(parent, "part").stream().filter(p -> p.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no <part name=\"" + name + "\"> in " + parent.getAttribute("id")));
    }
}
