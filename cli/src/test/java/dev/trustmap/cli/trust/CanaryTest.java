package dev.trustmap.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret in any output, wherever the user typed it: a unique canary secret in every field of every input
 * format, and a search of every file a run wrote (zip and workbook entries unpacked, PDF text extracted) and of
 * everything it printed.
 */
class CanaryTest extends CommandTestBase {

    private static final Quarter PERIOD = Quarter.parse("2026-Q3").orElseThrow();

    @TempDir
    Path dir;

    private Path estate(int identities) throws IOException {
        Path inputs = dir.resolve("inputs");
        SampleEstate.write(new SampleSpec(identities, 3, PERIOD, new CatalogControls(CatalogLoader.bundled()).ids()),
                EstateOutput.into(inputs));
        return inputs;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aCanaryInEveryFieldOfEveryInputReachesNoOutput() throws IOException {
        Path inputs = estate(100);
        Canaries canaries = new Canaries(42);
        CanaryPlanting planting = new CanaryPlanting(canaries);
        for (Path file : files(inputs)) {
            planting.plant(file);
        }
        assertThat(canaries.planted()).hasSizeGreaterThan(1000);
        Path out = dir.resolve("out");

        Run run = trustmap("quarterly", "--period", PERIOD.toString(), "--inputs", inputs.toString(), "--out",
                out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(files(out)).extracting(p -> out.relativize(p).toString())
                .contains("trustmap-2026-Q3.zip", "trustmap-2026-Q3/reports/operator.xlsx",
                        "trustmap-2026-Q3/reports/board.pdf", "trustmap-2026-Q3/data/identities.csv");
        assertThat(canaries.foundIn(out, run.out(), run.err())).isEmpty();
    }

    @Test
    void aCanaryInAColumnThatStopsTheRunIsNotQuotedInTheError() throws IOException {
        Path inputs = estate(100);
        Canaries canaries = new Canaries(7);
        Path sheet = inputs.resolve("evidence/inventory.csv");
        List<String> lines = Files.readAllLines(sheet, StandardCharsets.UTF_8);
        // credential_kind is the 22nd column: an unknown kind is a bad row, and the message names the value
        String[] cells = lines.get(1).split(",", -1);
        cells[21] = canaries.next();
        lines.set(1, String.join(",", cells));
        Files.write(sheet, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Run run = trustmap("quarterly", "--period", PERIOD.toString(), "--inputs", inputs.toString(), "--out",
                out.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("inventory.csv", "line 2", "credential_kind");
        assertThat(canaries.foundIn(out, run.out(), run.err())).isEmpty();
        assertThat(out.resolve("trustmap-2026-Q3")).doesNotExist();
    }

    @Test
    void skippedBadRowsAreListedWithoutTheirSecrets() throws IOException {
        Path inputs = estate(100);
        Canaries canaries = new Canaries(9);
        Path sheet = inputs.resolve("evidence/inventory.csv");
        List<String> lines = Files.readAllLines(sheet, StandardCharsets.UTF_8);
        for (int row = 1; row <= 3; row++) {
            String[] cells = lines.get(row).split(",", -1);
            cells[21] = canaries.next();
            lines.set(row, String.join(",", cells));
        }
        Files.write(sheet, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("inventory.json");

        Run run = trustmap("import", "--skip-bad-rows", "--as-of", PERIOD.end().toString(), "--out", out.toString(),
                sheet.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("skipped:", "credential_kind");
        assertThat(canaries.foundIn(out.getParent().resolve("none"), run.out(), run.err(), Files.readString(out)))
                .isEmpty();
    }

    @Test
    void aSecretFieldWrittenWithTheWrongJsonTypeIsStillRedacted() throws IOException {
        Path inputs = dir.resolve("inputs");
        Files.createDirectories(inputs);
        // not shaped like any issuer's token: only the field's name says it is secret
        String password = "correct-horse-battery-staple-4711";
        Files.writeString(inputs.resolve("applications.json"), """
                {"value": [
                  {"id": "1a2b", "appId": "11111111-2222-3333-4444-555555555555", "displayName": "billing-sync",
                   "passwordCredentials": [
                     {"keyId": "aaaaaaaa-0000-0000-0000-000000000001", "displayName": "ci",
                      "startDateTime": "2026-01-01T00:00:00Z", "endDateTime": "2027-01-01T00:00:00Z",
                      "secretText": ["%s-array"]},
                     {"keyId": "aaaaaaaa-0000-0000-0000-000000000002", "displayName": "ops",
                      "startDateTime": "2026-01-01T00:00:00Z", "endDateTime": "2027-01-01T00:00:00Z",
                      "secretText": {"value": "%s-object"}},
                     {"keyId": "aaaaaaaa-0000-0000-0000-000000000003", "displayName": "pin",
                      "startDateTime": "2026-01-01T00:00:00Z", "endDateTime": "2027-01-01T00:00:00Z",
                      "secretText": 98765432109876}
                   ],
                   "keyCredentials": []}
                ]}
                """.formatted(password, password));
        Path out = dir.resolve("out");

        Run run = trustmap("quarterly", "--period", PERIOD.toString(), "--inputs", inputs.toString(), "--out",
                out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String stored = Files.readString(out.resolve("trustmap-2026-Q3/inputs/applications.json"));
        assertThat(stored).doesNotContain(password).doesNotContain("98765432109876").contains("billing-sync");
        for (Path file : files(out)) {
            if (!file.toString().endsWith(".zip") && !file.toString().endsWith(".xlsx")
                    && !file.toString().endsWith(".pdf")) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(password).doesNotContain("98765432109876");
            }
        }
    }
}
