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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs a pack stores, secrets redacted, are still the evidence that was assessed: imported again they give
 * the same inventory, identity for identity, as the inputs the run read (workbooks and Vault accessors included).
 */
class RedactedInputsTest extends CommandTestBase {

    private static final Quarter PERIOD = Quarter.parse("2026-Q3").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void thePacksCopiesOfTheInputsImportToTheSameInventory() throws IOException {
        Path inputs = dir.resolve("inputs");
        SampleEstate.write(new SampleSpec(400, 5, PERIOD, new CatalogControls(CatalogLoader.bundled()).ids()),
                EstateOutput.into(inputs));
        Path out = dir.resolve("out");
        Run quarter = trustmap("quarterly", "--period", PERIOD.toString(), "--inputs", inputs.toString(), "--out",
                out.toString());
        assertThat(quarter.code()).as(quarter.err()).isZero();
        Path stored = out.resolve("trustmap-2026-Q3/inputs");

        String original = inventory(inputs.resolve("evidence"), "original.json");
        String copied = inventory(stored.resolve("evidence"), "copied.json");

        assertThat(copied.replace(stored.resolve("evidence").toString(), "EVIDENCE"))
                .isEqualTo(original.replace(inputs.resolve("evidence").toString(), "EVIDENCE"));
        assertThat(original).contains("\"id\":\"vault-token:");
    }

    /** The inventory's identities and leaks: every line but the sources (their digests differ by design). */
    private String inventory(Path evidence, String name) throws IOException {
        Path json = dir.resolve(name);
        Run run = trustmap("import", evidence.toString(), "--out", json.toString(), "--as-of", PERIOD.end().toString());
        assertThat(run.code()).as(run.err()).isZero();
        return String.join("\n", Files.readAllLines(json).stream().filter(line -> !line.contains("\"sha256\":\""))
                .toList());
    }
}
