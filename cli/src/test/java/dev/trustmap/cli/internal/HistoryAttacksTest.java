package dev.trustmap.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.pack.PackFolder;
import dev.trustmap.pack.PackManifest;
import dev.trustmap.pack.SigningKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forged history: a made-up earlier quarter must never reach the board's trend. Each case runs {@code trustmap
 * report --history} as a user would, on a pack of last quarter's assessment that a forger has altered.
 */
class HistoryAttacksTest extends CommandTestBase {

    private static final String ESTATE = Path.of("..", "examples", "estate").toString();
    private static final String ASSESSMENT = "data/assessment.json";

    @TempDir
    static Path shared;

    static Path q2;
    static Path q3;

    @TempDir
    Path dir;

    private Path history;

    @BeforeAll
    static void twoQuartersAssessed() {
        q2 = assess("q2", "2026-06-30");
        q3 = assess("q3", "2026-09-30");
    }

    @BeforeEach
    void aHistoryFolder() throws IOException {
        history = Files.createDirectories(dir.resolve("history"));
    }

    @Test
    void aSignedPackCheckedWithItsKeyGivesTheTrend() throws IOException {
        Path zip = pack(history, Optional.of(keys("owner").resolve("trustmap.key")));
        Run run = report(history, "--history-key", keys("owner").resolve("trustmap.pub").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(trend(run)).containsExactly("2026-Q2", "2026-Q3");
        assertThat(zip).exists();
    }

    @Test
    void aPackSignedWithAnotherKeyThanTheHistoryKeyStopsTheRun() throws IOException {
        Path zip = pack(history, Optional.of(keys("forger").resolve("trustmap.key")));
        Run run = report(history, "--history-key", keys("owner").resolve("trustmap.pub").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(zip + ": fails verification (2 problems), so it is not used as history")
                .contains(zip + ":manifest.sig: does not verify manifest.json with public key "
                        + fingerprint("owner"));
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void aForgedAssessmentInAPackStopsTheRunNamingThePack() throws IOException {
        Path zip = pack(history, Optional.empty());
        byte[] forged = forgedAssessment(zip);
        Files.write(zip, rezipped(zip, ASSESSMENT, forged));
        Run run = report(history);
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(zip + ": fails verification (1 problem), so it is not used as history: a"
                + " figure from it could be made up.")
                .contains(zip + ":data/assessment.json: content does not match manifest.json: " + forged.length
                        + " bytes with SHA-256 ");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void aPackHoldingTwoAssessmentsStopsTheRun() throws IOException {
        Path zip = pack(history, Optional.empty());
        // a second entry under the same name: added as data/assessment.jsoX, then renamed in the raw bytes
        String decoy = ASSESSMENT.substring(0, ASSESSMENT.length() - 1) + "X";
        byte[] twice = rezipped(zip, decoy, forgedAssessment(zip));
        Files.write(zip, renamed(twice, decoy, ASSESSMENT));
        Run run = report(history);
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(zip + ":data/assessment.json: appears more than once in the archive");
    }

    @Test
    void aPackFolderGivesTheTrendUntilItsAssessmentIsTamperedWith() throws IOException {
        Path folder = unpacked(history);
        Run untouched = report(folder);
        assertThat(untouched.code()).as(untouched.err()).isZero();
        assertThat(trend(untouched)).containsExactly("2026-Q2", "2026-Q3");

        Path assessment = folder.resolve(ASSESSMENT);
        Files.write(assessment, forgedAssessmentBytes(Files.readAllBytes(assessment)));
        Run tampered = report(folder);
        assertThat(tampered.code()).isEqualTo(3);
        assertThat(tampered.err()).contains(folder + ": fails verification (1 problem), so it is not used as"
                + " history").contains(folder + ":data/assessment.json: content does not match manifest.json");
    }

    @Test
    void aBareAssessmentFolderIsRefused() {
        Run run = report(q2);
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(q2.resolve("assessment.json") + ": is an assessment outside any evidence"
                + " pack: history comes only from packs or their unpacked folders (with manifest.json), which can be"
                + " verified.");
    }

    @Test
    void aStagingFolderAndPartialPacksLeftByAKilledRunAreNotQuarters() throws IOException {
        pack(history, Optional.empty());
        // what 'quarterly' leaves when killed mid-run: its hidden staging folder with a folder and a zip half written
        Path staging = Files.createDirectories(history.resolve(".trustmap-staging-4711"));
        Path halfDone = Files.createDirectories(staging.resolve("trustmap-2026-Q1/data"));
        ObjectNode quarterBefore = (ObjectNode) new ObjectMapper().readTree(forgedAssessmentBytes(Files.readAllBytes(
                q2.resolve("assessment.json"))));
        quarterBefore.put("asOf", "2026-03-31T23:59:59Z");
        Files.write(halfDone.resolve("assessment.json"), new ObjectMapper().writeValueAsBytes(quarterBefore));
        Files.writeString(staging.resolve(".trustmap-2026-Q1.zip-123.partial"), "PK");
        Files.writeString(history.resolve("trustmap-2026-Q1.zip.partial"), "PK");
        Run run = report(history);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(trend(run)).containsExactly("2026-Q2", "2026-Q3");
    }

    private static Path assess(String name, String asOf) {
        Path out = shared.resolve(name);
        Run run = trustmap("assess", ESTATE, "--ignore-unknown", "--as-of", asOf, "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return out;
    }

    /** Last quarter's pack, trustmap-2026-Q2.zip, in {@code folder}. */
    private Path pack(Path folder, Optional<Path> key) throws IOException {
        Path zip = folder.resolve("trustmap-2026-Q2.zip");
        HistoryPacks.pack(q2, "2026-Q2", key.map(SigningKeys::readPrivate), dir.resolve("staged"), zip);
        return zip;
    }

    /** Last quarter unpacked, as 'quarterly' leaves it beside the zip, with the zip itself gone. */
    private Path unpacked(Path folder) throws IOException {
        Path staged = folder.resolve("trustmap-2026-Q2");
        PackManifest manifest = HistoryPacks.pack(q2, "2026-Q2", Optional.empty(), staged,
                dir.resolve("elsewhere/trustmap-2026-Q2.zip"));
        PackFolder.writeManifest(staged, manifest, Optional.<PrivateKey>empty());
        return staged;
    }

    private Path keys(String name) {
        Path keys = dir.resolve("keys-" + name);
        if (!Files.exists(keys.resolve("trustmap.key"))) {
            assertThat(trustmap("keys", "generate", "--out", keys.toString()).code()).isZero();
        }
        return keys;
    }

    private String fingerprint(String name) {
        return SigningKeys.fingerprint(SigningKeys.readPublic(keys(name).resolve("trustmap.pub")));
    }

    private Run report(Path historyPlace, String... extra) {
        List<String> args = new ArrayList<>(List.of("report", "--assessment", q3.toString(), "--history",
                historyPlace.toString(), "--audience", "board", "--format", "json", "--out",
                dir.resolve("report").toString()));
        args.addAll(List.of(extra));
        return trustmap(args.toArray(String[]::new));
    }

    private List<String> trend(Run run) throws IOException {
        JsonNode board = new ObjectMapper().readTree(dir.resolve("report/board.json").toFile()).get("board");
        List<String> periods = new ArrayList<>();
        board.get("trend").forEach(point -> periods.add(point.get("period").asText()));
        return periods;
    }

    /** The pack's assessment with a better last quarter made up: twice as many identities. */
    private static byte[] forgedAssessment(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(
                ASSESSMENT))) {
            return forgedAssessmentBytes(in.readAllBytes());
        }
    }

    private static byte[] forgedAssessmentBytes(byte[] assessment) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(assessment);
        ObjectNode kpis = (ObjectNode) root.get("kpis");
        kpis.put("identities", kpis.get("identities").asInt() * 2);
        return mapper.writeValueAsBytes(root);
    }

    /** The zip re-written entry by entry, with {@code name} given {@code content} (added when not there). */
    private static byte[] rezipped(Path zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(content);
                    replaced = true;
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                }
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
            }
        }
        return bytes.toByteArray();
    }

    /** Every occurrence of one name replaced by another of the same length, in local headers and directory alike. */
    private static byte[] renamed(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        byte[] copy = zip.clone();
        for (int i = 0; i <= copy.length - a.length; i++) {
            if (Arrays.equals(copy, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, copy, i, b.length);
            }
        }
        return copy;
    }
}
