package dev.trustmap.cli.commands.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.vocabulary.EvidenceKind;
import dev.trustmap.sample.SampleControls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest extends CommandTestBase {

    @TempDir
    Path dir;

    @Test
    void writesTheEstateIntoPlaceAndSaysWhatEachFileHolds() throws IOException {
        Path out = dir.resolve("estate");
        Run run = trustmap("sample", "--identities", "300", "--seed", "5", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("sample 2026-Q3 (as of 2026-09-30T23:59:59Z), seed 5, ")
                .contains(out.resolve("evidence/inventory.csv") + "  ", "inventory-csv",
                        out.resolve("evidence/owners.xlsx").toString(), "aws-credential-report")
                .contains("300 non-human identities, and 3 people and root users in the AWS credential reports -> "
                        + out)
                .contains("next: trustmap quarterly --period 2026-Q3 --inputs " + out + " --out quarterly-2026-Q3");
        try (Stream<Path> files = Files.walk(out)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted()
                    .toList();
            assertThat(names).hasSize(29)
                    .anyMatch(n -> n.matches("evidence/prowler/prowler-output-\\d{12}\\.ocsf\\.json"))
                    .contains("report.yaml", "exceptions.yaml", "attestations.yaml",
                    "evidence/inventory.csv", "evidence/people.csv", "evidence/certificates/bundle.pem",
                    "evidence/scanners/gitleaks.json", "evidence/kubernetes/secrets.json",
                    "evidence/azure/agent-identities.json", "evidence/azure/permission-grants.json",
                    "evidence/azure/service-principals.json", "evidence/aws/secrets.json",
                    "evidence/azure/key-vault-secrets.json", "evidence/spire/entries.json",
                    "evidence/openai/project-keys.json", "evidence/anthropic/api-keys.json")
                    .noneMatch(n -> n.startsWith("."));
        }
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString())).doesNotContain(".trustmap-staging");
        }
    }

    @Test
    void theEstateImportsWithoutAnUnknownFile() {
        Path out = dir.resolve("estate");
        trustmap("sample", "--identities", "300", "--out", out.toString());
        Run run = trustmap("import", out.resolve("evidence").toString(), "--as-of", "2026-09-30", "--out",
                dir.resolve("inventory.json").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("inventory: 303 identities, ").contains(" 0 warnings");
    }

    @Test
    void aLaterPeriodIsAnotherQuarterOfTheSameEstate() throws IOException {
        Path q4 = dir.resolve("q4");
        Run run = trustmap("sample", "--identities", "300", "--period", "2026-q4", "--out", q4.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("sample 2026-Q4 (as of 2026-12-31T23:59:59Z), seed 1, ");
        assertThat(Files.readString(q4.resolve("report.yaml"))).contains("(seed 1, period 2026-Q4)");
    }

    @Test
    void aMalformedOrOutOfRangeRequestIsAUsageError() {
        Run quarter = trustmap("sample", "--identities", "300", "--period", "2026-Q5", "--out", dir.toString());
        assertThat(quarter.code()).isEqualTo(2);
        assertThat(quarter.err()).contains("'2026-Q5' is not a quarter; write it like 2026-Q3");
        Run early = trustmap("sample", "--identities", "300", "--period", "2019-Q1", "--out", dir.toString());
        assertThat(early.code()).isEqualTo(2);
        assertThat(early.err()).contains("--period must be 2024-Q1 to 2049-Q4, not 2019-Q1");
        Run few = trustmap("sample", "--identities", "99", "--out", dir.toString());
        assertThat(few.code()).isEqualTo(2);
        assertThat(few.err()).contains("--identities must be 100 to 10000000, not 99.");
    }

    @Test
    void anOutputThatIsAFileIsRefusedAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Run run = trustmap("sample", "--identities", "300", "--out", file.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(file + ": is a file; the sample is a folder of files.");
        assertThat(file).hasContent("x");
    }

    @Test
    void aFolderHoldingEvidenceAlreadyIsRefusedSoThatNoOldFileJoinsTheNewSample() throws IOException {
        Path old = Files.createDirectories(dir.resolve("estate/evidence")).resolve("inventory.csv");
        Files.writeString(old, "identity_id\n");
        Run run = trustmap("sample", "--identities", "300", "--out", dir.resolve("estate").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(dir.resolve("estate/evidence") + ": already exists;")
                .contains("Name a new folder with --out");
        assertThat(old).hasContent("identity_id\n");
        assertThat(dir.resolve("estate/report.yaml")).doesNotExist();
    }

    @Test
    void theControlsTheSampleNamesAreInTheBundledCatalogAndTheAttestedOnesTakeAttestations() {
        Catalog catalog = CatalogLoader.bundled();
        for (String id : SampleControls.USED) {
            assertThat(catalog.control(id)).as(id).isPresent();
        }
        assertThat(Stream.of("ACT-05", "AXS-04", "DLG-05").map(id -> catalog.control(id).orElseThrow())
                .map(Control::evidence)).doesNotContain(EvidenceKind.AUTOMATED);
    }
}
