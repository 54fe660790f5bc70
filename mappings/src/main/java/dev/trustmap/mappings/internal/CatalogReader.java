package dev.trustmap.mappings.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.model.catalog.CatalogReview;
import dev.trustmap.model.catalog.Confidence;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.IdAlias;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.catalog.MappingProvenance;
import dev.trustmap.model.catalog.Matching;
import dev.trustmap.model.catalog.NotApplicable;
import dev.trustmap.model.catalog.Realisations;
import dev.trustmap.model.catalog.Relationship;
import dev.trustmap.model.catalog.ToolCheck;
import dev.trustmap.model.catalog.WithdrawnItem;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.model.vocabulary.EvidenceKind;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns schema-valid catalog documents into model records, each stamped with the file, line and column it was
 * written at. Only called after {@link SchemaCheck} passed, so shapes and enum values can be trusted here.
 */
public final class CatalogReader {

    /** A controls file: its controls, the items it marks not applicable, and the reviews it records. */
    public record ControlsFile(List<Control> controls, List<NotApplicable> notApplicable,
            List<CatalogReview> reviews) {
    }

    /** A mappings file: mappings onto existing controls, and items marked not applicable. */
    public record MappingsFile(List<Mapping> mappings, List<NotApplicable> notApplicable) {
    }

    private CatalogReader() {
    }

    /** Reads a framework file; alias patterns that do not compile are added to {@code problems}. */
    public static Framework framework(LocatedTree tree, List<InputProblem> problems) {
        JsonNode root = tree.root();
        String id = root.path("id").asText();
        List<FrameworkItem> items = new ArrayList<>();
        JsonNode itemNodes = root.path("items");
        for (int i = 0; i < itemNodes.size(); i++) {
            items.add(item(id, itemNodes.get(i), tree, "/items/" + i));
        }
        List<WithdrawnItem> withdrawn = new ArrayList<>();
        for (JsonNode node : root.path("withdrawn")) {
            withdrawn.add(new WithdrawnItem(id, node.path("id").asText(), text(node, "legacyId"),
                    text(node, "statement"), strings(node.path("successors"))));
        }
        List<IdAlias> aliases = new ArrayList<>();
        JsonNode aliasNodes = root.path("aliases");
        for (int i = 0; i < aliasNodes.size(); i++) {
            JsonNode alias = aliasNodes.get(i);
            try {
                aliases.add(new IdAlias(Pattern.compile(alias.path("pattern").asText()), alias.path("id").asText(),
                        alias.path("guess").asBoolean(false), text(alias, "foreign"), text(alias, "note")));
            } catch (PatternSyntaxException e) {
                problems.add(new InputProblem(tree.file(), tree.where("/aliases/" + i + "/pattern"),
                        "the alias pattern is not a valid regular expression: " + e.getDescription() + ".",
                        "Write a Java regular expression matched against the upper-cased id."));
            }
        }
        return new Framework(id, root.path("name").asText(), root.path("version").asText(), text(root, "publisher"),
                text(root, "url"), text(root, "licence"), text(root, "note"), strings(root.path("countedKinds")),
                root.path("requireFullCoverage").asBoolean(false), aliases, items, withdrawn, tree.at(""));
    }

    private static FrameworkItem item(String framework, JsonNode node, LocatedTree tree, String pointer) {
        List<String> related = new ArrayList<>(strings(node.path("related")));
        Map<String, String> attributes = new LinkedHashMap<>();
        if (node.has("rank")) {
            attributes.put("rank", node.path("rank").asText());
        }
        if (node.has("publishedId")) {
            attributes.put("publishedId", node.path("publishedId").asText());
        }
        if (node.has("aiRmfSubcategory")) {
            attributes.put("aiRmfSubcategory", node.path("aiRmfSubcategory").asText());
            related.add("nist-ai-rmf-1.0:" + node.path("aiRmfSubcategory").asText());
        }
        if (node.has("risksAsPrinted")) {
            attributes.put("risksAsPrinted", node.path("risksAsPrinted").asText());
        }
        if (node.has("actorTasks")) {
            attributes.put("actorTasks", String.join("; ", strings(node.path("actorTasks"))));
        }
        for (String risk : strings(node.path("risks"))) {
            related.add(framework + ":" + risk);
        }
        return new FrameworkItem(framework, node.path("id").asText(), node.path("kind").asText(),
                text(node, "parent"), text(node, "title"), text(node, "statement"), text(node, "summary"), related,
                attributes, tree.at(pointer));
    }

    /** Reads a controls file. */
    public static ControlsFile controls(LocatedTree tree) {
        List<Control> controls = new ArrayList<>();
        JsonNode nodes = tree.root().path("controls");
        for (int i = 0; i < nodes.size(); i++) {
            controls.add(control(nodes.get(i), tree, "/controls/" + i));
        }
        List<CatalogReview> reviews = new ArrayList<>();
        for (JsonNode review : tree.root().path("provenance").path("reviews")) {
            reviews.add(new CatalogReview(text(review, "date"), text(review, "method"), text(review, "by"),
                    text(review, "scope"), text(review, "outcome")));
        }
        return new ControlsFile(controls, notApplicable(tree), reviews);
    }

    private static Control control(JsonNode node, LocatedTree tree, String pointer) {
        String id = node.path("id").asText();
        List<Mapping> mappings = new ArrayList<>();
        JsonNode mappingNodes = node.path("mappings");
        for (int i = 0; i < mappingNodes.size(); i++) {
            mappings.add(mapping(id, mappingNodes.get(i), tree, pointer + "/mappings/" + i));
        }
        Set<Lane> lanes = EnumSet.noneOf(Lane.class);
        node.path("lanes").forEach(lane -> lanes.add(Lane.fromKey(lane.asText()).orElseThrow()));
        JsonNode realisations = node.path("realisations");
        return new Control(id, Domain.valueOf(node.path("domain").asText()), node.path("title").asText(),
                node.path("objective").asText(),
                new Realisations(realisations.path("human").asText(), realisations.path("machine").asText(),
                        realisations.path("ai").asText()),
                lanes, EvidenceKind.fromKey(node.path("evidence").asText()).orElseThrow(),
                Severity.fromKey(node.path("severity").asText()).orElseThrow(), mappings, tree.at(pointer));
    }

    /** Reads a mappings file. */
    public static MappingsFile mappings(LocatedTree tree) {
        List<Mapping> mappings = new ArrayList<>();
        JsonNode nodes = tree.root().path("mappings");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            mappings.add(mapping(node.path("control").asText(), node, tree, "/mappings/" + i));
        }
        return new MappingsFile(mappings, notApplicable(tree));
    }

    private static Mapping mapping(String controlId, JsonNode node, LocatedTree tree, String pointer) {
        JsonNode provenance = node.get("provenance");
        return new Mapping(controlId, node.path("framework").asText(), node.path("item").asText(),
                Relationship.fromKey(node.path("relationship").asText()).orElseThrow(), text(node, "rationale"),
                Matching.fromKey(node.path("matching").asText()).orElse(null),
                Confidence.fromKey(node.path("confidence").asText()).orElse(null),
                provenance == null ? null : new MappingProvenance(provenance.path("method").asText(),
                        provenance.path("status").asText(), provenance.path("reviewed").asText()),
                text(node, "parentNotMapped"), tree.at(pointer));
    }

    /** Reads a tool-checks file: which controls each of one tool's checks gives evidence for. */
    public static List<ToolCheck> toolChecks(LocatedTree tree) {
        String tool = tree.root().path("tool").asText();
        List<ToolCheck> checks = new ArrayList<>();
        JsonNode nodes = tree.root().path("checks");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            checks.add(new ToolCheck(tool, node.path("check").asText(), strings(node.path("controls")),
                    node.path("rationale").asText(), tree.at("/checks/" + i)));
        }
        return checks;
    }

    private static List<NotApplicable> notApplicable(LocatedTree tree) {
        List<NotApplicable> result = new ArrayList<>();
        JsonNode nodes = tree.root().path("notApplicable");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            result.add(new NotApplicable(node.path("framework").asText(), node.path("item").asText(),
                    text(node, "reason"), tree.at("/notApplicable/" + i)));
        }
        return result;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
