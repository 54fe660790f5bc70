package dev.trustmap.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes: one inputs folder run by {@code quarterly} in separate JVMs, each with its own hash seed
 * (Set.of and Map.of iterate differently in each process), several locales (Turkish casing, German decimals,
 * Arabic-Indic digits) and a time zone fourteen hours from UTC. Every pack must be byte for byte the same.
 */
class ReproducibleRunTest {

    private static final Quarter PERIOD = Quarter.parse("2026-Q3").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void packsAreByteIdenticalAcrossProcessesLocalesAndTimeZones() throws Exception {
        Path inputs = dir.resolve("inputs");
        SampleEstate.write(new SampleSpec(300, 11, PERIOD, new CatalogControls(CatalogLoader.bundled()).ids()),
                EstateOutput.into(inputs));
        List<ForkedRun> forks = List.of(
                new ForkedRun(List.of(), Map.of("TZ", "UTC")),
                new ForkedRun(List.of("-Duser.language=tr", "-Duser.country=TR"), Map.of("TZ", "UTC")),
                new ForkedRun(List.of("-Duser.language=de", "-Duser.country=DE"), Map.of("TZ", "Europe/Berlin")),
                new ForkedRun(List.of(), Map.of("TZ", "Pacific/Kiritimati")),
                new ForkedRun(List.of("-Duser.language=ar", "-Duser.country=EG"), Map.of("TZ", "America/Los_Angeles")),
                new ForkedRun(List.of("-Duser.language=tr", "-Duser.country=TR"), Map.of("TZ", "Pacific/Kiritimati")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<byte[]>> packs = new ArrayList<>();
        try {
            for (int i = 0; i < forks.size(); i++) {
                ForkedRun fork = forks.get(i);
                Path out = dir.resolve("out-" + i);
                packs.add(pool.submit(() -> pack(fork, inputs, out)));
            }
            byte[] first = packs.get(0).get();
            for (int i = 1; i < packs.size(); i++) {
                assertThat(Fingerprints.sha256Hex(packs.get(i).get()))
                        .as("pack of run %d (%s %s) against run 0", i, forks.get(i).jvm(), forks.get(i).env())
                        .isEqualTo(Fingerprints.sha256Hex(first));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFolderAssessWritesIsByteIdenticalAcrossProcessesLocalesAndTimeZones() throws Exception {
        Path inputs = dir.resolve("inputs");
        SampleEstate.write(new SampleSpec(300, 11, PERIOD, new CatalogControls(CatalogLoader.bundled()).ids()),
                EstateOutput.into(inputs));
        List<ForkedRun> forks = List.of(new ForkedRun(List.of(), Map.of("TZ", "UTC")),
                new ForkedRun(List.of("-Duser.language=tr", "-Duser.country=TR"), Map.of("TZ", "Pacific/Kiritimati")));
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i < forks.size(); i++) {
            Path out = dir.resolve("assessed-" + i);
            ForkedRun.Result run = forks.get(i).run(dir.resolve("assessed-" + i + "-logs"), "assess",
                    inputs.resolve("evidence").toString(), "--as-of", "2026-09-30", "--out", out.toString());
            assertThat(run.code()).as("exit code; stderr:\n" + run.err()).isZero();
            outs.add(out);
        }
        for (String file : List.of("assessment.json", "findings.csv", "inventory.json", "board-tally.json")) {
            assertThat(outs.get(1).resolve(file)).as(file).hasSameBinaryContentAs(outs.get(0).resolve(file));
        }
    }

    private byte[] pack(ForkedRun fork, Path inputs, Path out) throws IOException, InterruptedException {
        ForkedRun.Result run = fork.run(out.resolveSibling(out.getFileName() + "-logs"), "quarterly", "--period",
                PERIOD.toString(), "--inputs", inputs.toString(), "--out", out.toString());
        assertThat(run.code()).as("exit code; stderr:\n" + run.err()).isZero();
        return Files.readAllBytes(out.resolve("trustmap-" + PERIOD + ".zip"));
    }
}
