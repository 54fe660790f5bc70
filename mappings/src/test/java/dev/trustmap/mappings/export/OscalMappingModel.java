package dev.trustmap.mappings.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the OSCAL 1.2.1 mapping model that an exported {@code mapping-collection} must meet, restated in
 * trustmap's own code from the model NIST publishes (its mapping metaschema and the JSON schema of release 1.2.1).
 * NIST's schema file itself cannot be bundled with trustmap, so this is what the export test checks instead. It is
 * not a general OSCAL validator: it covers the levels the export writes, and says so where it stops.
 *
 * <p>What it checks, each finding as "JSON pointer: message":
 * <ul>
 * <li>the properties each level requires, and that no level carries a property the model does not define there
 * (the schema's {@code additionalProperties: false}): the document, {@code mapping-collection}, {@code metadata},
 * {@code provenance}, each {@code mapping}, its {@code source-resource} and {@code target-resource}, each
 * {@code map}, its {@code sources}, {@code targets} and {@code qualifiers}, {@code confidence-score},
 * {@code coverage}, {@code back-matter} and its resources and {@code rlinks}, and every {@code props} and
 * {@code links} entry on those;</li>
 * <li>the model's vocabularies: {@code method} (human, automation, hybrid), {@code matching-rationale} (syntactic,
 * semantic, functional), {@code status} (complete, not-complete, draft, deprecated, superseded) wherever they
 * occur; a map's {@code relationship} in OSCAL's namespace (equivalent-to, equal-to, subset-of, superset-of,
 * intersects-with, no-relationship; under another {@code ns} any token); a mapping item's {@code type} (control,
 * statement); a resource reference's {@code type} (catalog, profile); a qualifier's subject, predicate and
 * category;</li>
 * <li>the confidence category: the model names unspecified, high, medium and low and lets other strings through;
 * trustmap accepts only those four, so that a misspelt category is caught. A confidence score holds a category or a
 * percentage, not both; percentages and coverage are decimals from 0 to 1;</li>
 * <li>the data types: a UUID is RFC 4122 text of version 4 or 5 with the RFC's variant, as OSCAL requires; a
 * date-time has a time zone ({@code Z} or an offset) and is a real date and time; a token starts with a letter or
 * {@code _} and goes on with letters, digits, {@code .}, {@code -} or {@code _}; a string is one line, not empty,
 * with no space at either end; a markup line is one non-empty line; a URI is absolute; a URI reference parses;</li>
 * <li>arrays hold at least one item, as everywhere in OSCAL JSON; {@code mappings} may also be one object;</li>
 * <li>a resource reference whose {@code href} is a bare fragment names a {@code back-matter} resource by its UUID,
 * as the model's remarks on {@code href} say it does.</li>
 * </ul>
 *
 * <p>Where it stops: the metadata's revisions, document ids, roles, locations, parties, responsible parties and
 * actions, the provenance's responsible parties, a mapping's gap summaries, and a resource's citation, base64,
 * document ids and hashes are allowed, but only their shape (an array with items, or an object) is checked, not what
 * they hold (the export writes none of them). The year and offset ranges of OSCAL's date-time pattern are not restated.
 */
final class OscalMappingModel {

    /** The namespace whose relationship names the model defines. */
    static final String OSCAL_NS = "http://csrc.nist.gov/ns/oscal";

    static final List<String> METHODS = List.of("human", "automation", "hybrid");
    static final List<String> MATCHING_RATIONALES = List.of("syntactic", "semantic", "functional");
    static final List<String> STATUSES = List.of("complete", "not-complete", "draft", "deprecated", "superseded");
    static final List<String> RELATIONSHIPS = List.of("equivalent-to", "equal-to", "subset-of", "superset-of",
            "intersects-with", "no-relationship");
    static final List<String> CONFIDENCE_CATEGORIES = List.of("unspecified", "high", "medium", "low");
    static final List<String> ITEM_TYPES = List.of("control", "statement");
    static final List<String> RESOURCE_TYPES = List.of("catalog", "profile");

    private static final Pattern UUID_V4_OR_V5 =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-[45]\\p{XDigit}{3}-[89abAB]\\p{XDigit}{3}-\\p{XDigit}{12}");
    private static final Pattern DATE_TIME_WITH_ZONE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");

    /** A rule for a value found at a JSON pointer. */
    @FunctionalInterface
    private interface Rule {
        void check(JsonNode value, String at);
    }

    private final List<String> found = new ArrayList<>();
    private final Set<String> resources = new HashSet<>();

    private OscalMappingModel() {
    }

    /** Every finding, as "JSON pointer: message", sorted; empty when the document meets every rule above. */
    static List<String> violations(JsonNode document) {
        OscalMappingModel model = new OscalMappingModel();
        model.document(document);
        return model.found.stream().sorted().toList();
    }

    // ---- the levels of the model

    private void document(JsonNode node) {
        if (!object(node, "", List.of("mapping-collection"), List.of("$schema"))) {
            return;
        }
        optional(node, "", "$schema", this::uriReference);
        optional(node, "", "mapping-collection", this::collection);
    }

    private void collection(JsonNode node, String at) {
        if (!object(node, at, List.of("uuid", "metadata", "provenance", "mappings"), List.of("back-matter"))) {
            return;
        }
        JsonNode backMatter = node.path("back-matter");
        backMatter.path("resources").forEach(r -> resources.add(r.path("uuid").asText()));
        optional(node, at, "uuid", this::uuid);
        optional(node, at, "metadata", this::metadata);
        optional(node, at, "provenance", this::provenance);
        optional(node, at, "mappings", (mappings, here) -> {
            if (mappings.isObject()) {
                mapping(mappings, here);
            } else {
                array(mappings, here, this::mapping);
            }
        });
        optional(node, at, "back-matter", this::backMatter);
    }

    private void metadata(JsonNode node, String at) {
        if (!object(node, at, List.of("title", "last-modified", "version", "oscal-version"),
                List.of("published", "revisions", "document-ids", "props", "links", "roles", "locations", "parties",
                        "responsible-parties", "actions", "remarks"))) {
            return;
        }
        optional(node, at, "title", this::markupLine);
        optional(node, at, "published", this::dateTime);
        optional(node, at, "last-modified", this::dateTime);
        optional(node, at, "version", this::string);
        optional(node, at, "oscal-version", this::string);
        for (String notLookedInto : List.of("revisions", "document-ids", "roles", "locations", "parties",
                "responsible-parties", "actions")) {
            optional(node, at, notLookedInto, (value, here) -> array(value, here, (item, there) -> { }));
        }
        propsAndLinks(node, at);
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void provenance(JsonNode node, String at) {
        if (!object(node, at, List.of("method", "matching-rationale", "status", "mapping-description"),
                List.of("confidence-score", "coverage", "responsible-parties", "props", "links", "remarks"))) {
            return;
        }
        optional(node, at, "method", oneOf(METHODS));
        optional(node, at, "matching-rationale", oneOf(MATCHING_RATIONALES));
        optional(node, at, "status", oneOf(STATUSES));
        optional(node, at, "mapping-description", this::markupMultiline);
        optional(node, at, "confidence-score", this::confidenceScore);
        optional(node, at, "coverage", this::coverage);
        optional(node, at, "responsible-parties", (value, here) -> array(value, here, (item, there) -> { }));
        propsAndLinks(node, at);
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void mapping(JsonNode node, String at) {
        if (!object(node, at, List.of("uuid", "source-resource", "target-resource", "maps"),
                List.of("method", "matching-rationale", "status", "props", "links", "remarks", "mapping-description",
                        "source-gap-summary", "target-gap-summary", "confidence-score", "coverage"))) {
            return;
        }
        optional(node, at, "uuid", this::uuid);
        optional(node, at, "method", oneOf(METHODS));
        optional(node, at, "matching-rationale", oneOf(MATCHING_RATIONALES));
        optional(node, at, "status", oneOf(STATUSES));
        optional(node, at, "source-resource", this::resourceReference);
        optional(node, at, "target-resource", this::resourceReference);
        optional(node, at, "maps", (maps, here) -> array(maps, here, this::map));
        optional(node, at, "mapping-description", this::markupMultiline);
        for (String gaps : List.of("source-gap-summary", "target-gap-summary")) {
            optional(node, at, gaps, (value, here) -> object(value, here, List.of(), null));
        }
        optional(node, at, "confidence-score", this::confidenceScore);
        optional(node, at, "coverage", this::coverage);
        propsAndLinks(node, at);
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void resourceReference(JsonNode node, String at) {
        if (!object(node, at, List.of("type", "href"), List.of("ns", "props", "links", "remarks"))) {
            return;
        }
        optional(node, at, "ns", this::uri);
        optional(node, at, "type", oneOf(RESOURCE_TYPES));
        optional(node, at, "href", (href, here) -> {
            uriReference(href, here);
            String text = href.asText();
            if (href.isTextual() && text.startsWith("#") && !resources.contains(text.substring(1))) {
                report(here, "'" + text + "' names no back-matter resource");
            }
        });
        propsAndLinks(node, at);
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void map(JsonNode node, String at) {
        if (!object(node, at, List.of("uuid", "relationship", "sources", "targets"),
                List.of("ns", "matching-rationale", "qualifiers", "confidence-score", "coverage", "props", "links",
                        "remarks"))) {
            return;
        }
        optional(node, at, "uuid", this::uuid);
        optional(node, at, "ns", this::uri);
        optional(node, at, "matching-rationale", oneOf(MATCHING_RATIONALES));
        boolean oscalNamespace = !node.has("ns") || OSCAL_NS.equals(node.path("ns").asText());
        optional(node, at, "relationship", oscalNamespace ? oneOf(RELATIONSHIPS) : this::token);
        optional(node, at, "sources", (items, here) -> array(items, here, this::mappingItem));
        optional(node, at, "targets", (items, here) -> array(items, here, this::mappingItem));
        optional(node, at, "qualifiers", (items, here) -> array(items, here, this::qualifier));
        optional(node, at, "confidence-score", this::confidenceScore);
        optional(node, at, "coverage", this::coverage);
        propsAndLinks(node, at);
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void mappingItem(JsonNode node, String at) {
        if (!object(node, at, List.of("type", "id-ref"), List.of("props", "links", "remarks"))) {
            return;
        }
        optional(node, at, "type", oneOf(ITEM_TYPES));
        optional(node, at, "id-ref", this::string);
        propsAndLinks(node, at);
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void qualifier(JsonNode node, String at) {
        if (!object(node, at, List.of("subject", "predicate", "category", "description"), List.of("remarks"))) {
            return;
        }
        optional(node, at, "subject", oneOf(List.of("source", "target", "both")));
        optional(node, at, "predicate", oneOf(List.of("has-requirement", "has-incompatibility")));
        optional(node, at, "category", oneOf(List.of("restricted", "addressable", "blocked")));
        optional(node, at, "description", this::markupMultiline);
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void confidenceScore(JsonNode node, String at) {
        if (!object(node, at, List.of(), List.of("category", "percentage"))) {
            return;
        }
        if (node.has("category") && node.has("percentage")) {
            report(at, "a confidence score is a category or a percentage, not both");
        }
        optional(node, at, "category", oneOf(CONFIDENCE_CATEGORIES));
        optional(node, at, "percentage", this::fraction);
    }

    private void coverage(JsonNode node, String at) {
        if (!object(node, at, List.of("target-coverage"), List.of("generation-method"))) {
            return;
        }
        optional(node, at, "target-coverage", this::fraction);
        optional(node, at, "generation-method", this::string);
    }

    private void backMatter(JsonNode node, String at) {
        if (!object(node, at, List.of(), List.of("resources"))) {
            return;
        }
        optional(node, at, "resources", (items, here) -> array(items, here, this::resource));
    }

    private void resource(JsonNode node, String at) {
        if (!object(node, at, List.of("uuid"), List.of("title", "description", "props", "document-ids", "citation",
                "rlinks", "base64", "remarks"))) {
            return;
        }
        optional(node, at, "uuid", this::uuid);
        optional(node, at, "title", this::markupLine);
        optional(node, at, "description", this::markupMultiline);
        optional(node, at, "props", (items, here) -> array(items, here, this::property));
        optional(node, at, "document-ids", (items, here) -> array(items, here, (item, there) -> { }));
        optional(node, at, "citation", (value, here) -> object(value, here, List.of("text"), null));
        optional(node, at, "base64", (value, here) -> object(value, here, List.of("value"), null));
        optional(node, at, "rlinks", (items, here) -> array(items, here, (rlink, there) -> {
            if (object(rlink, there, List.of("href"), List.of("media-type", "hashes"))) {
                optional(rlink, there, "href", this::uriReference);
                optional(rlink, there, "media-type", this::string);
                optional(rlink, there, "hashes", (hashes, where) -> array(hashes, where, (hash, w) -> { }));
            }
        }));
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void propsAndLinks(JsonNode node, String at) {
        optional(node, at, "props", (items, here) -> array(items, here, this::property));
        optional(node, at, "links", (items, here) -> array(items, here, this::link));
    }

    private void property(JsonNode node, String at) {
        if (!object(node, at, List.of("name", "value"), List.of("uuid", "ns", "class", "group", "remarks"))) {
            return;
        }
        optional(node, at, "name", this::token);
        optional(node, at, "value", this::string);
        optional(node, at, "uuid", this::uuid);
        optional(node, at, "ns", this::uri);
        optional(node, at, "class", this::token);
        optional(node, at, "group", this::token);
        optional(node, at, "remarks", this::markupMultiline);
    }

    private void link(JsonNode node, String at) {
        if (!object(node, at, List.of("href"), List.of("rel", "media-type", "resource-fragment", "text"))) {
            return;
        }
        optional(node, at, "href", this::uriReference);
        optional(node, at, "rel", this::token);
        optional(node, at, "media-type", this::string);
        optional(node, at, "resource-fragment", this::string);
        optional(node, at, "text", this::markupLine);
    }

    // ---- shapes

    /**
     * An object with the properties it requires and no others than these and {@code optional}; {@code optional} null
     * when what else it may hold is not looked into. False when the node is no object, so nothing below it is checked.
     */
    private boolean object(JsonNode node, String at, List<String> required, List<String> optional) {
        if (!node.isObject()) {
            report(at, "expected an object, found " + kind(node));
            return false;
        }
        for (String name : required) {
            if (!node.has(name)) {
                report(at, "required property '" + name + "' is missing");
            }
        }
        if (optional != null) {
            node.fieldNames().forEachRemaining(name -> {
                if (!required.contains(name) && !optional.contains(name)) {
                    report(child(at, name), "the model has no property '" + name + "' here");
                }
            });
        }
        return true;
    }

    private void array(JsonNode node, String at, Rule each) {
        if (!node.isArray()) {
            report(at, "expected an array, found " + kind(node));
        } else if (node.isEmpty()) {
            report(at, "an empty array; OSCAL JSON leaves the property out instead");
        } else {
            for (int i = 0; i < node.size(); i++) {
                each.check(node.get(i), at + "/" + i);
            }
        }
    }

    private void optional(JsonNode node, String at, String name, Rule rule) {
        JsonNode value = node.get(name);
        if (value != null) {
            rule.check(value, child(at, name));
        }
    }

    // ---- data types

    private Rule oneOf(List<String> allowed) {
        return (node, at) -> {
            if (text(node, at) != null && !allowed.contains(node.asText())) {
                report(at, "'" + node.asText() + "' is not one of " + String.join(", ", allowed));
            }
        };
    }

    private void uuid(JsonNode node, String at) {
        String text = text(node, at);
        if (text != null && !UUID_V4_OR_V5.matcher(text).matches()) {
            report(at, "'" + text + "' is not an RFC 4122 UUID of version 4 or 5");
        }
    }

    private void dateTime(JsonNode node, String at) {
        String text = text(node, at);
        if (text == null) {
            return;
        }
        boolean valid = DATE_TIME_WITH_ZONE.matcher(text).matches();
        if (valid) {
            try {
                OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                valid = false;
            }
        }
        if (!valid) {
            report(at, "'" + text + "' is not a date-time with a time zone (such as 2026-12-07T00:00:00Z)");
        }
    }

    private void token(JsonNode node, String at) {
        String text = text(node, at);
        if (text != null && !TOKEN.matcher(text).matches()) {
            report(at, "'" + text + "' is not a token (a letter or '_', then letters, digits, '.', '-' or '_')");
        }
    }

    private void string(JsonNode node, String at) {
        String text = text(node, at);
        if (text != null && (text.isEmpty() || text.contains("\n") || text.contains("\r")
                || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            report(at, "'" + text + "' is not an OSCAL string (one line, not empty, no space at either end)");
        }
    }

    private void markupLine(JsonNode node, String at) {
        String text = text(node, at);
        if (text != null && (text.isEmpty() || text.contains("\n"))) {
            report(at, "a markup line is one line and not empty");
        }
    }

    private void markupMultiline(JsonNode node, String at) {
        text(node, at);
    }

    private void uri(JsonNode node, String at) {
        String text = text(node, at);
        URI uri = text == null ? null : parse(text);
        if (text != null && (uri == null || !uri.isAbsolute())) {
            report(at, "'" + text + "' is not an absolute URI");
        }
    }

    private void uriReference(JsonNode node, String at) {
        String text = text(node, at);
        if (text != null && parse(text) == null) {
            report(at, "'" + text + "' is not a URI reference");
        }
    }

    private void fraction(JsonNode node, String at) {
        if (!node.isNumber()) {
            report(at, "expected a decimal, found " + kind(node));
        } else if (node.decimalValue().signum() < 0 || node.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            report(at, node.asText() + " is not a decimal from 0 to 1");
        }
    }

    // ---- helpers

    /** The node's text, or null (and a finding) when it is not a string. */
    private String text(JsonNode node, String at) {
        if (!node.isTextual()) {
            report(at, "expected a string, found " + kind(node));
            return null;
        }
        return node.asText();
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** The JSON pointer (RFC 6901) of a property below {@code at}. */
    private static String child(String at, String name) {
        return at + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private void report(String at, String message) {
        found.add((at.isEmpty() ? "(document)" : at) + ": " + message);
    }
}
