package dev.trustmap.cli.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.cli.Trustmap;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import dev.trustmap.sample.SampleSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming property, guarded: a generated estate of 200,000 identities is imported and assessed by
 * {@code trustmap assess} in a JVM of its own with a 256 MB heap. Holding the inventory takes about 3 KB an
 * identity, so an import or a check that kept every identity (or every finding) would need well over a gigabyte
 * here and the run would die of an {@link OutOfMemoryError}. This is a test of what fits, not of how fast.
 */
class BoundedMemoryTest {

    private static final int IDENTITIES = 200_000;
    private static final String HEAP = "-Xmx256m";
    private static final Quarter PERIOD = Quarter.parse("2026-Q3").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandIdentitiesAreImportedAndAssessedIn256Megabytes() throws Exception {
        Path estate = dir.resolve("estate");
        SampleSummary sample = SampleEstate.write(new SampleSpec(IDENTITIES, 5, PERIOD,
                new CatalogControls(CatalogLoader.bundled()).ids()), EstateOutput.into(estate));
        assertThat(sample.identities()).isEqualTo(IDENTITIES);
        Path out = dir.resolve("out");

        Process run = fork(List.of("assess", estate.resolve("evidence").toString(), "--out", out.toString(),
                "--as-of", PERIOD.end().toString(), "--exceptions", estate.resolve("exceptions.yaml").toString(),
                "--attestations", estate.resolve("attestations.yaml").toString()));
        assertThat(run.waitFor(10, TimeUnit.MINUTES)).as("assess finished").isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        String printed = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8) + err;
        assertThat(printed).as("out of memory").doesNotContain("OutOfMemoryError");
        assertThat(run.exitValue()).as("exit code; stderr:\n" + tail(err)).isZero();

        Summary assessment = summary(out.resolve("assessment.json"));
        JsonNode kpis = assessment.kpis();
        assertThat(kpis.get("identities").asInt()).isEqualTo(IDENTITIES);
        assertThat(kpis.get("machineIdentities").asInt() + kpis.get("aiIdentities").asInt()).isEqualTo(IDENTITIES);
        // about two credentials each, and problems planted throughout, so the findings spill to disk too
        assertThat(kpis.get("credentials").asInt()).isBetween(IDENTITIES, 4 * IDENTITIES);
        assertThat(assessment.findings()).isGreaterThan(FINDINGS_HELD_BEFORE_SPILLING);
        assertThat(kpis.get("openFindings").asInt() + kpis.get("acceptedFindings").asInt())
                .isEqualTo(assessment.findings());
    }

    /** Past this many findings the assessment keeps them in temporary files (FindingStore's default). */
    private static final int FINDINGS_HELD_BEFORE_SPILLING = 250_000;

    /** The KPIs of an assessment file and how many findings it lists, read as a stream: the file is large. */
    private record Summary(JsonNode kpis, int findings) {
    }

    private static Summary summary(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode kpis = null;
        int findings = 0;
        try (JsonParser json = mapper.getFactory().createParser(file.toFile())) {
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("kpis")) {
                    kpis = mapper.readTree(json);
                } else if (field.equals("findings")) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        json.skipChildren();
                        findings++;
                    }
                } else {
                    json.skipChildren();
                }
            }
        }
        return new Summary(kpis, findings);
    }

    /** {@code trustmap ARGS} in a new JVM with the small heap, on this test's class path. */
    private Process fork(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Trustmap.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
