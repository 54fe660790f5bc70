package dev.trustmap.mappings.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The export is checked against the rules of the OSCAL 1.2.1 mapping model as trustmap restates them
 * ({@link OscalMappingModel}), written from the model NIST publishes for that release: required and allowed
 * properties at each level, the model's vocabularies, UUIDs, date-times with a time zone, tokens. NIST's JSON schema
 * file itself cannot be bundled here, so this is not a validation against that file.
 */
class OscalMappingCollectionTest {

    private final Catalog catalog = CatalogLoader.bundled();

    private static List<String> violations(JsonNode document) {
        return OscalMappingModel.violations(document);
    }

    @Test
    void theBundledCatalogsMappingsAreAValidOscal121MappingCollection() {
        ObjectNode document = OscalMappingCollection.of(catalog);
        assertThat(violations(document)).isEmpty();
        JsonNode collection = document.path("mapping-collection");
        assertThat(collection.at("/metadata/oscal-version").asText()).isEqualTo("1.2.1");
        assertThat(collection.at("/metadata/version").asText()).isEqualTo("2026.12");
        assertThat(collection.at("/metadata/last-modified").asText()).isEqualTo("2026-12-07T00:00:00Z");
        assertThat(collection.at("/provenance/method").asText()).isEqualTo("human");
        assertThat(collection.at("/provenance/status").asText()).isEqualTo("complete");
        assertThat(collection.at("/provenance/remarks").asText()).contains("seed 2612").contains("2026-12-07");
    }

    @Test
    void oneMappingPerFrameworkWithEveryCatalogMappingAsAMap() {
        JsonNode mappings = OscalMappingCollection.of(catalog).at("/mapping-collection/mappings");
        assertThat(mappings).hasSize(6);
        int maps = 0;
        for (JsonNode mapping : mappings) {
            maps += mapping.path("maps").size();
        }
        assertThat(maps).isEqualTo(catalog.controls().stream().mapToInt(c -> c.mappings().size()).sum())
                .isEqualTo(223);
        JsonNode resources = OscalMappingCollection.of(catalog).at("/mapping-collection/back-matter/resources");
        assertThat(resources).hasSize(7);
        assertThat(mappings.get(0).at("/target-resource/href").asText())
                .isEqualTo("#" + resources.get(1).path("uuid").asText());
        assertThat(resources.get(1).path("title").asText()).isEqualTo("OWASP Top 10 Non-Human Identities Risks 2025");
    }

    @Test
    void mapsCarryRelationshipMatchingConfidenceAndProvenance() {
        JsonNode nhi = OscalMappingCollection.of(catalog).at("/mapping-collection/mappings/0/maps");
        List<String> summary = new ArrayList<>();
        for (JsonNode map : nhi) {
            summary.add(map.at("/sources/0/id-ref").asText() + " " + map.path("relationship").asText() + " "
                    + map.at("/targets/0/id-ref").asText() + " " + map.path("matching-rationale").asText() + " "
                    + map.at("/confidence-score/category").asText());
        }
        assertThat(summary).contains("ACT-04 equal-to NHI9:2025 functional high",
                "AXS-02 subset-of NHI8:2025 functional high", "LFC-04 intersects-with NHI4:2025 functional high");
        JsonNode csf = OscalMappingCollection.of(catalog).at("/mapping-collection/mappings/3/maps/0");
        assertThat(csf.path("matching-rationale").asText()).isEqualTo("semantic");
        assertThat(csf.path("props").findValuesAsText("value")).containsExactly("human", "complete", "2026-12-07");
        assertThat(csf.path("remarks").asText()).isNotBlank();
    }

    @Test
    void aSecondExportIsTheSameDocument() {
        assertThat(OscalMappingCollection.of(CatalogLoader.read(null).catalog()))
                .isEqualTo(OscalMappingCollection.of(catalog));
    }

    @Test
    void aDocumentMissingWhatTheModelRequiresBreaksItsRules() {
        ObjectNode document = OscalMappingCollection.of(catalog);
        ((ObjectNode) document.path("mapping-collection")).remove("provenance");
        ((ObjectNode) document.at("/mapping-collection/mappings/0/maps/0")).put("matching-rationale", "by-eye");
        assertThat(violations(document)).isNotEmpty()
                .anySatisfy(v -> assertThat(v).contains("provenance"))
                .anySatisfy(v -> assertThat(v).contains("matching-rationale"));
    }

    @Test
    void aUuidOfAnotherVersionOrADateWithoutTimeZoneBreaksTheModelsTypes() {
        ObjectNode document = OscalMappingCollection.of(catalog);
        ObjectNode map = (ObjectNode) document.at("/mapping-collection/mappings/0/maps/0");
        map.put("uuid", "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        ((ObjectNode) document.at("/mapping-collection/mappings/1")).put("uuid", "mapping-1");
        ((ObjectNode) document.at("/mapping-collection/metadata")).put("last-modified", "2026-12-07T00:00:00");
        assertThat(violations(document)).containsExactly(
                "/mapping-collection/mappings/0/maps/0/uuid: '6ba7b810-9dad-11d1-80b4-00c04fd430c8' is not an RFC 4122"
                        + " UUID of version 4 or 5",
                "/mapping-collection/mappings/1/uuid: 'mapping-1' is not an RFC 4122 UUID of version 4 or 5",
                "/mapping-collection/metadata/last-modified: '2026-12-07T00:00:00' is not a date-time with a time zone"
                        + " (such as 2026-12-07T00:00:00Z)");
    }

    @Test
    void aRelationshipOrAPropertyTheModelDoesNotKnowIsCaught() {
        ObjectNode document = OscalMappingCollection.of(catalog);
        ObjectNode map = (ObjectNode) document.at("/mapping-collection/mappings/0/maps/0");
        map.put("relationship", "related-to");
        map.put("confidence", "high");
        assertThat(violations(document)).containsExactly(
                "/mapping-collection/mappings/0/maps/0/confidence: the model has no property 'confidence' here",
                "/mapping-collection/mappings/0/maps/0/relationship: 'related-to' is not one of equivalent-to,"
                        + " equal-to, subset-of, superset-of, intersects-with, no-relationship");
        map.remove("confidence");
        map.put("ns", OscalMappingCollection.NS);
        assertThat(violations(document)).as("under its own namespace, an organisation names its relationships")
                .isEmpty();
    }

    @Test
    void csvHasTrestlesColumnsAndOneRowPerMapping() {
        String csv = TrestleMappingCsv.of(catalog);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("$$Source_Resource,$$Target_Resource,$$Map_Source_ID_Ref_list,"
                + "$$Map_Target_ID_Ref_list,$$Map_Relationship,Confidence,Matching,Method,Status,Reviewed,Rationale");
        assertThat(lines[1]).startsWith("The OSCAL catalog of the trustmap controls (the sources).,");
        assertThat(lines).hasSize(2 + 223);
        assertThat(lines[2]).startsWith("catalogs/trustmap/catalog.json,catalogs/owasp-nhi-top10-2025/catalog.json,"
                + "ACT-01,NHI1:2025,intersects-with,medium,functional,human,complete,2026-12-07,");
        assertThat(csv).contains(",ACT-05,MANAGE-4.1,intersects-with,high,semantic,");
        assertThat(csv).contains("\"NHI8 asks for a separate identity in each environment (development, test, staging,"
                + " production); the control separates production from everything else,");
    }
}
