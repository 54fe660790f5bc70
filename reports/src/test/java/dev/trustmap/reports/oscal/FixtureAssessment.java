package dev.trustmap.reports.oscal;

import dev.trustmap.assessment.AssessmentRun;
import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.collection.ReplayedList;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * The assessment fixture of docs/assessment-fixture.md, assessed as {@code trustmap assess} does it, with the
 * bundled catalog and the default policy, as of 2026-09-30T23:59:59Z. Built once.
 */
final class FixtureAssessment {

    static final Path DIR = Path.of("../assessment/src/test/resources/dev/trustmap/assessment/fixture");
    static final Instant AS_OF = Instant.parse("2026-09-30T23:59:59Z");
    static final Catalog CATALOG = CatalogLoader.bundled();
    static final Assessment ASSESSMENT = assess();

    private FixtureAssessment() {
    }

    /** As {@code trustmap assess} does it: through {@link AssessmentRun}, with each file named as the page names it. */
    private static Assessment assess() {
        return new AssessmentRun(CATALOG, PolicyReader.defaults(), AS_OF,
                AssessmentRun.exceptions(List.of(fixture("exceptions.yaml")), CATALOG),
                AssessmentRun.attestations(List.of(fixture("attestations.yaml")), CATALOG), false)
                .run(List.of(DIR.resolve("inventory.csv"), DIR.resolve("gitleaks.json")),
                        List.of(DIR.resolve("control-owners.csv"), DIR.resolve("people.csv")),
                        new InventoryImport.Listener() { })
                .assessment();
    }

    /** The fixture assessment with other findings (and everything else as it is). */
    static Assessment withFindings(List<Finding> findings) {
        Assessment a = ASSESSMENT;
        return new Assessment(a.asOf(), a.policy(), a.catalogVersion(), a.catalogSha256(), a.controls(), findings,
                a.kpis(), a.domains(), a.lanes(), a.domainsByLane(), a.frameworks(), a.frameworkItems(), a.maturity(),
                a.exceptions(), a.attestations(), a.controlOwners(), a.orphanedIdentities(), a.warnings(),
                a.remediation(), a.resolved());
    }

    /**
     * The findings as the assessment of a million identities holds them, read back on every walk, counting the
     * walks: a writer that holds them, or walks them more often than it says, shows here.
     */
    static final class WalkedFindings extends ReplayedList<Finding> {

        private final List<Finding> findings;
        private int walks;

        WalkedFindings(List<Finding> findings) {
            this.findings = List.copyOf(findings);
        }

        @Override
        public Iterator<Finding> iterator() {
            walks++;
            return findings.iterator();
        }

        @Override
        public int size() {
            return findings.size();
        }

        int walks() {
            return walks;
        }
    }

    private static EvidenceFile fixture(String name) {
        return new EvidenceFile(DIR.resolve(name), name);
    }
}
