package dev.trustmap.cli.commands.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.pack.PackFolder;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.PackVerifier;
import dev.trustmap.pack.SigningKeys;
import dev.trustmap.pack.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trustmap quarterly} on the fixture estate kept as users keep it: one folder, files recognised by content
 * under names that say nothing, a planted secret that must not reach the pack.
 */
class QuarterlyCommandTest extends CommandTestBase {

    private static final Path FIXTURE = Path.of("../assessment/src/test/resources/dev/trustmap/assessment/"
            + "fixture");
    private static final String CANARY = "tmCanary7Qx2Lm9Vb4Rt8Zp1";

    @TempDir
    static Path dir;

    static Path inputs;
    static Path q3;

    @BeforeAll
    static void runTheQuarter() throws IOException {
        inputs = inputsFolder(dir.resolve("inputs"));
        q3 = dir.resolve("q3");
        Run run = trustmap("quarterly", "--period", "2026-Q3", "--inputs", inputs.toString(), "--out", q3.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("quarter 2026-Q3 (as of 2026-09-30T23:59:59Z)")
                .contains(q3.resolve("trustmap-2026-Q3/reports/board.pdf").toString())
                .contains(q3.resolve("trustmap-2026-Q3.zip").toString());
    }

    /** The fixture estate under names that do not give away what each file is, plus a planted secret. */
    static Path inputsFolder(Path to) throws IOException {
        Files.createDirectories(to.resolve("exports/scanners"));
        Files.createDirectories(to.resolve("governance"));
        Files.copy(FIXTURE.resolve("inventory.csv"), to.resolve("exports/agents-and-services.csv"));
        Files.writeString(to.resolve("exports/scanners/scan-results.json"), Files.readString(FIXTURE
                .resolve("gitleaks.json")).replace("\"Match\": \"AWS_ACCESS_KEY_ID=AKIAFIXTUREKEY000091\"",
                "\"Match\": \"password=" + CANARY + "\""));
        Files.copy(FIXTURE.resolve("control-owners.csv"), to.resolve("governance/owners-2026.csv"));
        Files.copy(FIXTURE.resolve("people.csv"), to.resolve("governance/hr-export.csv"));
        Files.copy(FIXTURE.resolve("exceptions.yaml"), to.resolve("governance/approved.yaml"));
        Files.copy(FIXTURE.resolve("attestations.yaml"), to.resolve("governance/signed-off.yaml"));
        Files.writeString(to.resolve("thresholds.yaml"), "kind: policy\nversion: 1\nlimits:\n  unused-days: 60\n");
        Files.writeString(to.resolve("branding.yaml"), "organisation: Fixture Ltd\naccent: \"#0b6e4f\"\n");
        Files.writeString(to.resolve(".DS_Store"), "hidden files are passed over");
        return to;
    }

    @Test
    void everyInputIsRecognisedByItsContentAndListedInTheManifest() throws IOException {
        PackManifest manifest = PackVerifier.verify(q3.resolve("trustmap-2026-Q3.zip"), Optional.empty()).manifest()
                .orElseThrow();
        assertThat(manifest.inputs()).extracting(i -> i.name() + " " + i.format()).containsExactly(
                "branding.yaml report-config",
                "exports/agents-and-services.csv inventory-csv",
                "exports/scanners/scan-results.json gitleaks",
                "governance/approved.yaml exceptions",
                "governance/hr-export.csv owners",
                "governance/owners-2026.csv owners",
                "governance/signed-off.yaml attestations",
                "thresholds.yaml policy");
        assertThat(manifest.skipped()).isEmpty();
        assertThat(manifest.header().period()).isEqualTo("2026-Q3");
        assertThat(manifest.header().asOf()).hasToString("2026-09-30T23:59:59Z");
    }

    @Test
    void thePackHoldsReportsDataOscalMethodologyAndVerifies() throws IOException {
        Path zip = q3.resolve("trustmap-2026-Q3.zip");
        Verification verification = PackVerifier.verify(zip, Optional.empty());
        assertThat(verification.failures()).isEmpty();
        List<String> names = entries(zip);
        assertThat(names.get(0)).isEqualTo("manifest.json");
        assertThat(names).contains("reports/board.pdf", "reports/board.html", "reports/operator.html",
                "reports/operator.xlsx", "data/assessment.json", "data/findings.csv", "data/identities.csv",
                "data/credentials.csv", "data/controls.csv", "data/frameworks.csv", "data/crosswalk.csv",
                "data/control-owners.csv", "data/exceptions.csv", "data/attestations.csv",
                "oscal/assessment-results.json", "oscal/poam.json", "METHODOLOGY.md", "inputs/thresholds.yaml");
        assertThat(names.subList(1, names.size())).isSorted();
        String methodology = Files.readString(q3.resolve("trustmap-2026-Q3/METHODOLOGY.md"));
        assertThat(methodology).startsWith("# Methodology: Fixture Ltd, 2026-Q3")
                .contains("unused-days: 60").contains("## How trustmap judges").contains("### Control status");
    }

    @Test
    void thePacksPoamHasAnItemPerFindingAndPackVerifyCoversIt() throws IOException {
        Path folder = q3.resolve("trustmap-2026-Q3");
        ObjectMapper json = new ObjectMapper();
        JsonNode findings = json.readTree(folder.resolve("data/assessment.json").toFile()).path("findings");
        JsonNode poam = json.readTree(folder.resolve("oscal/poam.json").toFile())
                .path("plan-of-action-and-milestones");
        List<String> ids = new ArrayList<>();
        findings.forEach(f -> ids.add(f.path("id").asText()));
        List<String> items = new ArrayList<>();
        poam.path("poam-items").forEach(i -> i.path("props").forEach(p -> {
            if (p.path("name").asText().equals("finding")) {
                items.add(p.path("value").asText());
            }
        }));
        assertThat(ids).hasSizeGreaterThan(60);
        assertThat(items).containsExactlyElementsOf(ids);
        List<String> statuses = new ArrayList<>();
        poam.path("risks").forEach(r -> statuses.add(r.path("status").asText()));
        assertThat(statuses).hasSize(ids.size()).containsOnly("open", "deviation-approved")
                .containsOnlyOnce("deviation-approved");

        PackManifest manifest = PackVerifier.verify(q3.resolve("trustmap-2026-Q3.zip"), Optional.empty()).manifest()
                .orElseThrow();
        byte[] bytes = Files.readAllBytes(folder.resolve("oscal/poam.json"));
        assertThat(manifest.files()).contains(new PackManifest.FileRecord("oscal/poam.json", bytes.length,
                HexFormat.of().formatHex(sha256(bytes))));
        // an edited POA&M in the unpacked folder fails verification, naming it
        Path copy = dir.resolve("q3-poam-edited");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(folder.relativize(file).toString()));
            }
        }
        Files.writeString(copy.resolve("oscal/poam.json"), new String(bytes, StandardCharsets.UTF_8)
                .replace("\"deviation-approved\"", "\"closed\""));
        assertThat(PackFolder.verify(copy, Optional.empty()).failures()).extracting(Verification.Failure::path)
                .containsExactly("oscal/poam.json");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePolicyAndConfigurationInTheFolderAreTheOnesUsed() throws IOException {
        JsonNode report = new ObjectMapper().readTree(q3.resolve("trustmap-2026-Q3/data/board.json").toFile());
        assertThat(report.at("/meta/organisation").asText()).isEqualTo("Fixture Ltd");
        assertThat(report.at("/meta/accent").asText()).isEqualTo("#0b6e4f");
        JsonNode assessment = new ObjectMapper().readTree(q3.resolve("trustmap-2026-Q3/data/assessment.json")
                .toFile());
        assertThat(assessment.at("/policy/limits/unused-days").asInt()).isEqualTo(60);
    }

    @Test
    void noSecretFromTheInputsReachesAnyFileOfThePack() throws IOException {
        assertThat(Files.readString(inputs.resolve("exports/scanners/scan-results.json"))).contains(CANARY);
        try (ZipFile zip = new ZipFile(q3.resolve("trustmap-2026-Q3.zip").toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(entry.getName()).doesNotContain(CANARY);
            }
        }
        try (var files = Files.walk(q3)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.toString().endsWith(".zip")) {
                    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                            .doesNotContain(CANARY);
                }
            }
        }
    }

    @Test
    void theSameRunTwiceGivesTheSamePackByteForByte() throws IOException {
        Path again = dir.resolve("again");
        Run run = trustmap("quarterly", "--period", "2026-Q3", "--inputs", inputs.toString(), "--out",
                again.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(again.resolve("trustmap-2026-Q3.zip")))
                .isEqualTo(Files.readAllBytes(q3.resolve("trustmap-2026-Q3.zip")));
    }

    @Test
    void theNextQuarterWithThisOneAsHistoryShowsATrendAndASignedPackVerifiesWithItsKey() throws IOException {
        Path keys = dir.resolve("keys");
        assertThat(trustmap("keys", "generate", "--out", keys.toString()).code()).isZero();
        Path q4 = dir.resolve("q4");
        Run run = trustmap("quarterly", "--period", "2026-Q4", "--inputs", inputs.toString(), "--out", q4.toString(),
                "--history", q3.toString(), "--sign-key", keys.resolve("trustmap.key").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 earlier quarters, content verified, signatures not checked (no"
                + " --history-key)");
        JsonNode report = new ObjectMapper().readTree(q4.resolve("trustmap-2026-Q4/data/board.json").toFile());
        assertThat(report.at("/board/trend")).hasSize(2);
        assertThat(report.at("/board/trend/0/period").asText()).isEqualTo("2026-Q3");
        assertThat(report.at("/board/trend/1/period").asText()).isEqualTo("2026-Q4");
        Verification verification = PackVerifier.verify(q4.resolve("trustmap-2026-Q4.zip"),
                Optional.of(SigningKeys.readPublic(keys.resolve("trustmap.pub"))));
        assertThat(verification.failures()).isEmpty();
        assertThat(verification.manifest().orElseThrow().signed()).isTrue();
    }

    @Test
    void theUnpackedFolderCarriesThePacksManifestAndVerifiesOnItsOwn() throws IOException {
        Path folder = q3.resolve("trustmap-2026-Q3");
        Verification verification = PackFolder.verify(folder, Optional.empty());
        assertThat(verification.failures()).isEmpty();
        assertThat(verification.filesChecked()).isEqualTo(verification.manifest().orElseThrow().files().size());
        try (ZipFile zip = new ZipFile(q3.resolve("trustmap-2026-Q3.zip").toFile())) {
            assertThat(Files.readAllBytes(folder.resolve("manifest.json")))
                    .isEqualTo(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
        }
        assertThat(folder.resolve("manifest.sig")).doesNotExist();
    }

    @Test
    void aSignedQuarterAsHistoryIsCheckedWithTheHistoryKey() throws IOException {
        Path keys = dir.resolve("history-keys");
        assertThat(trustmap("keys", "generate", "--out", keys.toString()).code()).isZero();
        Path signed = dir.resolve("signed-q3");
        assertThat(trustmap("quarterly", "--period", "2026-Q3", "--inputs", inputs.toString(), "--out",
                signed.toString(), "--sign-key", keys.resolve("trustmap.key").toString()).code()).isZero();
        assertThat(signed.resolve("trustmap-2026-Q3/manifest.sig")).exists();
        Path q4 = dir.resolve("q4-checked");
        Run run = trustmap("quarterly", "--period", "2026-Q4", "--inputs", inputs.toString(), "--out", q4.toString(),
                "--history", signed.resolve("trustmap-2026-Q3").toString(), "--history-key",
                keys.resolve("trustmap.pub").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 earlier quarters, verified, signed by "
                + SigningKeys.fingerprint(SigningKeys.readPublic(keys.resolve("trustmap.pub"))));
        Run unsigned = trustmap("quarterly", "--period", "2026-Q4", "--inputs", inputs.toString(), "--out",
                dir.resolve("q4-refused").toString(), "--history", q3.toString(), "--history-key",
                keys.resolve("trustmap.pub").toString());
        assertThat(unsigned.code()).isEqualTo(3);
        assertThat(unsigned.err()).contains(q3.resolve("trustmap-2026-Q3.zip") + ":manifest.sig: missing: a public"
                + " key was given, but the pack is unsigned");
    }

    @Test
    void anUnknownFileStopsTheRunUnlessSkippedAndThenThePackListsIt() throws IOException {
        Path withJunk = inputsFolder(dir.resolve("with-junk"));
        Files.writeString(withJunk.resolve("notes.txt"), "remember to ask Bob about the vendor key\n");
        Path out = dir.resolve("junk-out");
        Run stopped = trustmap("quarterly", "--period", "2026-Q3", "--inputs", withJunk.toString(), "--out",
                out.toString());
        assertThat(stopped.code()).isEqualTo(3);
        assertThat(stopped.err()).contains("notes.txt: not a kind of file trustmap recognises")
                .contains("--ignore-unknown");
        assertThat(out).doesNotExist();

        Run skipped = trustmap("quarterly", "--period", "2026-Q3", "--inputs", withJunk.toString(), "--out",
                out.toString(), "--ignore-unknown");
        assertThat(skipped.code()).as(skipped.err()).isZero();
        PackManifest manifest = PackVerifier.verify(out.resolve("trustmap-2026-Q3.zip"), Optional.empty())
                .manifest().orElseThrow();
        assertThat(manifest.skipped()).extracting(PackManifest.SkippedInput::name).containsExactly("notes.txt");
        assertThat(entries(out.resolve("trustmap-2026-Q3.zip"))).doesNotContain("inputs/notes.txt");
    }

    @Test
    void aPeriodThatIsNotAQuarterIsAUsageError() {
        Run run = trustmap("quarterly", "--period", "2026-09", "--inputs", inputs.toString(), "--out",
                dir.resolve("x").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'2026-09' is not a quarter; write it like 2026-Q3");
    }

    @Test
    void theFailOnGateTripsOnOpenFindingsButThePackIsWritten() {
        Path out = dir.resolve("gated");
        Run run = trustmap("quarterly", "--period", "2026-Q3", "--inputs", inputs.toString(), "--out",
                out.toString(), "--fail-on", "critical");
        assertThat(run.code()).isEqualTo(1);
        assertThat(out.resolve("trustmap-2026-Q3.zip")).exists();
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Collections.list(file.entries()).forEach(e -> names.add(e.getName()));
        }
        return names;
    }
}
