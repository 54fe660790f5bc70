package dev.trustmap.reports.oscal;

import dev.trustmap.assessment.AssessmentEngine;
import dev.trustmap.assessment.AssessmentInputs;
import dev.trustmap.assessment.policy.AttestationsReader;
import dev.trustmap.assessment.policy.ExceptionsReader;
import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.evidence.EvidenceFile;
import dev.trustmap.evidence.ImportOptions;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.evidence.sheet.ControlOwner;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.evidence.sheet.Person;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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

    private static Assessment assess() {
        CatalogControls controls = new CatalogControls(CATALOG);
        InventoryImport.Result imported = new InventoryImport(Importers.all(), new ImportOptions(AS_OF, false), false)
                .run(List.of(DIR.resolve("inventory.csv"), DIR.resolve("gitleaks.json")), null,
                        List.of(DIR.resolve("control-owners.csv"), DIR.resolve("people.csv")),
                        new InventoryImport.Listener() {
                            @Override
                            public void reading(EvidenceFile file, String source) {
                            }

                            @Override
                            public void read(EvidenceFile file) {
                            }
                        });
        List<Person> people = new ArrayList<>();
        List<ControlOwner> owners = new ArrayList<>();
        for (OwnersWorkbook workbook : imported.owners()) {
            people.addAll(workbook.people());
            owners.addAll(workbook.controlOwners());
        }
        return AssessmentEngine.withAllChecks().assess(new AssessmentInputs(CATALOG, imported.inventory(),
                PolicyReader.defaults(), AS_OF, people, owners,
                ExceptionsReader.read("exceptions.yaml", read("exceptions.yaml"), controls),
                AttestationsReader.read("attestations.yaml", read("attestations.yaml"), controls)));
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
