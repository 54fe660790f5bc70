package dev.trustmap.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.mappings.Coverage.FrameworkCoverage;
import dev.trustmap.mappings.Coverage.ItemCoverage;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Mapping;
import dev.trustmap.model.catalog.Relationship;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoverageAndCrosswalkTest {

    private final Catalog catalog = CatalogLoader.bundled();

    @Test
    void bundledCatalogHasTheThirtyControls() {
        assertThat(catalog.controls()).extracting(Control::id).containsExactly(
                "ACT-01", "ACT-02", "ACT-03", "ACT-04", "ACT-05", "ACT-06", "ACT-07",
                "LFC-01", "LFC-02", "LFC-03", "LFC-04", "LFC-05", "LFC-06",
                "AXS-01", "AXS-02", "AXS-03", "AXS-04", "AXS-05", "AXS-06",
                "DLG-01", "DLG-02", "DLG-03", "DLG-04", "DLG-05",
                "RVK-01", "RVK-02", "RVK-03", "RVK-04", "RVK-05", "RVK-06");
        assertThat(catalog.controls()).allSatisfy(c -> assertThat(c.frameworks()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void coverageCountsAreDerivedFromTheMappings() {
        Coverage coverage = new Coverage(catalog);
        for (FrameworkCoverage figures : coverage.all()) {
            var framework = catalog.framework(figures.framework()).orElseThrow();
            long mapped = framework.countedItems().stream()
                    .filter(item -> !coverage.reachingMappings(item).isEmpty()).count();
            assertThat(figures.mapped()).as(figures.framework()).isEqualTo((int) mapped);
            assertThat(figures.mapped() + figures.notApplicable() + figures.unmapped()).isEqualTo(figures.items());
        }
        FrameworkCoverage nhi = coverage.of(catalog.framework("owasp-nhi-top10-2025").orElseThrow());
        assertThat(nhi.items()).isEqualTo(10);
        assertThat(nhi.unmapped()).isZero();
        assertThat(nhi.percent()).isEqualTo(100.0);
    }

    /**
     * The 2026-12-07 review mapped ASI05, ASI06, ASI09 and MAESTRO L2 on the same ground as ASI01 (identity controls
     * bound what the risk can achieve), leaving only L1 not applicable; it dropped the only mappings onto CSF
     * GV.PO-02, ID.AM-05, PR.IR-03, GV.SC-05 and DE.CM-06 (27 - 5 = 22) and added the first onto AI RMF MANAGE 4.1
     * (26 + 1 = 27); AI 600-1 lost no item whose only mapping went.
     */
    @Test
    void coverageAfterTheMappingReview() {
        Coverage coverage = new Coverage(catalog);
        List<String> figures = coverage.all().stream()
                .map(c -> c.framework() + " " + c.mapped() + "/" + c.notApplicable() + "/" + c.unmapped()).toList();
        assertThat(figures).containsExactly("owasp-nhi-top10-2025 10/0/0", "owasp-agentic-top10-2026 10/0/0",
                "csa-maestro 6/1/0", "nist-csf-2.0 22/0/84", "nist-ai-rmf-1.0 27/0/45", "nist-ai-600-1 18/0/206");
        assertThat(catalog.notApplicable()).extracting(na -> na.target()).containsExactly("csa-maestro:L1");
    }

    @Test
    void requiredFrameworksAreFullyAccountedFor() {
        Coverage coverage = new Coverage(catalog);
        for (String id : List.of("owasp-nhi-top10-2025", "owasp-agentic-top10-2026", "csa-maestro")) {
            assertThat(coverage.of(catalog.framework(id).orElseThrow()).unmapped()).as(id).isZero();
        }
    }

    @Test
    void maestroLayerIsMappedThroughItsThreats() {
        Coverage coverage = new Coverage(catalog);
        var layer = catalog.item("csa-maestro", "L7").orElseThrow();
        assertThat(catalog.mappingsTo("csa-maestro", "L7")).isEmpty();
        assertThat(coverage.status(layer)).isEqualTo(ItemCoverage.MAPPED);
        assertThat(coverage.reachingMappings(layer)).allSatisfy(m -> assertThat(m.item()).startsWith("L7."));
    }

    @Test
    void notApplicableItemsCarryAReason() {
        Coverage coverage = new Coverage(catalog);
        var l1 = catalog.item("csa-maestro", "L1").orElseThrow();
        assertThat(coverage.status(l1)).isEqualTo(ItemCoverage.NOT_APPLICABLE);
        assertThat(catalog.notApplicable("csa-maestro", "L1").orElseThrow().reason()).isNotBlank();
    }

    @Test
    void crosswalkLinksItemsThroughSharedControls() {
        var nhi = catalog.framework("owasp-nhi-top10-2025").orElseThrow();
        var csf = catalog.framework("nist-csf-2.0").orElseThrow();
        List<Crosswalk.Row> rows = Crosswalk.between(catalog, nhi, csf);
        assertThat(rows).isNotEmpty();
        // every row is backed by a control that maps to both ends with the stated relationships
        for (Crosswalk.Row row : rows) {
            Control control = catalog.control(row.control()).orElseThrow();
            assertThat(control.mappings()).anySatisfy(m -> {
                assertThat(m.target()).isEqualTo("owasp-nhi-top10-2025:" + row.fromItem());
                assertThat(m.relationship()).isEqualTo(row.relationshipFrom());
            });
            assertThat(control.mappings()).anySatisfy(m -> {
                assertThat(m.target()).isEqualTo("nist-csf-2.0:" + row.toItem());
                assertThat(m.relationship()).isEqualTo(row.relationshipTo());
            });
        }
        // and every pair a control supports appears
        long expected = catalog.controls().stream().mapToLong(c -> count(c, "owasp-nhi-top10-2025")
                * count(c, "nist-csf-2.0")).sum();
        assertThat(rows).hasSize((int) expected);
        Set<String> order = rows.stream().map(Crosswalk.Row::fromItem).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
        assertThat(order).first().isEqualTo("NHI1:2025");
    }

    private static long count(Control control, String framework) {
        return control.mappings().stream()
                .filter(m -> m.framework().equals(framework) && m.relationship() != Relationship.NO_RELATIONSHIP)
                .map(Mapping::item).count();
    }

    @Test
    void digestIsStableAndVersionIsTheBundledOne() {
        assertThat(catalog.version()).isEqualTo("2026.12");
        assertThat(catalog.digest()).hasSize(64).isEqualTo(CatalogLoader.read(null).catalog().digest());
    }
}
