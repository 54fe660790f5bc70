package dev.trustmap.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.evidence.redact.Redaction;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleControls;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files read side by side, several at once, must give the inventory that reading them one after another gives:
 * the same bytes of {@code inventory.json}, the same warnings in the same order, the same progress shown, and the
 * same failure when files cannot be read. Each case imports the same files on one thread and on four, held and
 * spilled.
 */
class SideBySideImportTest {

    private static final Quarter PERIOD = Quarter.parse("2026-Q3").orElseThrow();
    private static final int TINY = 3;
    private static final int SIDE_BY_SIDE = 4;

    @Test
    void aSampleEstateImportsTheSameSideBySideAsInTurn(@TempDir Path dir) {
        SampleEstate.write(new SampleSpec(1_500, 3, PERIOD, new ArrayList<>(SampleControls.USED)),
                EstateOutput.into(dir));
        List<Path> inputs = List.of(dir.resolve("evidence"));

        Imported inTurn = importWith(1, InventoryBuilder.DEFAULT_MEMORY_LIMIT, inputs);
        Imported sideBySide = importWith(SIDE_BY_SIDE, InventoryBuilder.DEFAULT_MEMORY_LIMIT, inputs);
        Imported spilled = importWith(SIDE_BY_SIDE, TINY, inputs);

        // the comparison covers what side-by-side reading could disturb: many files, owners sheets, leaks
        assertThat(inTurn.inventory().sources()).hasSizeGreaterThan(10)
                .anySatisfy(s -> assertThat(s.source()).isEqualTo(InventoryImport.OWNERS));
        assertThat(inTurn.inventory().leaks()).isNotEmpty();
        assertThat(firstDifference(sideBySide, inTurn)).isEmpty();
        assertThat(firstDifference(spilled, inTurn)).isEmpty();
        assertThat(sideBySide.progress()).isEqualTo(inTurn.progress()).hasSize(2 * inTurn.inventory().sources()
                .size());
        assertThat(sideBySide.threads()).anySatisfy(t -> assertThat(t).startsWith("trustmap-read-"));
        assertThat(inTurn.threads()).containsExactly(Thread.currentThread().getName());
    }

    /**
     * The large file is read first and the small one beside it, so the small file's records for the ids they share
     * (the large file's last rows) reach the builder long before the large file's own. A record's place among its
     * id's is still its file's place in the order given: the first file's name wins, as it does read in turn.
     */
    @Test
    void anIdsRecordsMergeInFileOrderWhateverOrderTheyArriveIn(@TempDir Path dir) throws IOException {
        StringBuilder large = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            large.append(row(i, "from-first-file", "first@example.com"));
        }
        StringBuilder small = new StringBuilder(HEADER);
        for (int i = 19_900; i < 20_000; i++) {
            small.append(row(i, "from-second-file", "second@example.com"));
        }
        Files.writeString(dir.resolve("a-large.csv"), large, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-small.csv"), small, StandardCharsets.UTF_8);
        List<Path> inputs = List.of(dir.resolve("a-large.csv"), dir.resolve("b-small.csv"));

        Imported inTurn = importWith(1, InventoryBuilder.DEFAULT_MEMORY_LIMIT, inputs);
        for (int limit : new int[] {InventoryBuilder.DEFAULT_MEMORY_LIMIT, 1_000}) {
            Imported sideBySide = importWith(2, limit, inputs);
            Identity shared = sideBySide.inventory().identities().stream()
                    .filter(i -> i.id().equals("svc-19950")).findFirst().orElseThrow();
            assertThat(shared.name()).isEqualTo("from-first-file");
            assertThat(shared.technicalOwner()).isEqualTo("first@example.com");
            assertThat(shared.credentials()).extracting(c -> c.id())
                    .containsExactly("key-19950-from-first-file", "key-19950-from-second-file");
            assertThat(sideBySide.threads()).hasSize(2);
            assertThat(firstDifference(sideBySide, inTurn)).isEmpty();
        }
    }

    /**
     * Two files cannot be read: the first in order only at its last row, the second at its first. Read side by
     * side, the second fails long before the first does, yet the failure reported is the first file's, as it is
     * when they are read in turn (which never reaches the second).
     */
    @Test
    void theFailureReportedIsTheFirstFilesInOrderNotTheFirstToHappen(@TempDir Path dir) throws IOException {
        StringBuilder late = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            late.append(row(i, "svc", "ops@example.com"));
        }
        late.append("svc-late,late,workload,aws,key-late,access_key,not-a-date,ops@example.com\n");
        Files.writeString(dir.resolve("a-fails-late.csv"), late, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-fails-early.csv"), HEADER
                + "svc-early,early,workload,aws,key-early,access_key,not-a-date,ops@example.com\n",
                StandardCharsets.UTF_8);
        List<Path> inputs = List.of(dir.resolve("a-fails-late.csv"), dir.resolve("b-fails-early.csv"));

        String inTurn = failure(1, inputs);
        assertThat(inTurn).contains("a-fails-late.csv").contains("line 20002");
        assertThat(failure(2, inputs)).isEqualTo(inTurn);
        assertThat(failure(SIDE_BY_SIDE, List.of(dir.resolve("b-fails-early.csv"))))
                .contains("b-fails-early.csv").contains("line 2");
    }

    private static final String HEADER = "identity_id,identity_name,actor_class,platform,credential_id,"
            + "credential_kind,created_at,technical_owner\n";

    private static String row(int i, String name, String owner) {
        String id = String.format(Locale.ROOT, "%05d", i);
        return "svc-" + id + "," + name + ",workload,aws,key-" + id + "-" + name + ",access_key,2026-07-01," + owner
                + "\n";
    }

    /** The importer as it is, noting the thread each file is read on. */
    private static Importer watched(Importer importer, Set<String> readers) {
        return new Importer() {
            @Override
            public String source() {
                return importer.source();
            }

            @Override
            public String describe() {
                return importer.describe();
            }

            @Override
            public Set<Shows> shows() {
                return importer.shows();
            }

            @Override
            public boolean recognises(FileHead head) {
                return importer.recognises(head);
            }

            @Override
            public void read(EvidenceFile file, ImportSink sink) {
                readers.add(Thread.currentThread().getName());
                importer.read(file, sink);
            }

            @Override
            public Redaction redaction(FileHead head) {
                return importer.redaction(head);
            }
        };
    }

    private static String failure(int threads, List<Path> inputs) {
        try {
            importWith(threads, InventoryBuilder.DEFAULT_MEMORY_LIMIT, inputs);
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("the import did not fail");
    }

    /** The first line of {@code inventory.json} that differs, with both versions of it; empty when none does. */
    private static String firstDifference(Imported a, Imported b) {
        String[] x = new String(a.json(), StandardCharsets.UTF_8).split("\n", -1);
        String[] y = new String(b.json(), StandardCharsets.UTF_8).split("\n", -1);
        for (int line = 0; line < Math.max(x.length, y.length); line++) {
            String one = line < x.length ? x[line] : "(end)";
            String other = line < y.length ? y[line] : "(end)";
            if (!one.equals(other)) {
                return "line " + (line + 1) + ":\n  " + one + "\nagainst\n  " + other;
            }
        }
        return "";
    }

    private record Imported(Inventory inventory, byte[] json, List<String> progress, Set<String> threads) {
    }

    private static Imported importWith(int threads, int memoryLimit, List<Path> inputs) {
        List<String> progress = new ArrayList<>();
        Set<String> readers = Collections.newSetFromMap(new ConcurrentHashMap<>());
        List<Importer> watched = Importers.all().list().stream().map(i -> watched(i, readers)).toList();
        Inventory inventory = new InventoryImport(new Importers(watched), new ImportOptions(PERIOD.end(), false),
                true, memoryLimit, threads).run(inputs, null, List.of(), new InventoryImport.Listener() {
                    @Override
                    public void reading(EvidenceFile file, String source) {
                        progress.add("reading " + file.name() + " as " + source);
                    }

                    @Override
                    public void read(EvidenceFile file) {
                        progress.add("read " + file.name());
                    }
                }).inventory();
        return new Imported(inventory, SpilledImportTest.json(inventory), progress, readers);
    }
}
