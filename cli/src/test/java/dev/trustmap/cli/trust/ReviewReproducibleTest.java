package dev.trustmap.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.quarterly.QuarterlyRun;
import dev.trustmap.review.Campaign;
import dev.trustmap.review.ReturnedWorkbook;
import dev.trustmap.review.TypedAnswer;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same quarter, same campaign; same returns, same collection: {@code review send} and {@code review collect} run in
 * separate JVMs with other hash seeds, locales and time zones write the same bytes, every file of them.
 */
class ReviewReproducibleTest {

    private static final Quarter PERIOD = Quarter.parse("2026-Q2").orElseThrow();
    private static final List<ForkedRun> FORKS = List.of(
            new ForkedRun(List.of(), Map.of("TZ", "UTC")),
            new ForkedRun(List.of("-Duser.language=tr", "-Duser.country=TR"), Map.of("TZ", "Pacific/Kiritimati")),
            new ForkedRun(List.of("-Duser.language=ar", "-Duser.country=EG"), Map.of("TZ", "America/Los_Angeles")));

    @TempDir
    Path dir;

    @Test
    void campaignsAndCollectionsAreByteIdenticalAcrossProcessesLocalesAndTimeZones() throws Exception {
        Path inputs = dir.resolve("inputs");
        SampleEstate.write(new SampleSpec(200, 5, PERIOD, new CatalogControls(CatalogLoader.bundled()).ids()),
                EstateOutput.into(inputs));
        QuarterlyRun.run(new QuarterlyRun.Options(PERIOD, null, inputs, dir.resolve("q2"), List.of(),
                Optional.empty(), Optional.empty(), null, false, CatalogLoader.bundled(), "test"),
                new QuarterlyRun.Listener() { });
        for (int i = 0; i < FORKS.size(); i++) {
            ForkedRun.Result run = FORKS.get(i).run(dir.resolve("logs-send-" + i), "review", "send", "--assessment",
                    dir.resolve("q2").toString(), "--out", dir.resolve("campaign-" + i).toString(), "--programme-owner",
                    "iam@example.com");
            assertThat(run.code()).as(run.err()).isZero();
        }
        Map<String, String> first = digests(dir.resolve("campaign-0"));
        assertThat(first).containsKeys("campaign.json", "campaign.csv").hasSizeGreaterThan(10);
        for (int i = 1; i < FORKS.size(); i++) {
            assertThat(digests(dir.resolve("campaign-" + i))).as("campaign of run %d", i).isEqualTo(first);
        }

        Campaign campaign = Campaign.read(dir.resolve("campaign-0"));
        Path returns = Files.createDirectories(dir.resolve("returns"));
        for (Campaign.Workbook workbook : campaign.workbooks().subList(0, 3)) {
            Map<String, TypedAnswer> answers = new HashMap<>();
            campaign.rows().stream().filter(r -> r.workbook().equals(workbook.file())).forEach(r -> answers.put(
                    r.identityId(), r.identityId().hashCode() % 2 == 0 ? new TypedAnswer("keep", null, null, "in use")
                            : new TypedAnswer("decommission", null, LocalDate.parse("2026-09-01"), "replaced")));
            ReturnedWorkbook.answer(dir.resolve("campaign-0"), campaign, workbook, answers,
                    returns.resolve(workbook.file()));
        }
        for (int i = 0; i < FORKS.size(); i++) {
            ForkedRun.Result run = FORKS.get(i).run(dir.resolve("logs-collect-" + i), "review", "collect",
                    "--campaign", dir.resolve("campaign-0").toString(), "--returns", returns.toString(), "--out",
                    dir.resolve("collected-" + i).toString(), "--as-of", "2026-07-25");
            assertThat(run.code()).as(run.err()).isZero();
        }
        Map<String, String> collected = digests(dir.resolve("collected-0"));
        assertThat(collected).containsKeys("next-quarter/owners.xlsx", "next-quarter/attestations.csv",
                "status/review-status.html");
        for (int i = 1; i < FORKS.size(); i++) {
            assertThat(digests(dir.resolve("collected-" + i))).as("collection of run %d", i).isEqualTo(collected);
        }
    }

    /** Every file under a folder by its relative path, with its SHA-256. */
    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(folder.relativize(file).toString(), Fingerprints.sha256Hex(Files.readAllBytes(file)));
            }
        }
        return digests;
    }
}
