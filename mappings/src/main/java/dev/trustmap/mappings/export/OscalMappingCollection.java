package dev.trustmap.mappings.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.CatalogReview;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.catalog.Relationship;
import dev.trustmap.model.text.NameBasedUuid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The catalog's mappings as an OSCAL 1.2 {@code mapping-collection}: one mapping per framework, from the trustmap
 * controls to the framework's items, each map with its NIST IR 8477 relationship (OSCAL's tokens: {@code equal}
 * becomes {@code equal-to}), matching rationale, confidence category, and rationale as remarks. A map's provenance
 * (method, status, day reviewed) goes in properties of trustmap's namespace, since OSCAL keeps provenance per
 * mapping, not per map. Every UUID is name-based and the date is that of the last review, so the same catalog gives
 * the same bytes.
 */
public final class OscalMappingCollection {

    /** The OSCAL version whose mapping model this document follows. */
    public static final String OSCAL_VERSION = "1.2.1";
    /** The namespace of trustmap's own properties. */
    public static final String NS = "https://trustmap.dev/ns/oscal";

    private static final UUID NAMESPACE = UUID.fromString("5b0a6c0e-8a34-5f0b-9d57-6c7a3e2f4b11");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OscalMappingCollection() {
    }

    /** The document, its root key {@code mapping-collection}. */
    public static ObjectNode of(Catalog catalog) {
        List<Mapping> all = catalog.controls().stream().flatMap(c -> c.mappings().stream()).toList();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode collection = root.putObject("mapping-collection");
        collection.put("uuid", uuid("mapping-collection"));
        ObjectNode metadata = collection.putObject("metadata");
        metadata.put("title", "trustmap control catalog " + catalog.version() + ": its controls mapped onto "
                + catalog.frameworks().size() + " frameworks");
        metadata.put("last-modified", lastReviewed(catalog, all) + "T00:00:00Z");
        metadata.put("version", catalog.version());
        metadata.put("oscal-version", OSCAL_VERSION);
        prop(metadata.putArray("props"), "catalog-sha256", catalog.digest());
        ObjectNode provenance = collection.putObject("provenance");
        provenance.put("method", method(all));
        provenance.put("matching-rationale", "semantic");
        provenance.put("status", status(all));
        provenance.put("mapping-description", "Each trustmap control mapped onto the items of one framework with a"
                + " NIST IR 8477 set-theory relationship, read as 'control relationship item'. Each map states its"
                + " own matching rationale: semantic against an outcome or action, functional against a risk or"
                + " threat the control reduces.");
        String reviews = reviews(catalog);
        if (!reviews.isEmpty()) {
            provenance.put("remarks", reviews);
        }
        ArrayNode mappings = collection.putArray("mappings");
        ArrayNode resources = JSON.createArrayNode();
        ObjectNode controls = resources.addObject();
        controls.put("uuid", uuid("resource:trustmap"));
        controls.put("title", "trustmap control catalog " + catalog.version());
        prop(controls.putArray("props"), "catalog-sha256", catalog.digest());
        for (Framework framework : catalog.frameworks()) {
            List<Mapping> onto = all.stream().filter(m -> m.framework().equals(framework.id())).toList();
            if (onto.isEmpty()) {
                continue;
            }
            ObjectNode resource = resources.addObject();
            resource.put("uuid", uuid("resource:" + framework.id()));
            resource.put("title", framework.name() + " " + framework.version());
            if (framework.url() != null) {
                resource.putArray("rlinks").addObject().put("href", framework.url());
            }
            mappings.add(mapping(framework, onto, controls.path("uuid").asText(), resource.path("uuid").asText()));
        }
        collection.putObject("back-matter").set("resources", resources);
        return root;
    }

    private static ObjectNode mapping(Framework framework, List<Mapping> onto, String source, String target) {
        ObjectNode mapping = JSON.createObjectNode();
        mapping.put("uuid", uuid("mapping:" + framework.id()));
        mapping.put("method", method(onto));
        mapping.put("status", status(onto));
        ObjectNode from = mapping.putObject("source-resource");
        from.put("type", "catalog");
        from.put("href", "#" + source);
        ObjectNode to = mapping.putObject("target-resource");
        to.put("type", "catalog");
        to.put("href", "#" + target);
        ArrayNode maps = mapping.putArray("maps");
        for (Mapping m : onto) {
            ObjectNode map = maps.addObject();
            map.put("uuid", uuid("map:" + m.controlId() + ":" + m.target()));
            if (m.matching() != null) {
                map.put("matching-rationale", m.matching().key());
            }
            map.put("relationship", relationship(m.relationship()));
            ObjectNode sourceItem = map.putArray("sources").addObject();
            sourceItem.put("type", "control");
            sourceItem.put("id-ref", m.controlId());
            ObjectNode targetItem = map.putArray("targets").addObject();
            targetItem.put("type", "control");
            targetItem.put("id-ref", m.item());
            if (m.confidence() != null) {
                map.putObject("confidence-score").put("category", m.confidence().key());
            }
            if (m.provenance() != null) {
                ArrayNode props = map.putArray("props");
                prop(props, "method", m.provenance().method());
                prop(props, "status", m.provenance().status());
                prop(props, "reviewed", m.provenance().reviewed());
            }
            String remarks = m.rationale() == null ? "" : m.rationale();
            if (m.parentNotMapped() != null) {
                remarks += (remarks.isEmpty() ? "" : "\n\n") + "Not mapped to its AI RMF subcategory: "
                        + m.parentNotMapped();
            }
            if (!remarks.isEmpty()) {
                map.put("remarks", remarks);
            }
        }
        return mapping;
    }

    /** NIST IR 8477 relationships as OSCAL 1.2 writes them. */
    static String relationship(Relationship relationship) {
        return relationship == Relationship.EQUAL ? "equal-to" : relationship.key();
    }

    private static String method(List<Mapping> mappings) {
        List<String> methods = mappings.stream().map(m -> m.provenance() == null ? "" : m.provenance().method())
                .distinct().toList();
        return methods.size() == 1 && !methods.get(0).isEmpty() ? methods.get(0) : "hybrid";
    }

    private static String status(List<Mapping> mappings) {
        boolean complete = mappings.stream()
                .allMatch(m -> m.provenance() != null && "complete".equals(m.provenance().status()));
        return complete ? "complete" : "not-complete";
    }

    /** The day of the latest review the catalog records, or of the latest mapping review: never the clock. */
    private static String lastReviewed(Catalog catalog, List<Mapping> mappings) {
        List<String> days = new ArrayList<>();
        catalog.reviews().stream().map(CatalogReview::date).filter(d -> d != null).forEach(days::add);
        mappings.stream().filter(m -> m.provenance() != null).map(m -> m.provenance().reviewed()).forEach(days::add);
        return days.stream().max(String::compareTo).orElseThrow(() -> new IllegalStateException(
                "the catalog records no review date; lint requires one on every mapping"));
    }

    private static String reviews(Catalog catalog) {
        List<String> lines = new ArrayList<>();
        for (CatalogReview review : catalog.reviews()) {
            lines.add((review.date() == null ? "" : review.date() + ", ") + review.by() + " (" + review.method()
                    + "): " + review.scope() + " " + review.outcome());
        }
        return String.join("\n\n", lines);
    }

    private static void prop(ArrayNode props, String name, String value) {
        ObjectNode prop = props.addObject();
        prop.put("name", name);
        prop.put("ns", NS);
        prop.put("value", value);
    }

    private static String uuid(String name) {
        return NameBasedUuid.of(NAMESPACE, name).toString();
    }
}
