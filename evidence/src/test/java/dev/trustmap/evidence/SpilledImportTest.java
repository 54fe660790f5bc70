package dev.trustmap.evidence;

import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.inventory.InventoryJson;
import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.SourceSummary;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleControls;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An import too large to hold writes its records to temporary files and merges them back; the inventory must be
 * the very one a held import gives. Each case imports the same files twice, once with so small a memory limit
 * that nearly every record is spilled (and the runs are many enough to be merged in more than one pass), once
 * with the default, and compares the bytes of {@code inventory.json}.
 */
class SpilledImportTest {

    /** Records held before spilling: a handful, so every path through the runs is taken. */
    private static final int TINY = 3;
    private static final String EVIDENCE = "dev/trustmap/evidence";
    private static final Quarter PERIOD = Quarter.parse("2026-Q3").orElseThrow();

    @TempDir
    static Path estate;

    @BeforeAll
    static void writeEstate() {
        List<String> controls = new ArrayList<>(SampleControls.USED);
        for (String prefix : List.of("ACT", "LFC", "AXS", "DLG", "RVK")) {
            for (int i = 1; i <= 6; i++) {
                if (!controls.contains(prefix + "-0" + i)) {
                    controls.add(prefix + "-0" + i);
                }
            }
        }
        SampleEstate.write(new SampleSpec(2_000, 11, PERIOD, controls), EstateOutput.into(estate));
    }

    /**
     * The bundled sample exports the importer tests read: each file alone, each folder's files together, and all
     * of them at once (so that identities from several sources merge).
     */
    static Stream<String> bundled() {
        List<String> cases = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        for (Path file : bundledFiles("")) {
            String name = resource(EVIDENCE).relativize(file).toString().replace('\\', '/');
            cases.add(name);
            String folder = name.substring(0, name.lastIndexOf('/') + 1);
            if (!folders.contains(folder)) {
                folders.add(folder);
            }
        }
        cases.addAll(folders);
        cases.add("");
        return cases.stream();
    }

    /** The sample exports at or under a path (a folder ends in /); test classes share the folder, so skip them. */
    private static List<Path> bundledFiles(String path) {
        try (Stream<Path> walk = Files.walk(resource(EVIDENCE))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".class") && !p.toString().endsWith(".md"))
                    .filter(p -> resource(EVIDENCE).relativize(p).toString().replace('\\', '/').startsWith(path))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void bundledSamplesImportTheSameWhenSpilled(String path) {
        List<Path> inputs = bundledFiles(path);
        assertThat(inputs).isNotEmpty();
        Imported held;
        try {
            held = importWith(InventoryBuilder.DEFAULT_MEMORY_LIMIT, inputs, List.of());
        } catch (InputException e) {
            // a file no importer recognises alone (a sign-in report needs its applications, say) fails alike
            assertThatThrownBy(() -> importWith(TINY, inputs, List.of())).hasMessage(e.getMessage());
            return;
        }
        Imported spilled = importWith(TINY, inputs, List.of());

        assertThat(held.inventory().identities()).isNotInstanceOf(ReplayedList.class);
        if (held.inventory().identities().size() >= TINY) {
            assertThat(spilled.inventory().identities()).isInstanceOf(ReplayedList.class);
        }
        assertSameBytes(spilled, held);
    }

    @Test
    void aSampleEstateWithOwnersAndLeaksImportsTheSameWhenSpilled() {
        Imported held = importWith(InventoryBuilder.DEFAULT_MEMORY_LIMIT, List.of(estate.resolve("evidence")),
                List.of());
        Imported spilled = importWith(TINY, List.of(estate.resolve("evidence")), List.of());

        Inventory inventory = spilled.inventory();
        assertThat(inventory.identities()).isInstanceOf(ReplayedList.class).hasSizeGreaterThan(2_000);
        // what the comparison is meant to cover is there: owners sheets that changed identities, linked leaks
        assertThat(inventory.sources()).filteredOn(s -> s.source().equals(InventoryImport.OWNERS))
                .hasSize(2).anySatisfy(s -> assertThat(s.identities()).isPositive());
        assertThat(inventory.leaks()).anySatisfy(l -> assertThat(l.credentialId()).isNotNull());
        assertSameBytes(spilled, held);
    }

    @Test
    void ownersWarningsLeakTargetsAndDroppedActivityAreTheSameWhenSpilled(@TempDir Path dir) throws IOException {
        List<Path> inputs = crafted(dir);
        List<Path> owners = List.of(dir.resolve("owners-a.csv"), dir.resolve("owners-b.csv"));
        Imported held = importWith(InventoryBuilder.DEFAULT_MEMORY_LIMIT, inputs, owners);
        Imported spilled = importWith(TINY, inputs, owners);

        Inventory inventory = spilled.inventory();
        assertThat(inventory.identities()).isInstanceOf(ReplayedList.class);
        // the key id names the credential even though an identity earlier in id order holds the fingerprint, and
        // of two identities holding the key id the first in id order has it
        LeakedSecret byKeyId = inventory.leaks().stream().filter(l -> KEY_ID.equals(l.keyId())).findFirst()
                .orElseThrow();
        assertThat(byKeyId.identityId()).isEqualTo("zz-key-holder");
        assertThat(byKeyId.credentialId()).isEqualTo(KEY_ID);
        assertThat(inventory.identities()).filteredOn(i -> i.id().equals("zz-key-holder")).singleElement()
                .satisfies(i -> assertThat(i.credentials().get(0).leaked()).isTrue());
        assertThat(inventory.identities()).filteredOn(i -> i.id().equals("vault-token:fp-holder-accessor"))
                .singleElement().satisfies(i -> assertThat(i.credentials().get(0).leaked()).isFalse());
        // a leak with no key id goes by its fingerprint
        assertThat(inventory.identities()).filteredOn(i -> i.id().equals("vault-token:other-accessor"))
                .singleElement().satisfies(i -> assertThat(i.credentials().get(0).leaks())
                        .extracting(l -> l.rule()).containsExactly("generic-api-key"));
        // the sheets' warnings in the order of their rows, whatever the order the identities were merged in
        assertThat(inventory.warnings()).extracting(w -> w.location() + ": " + w.message()).containsExactly(
                "line 3: identity_id 'svc-ledger-batc' matches no imported identity; the row was not applied.",
                "line 4: identity_id 'nothing-like-it' matches no imported identity; the row was not applied.",
                "line 5: identity_id 'svc-payments-api' is listed again; only its first row was applied.",
                "line 6: actor_class 'robot' is not an actor class; the identity keeps pipeline.",
                "line 6: expected a date in decommission_on, found 'soon'; it was not applied.",
                ": 2 activity records described identities that no other input lists; they were not added. First: "
                        + "83f45296-fb8f-4aaa-a399-ac51084e02b7, f4d9654f-0305-4072-878c-8bf266dfe146.");
        assertThat(inventory.warnings().get(0).fix()).isEqualTo("Did you mean svc-ledger-batch?");
        assertThat(inventory.sources()).filteredOn(s -> s.source().equals(InventoryImport.OWNERS))
                .extracting(SourceSummary::identities).containsExactly(2, 1);
        assertSameBytes(spilled, held);
    }

    @Test
    void theSpilledIdentitiesCanBeWalkedAgainWithTheSameResult(@TempDir Path dir) throws IOException {
        List<Path> inputs = crafted(dir);
        List<Path> owners = List.of(dir.resolve("owners-a.csv"), dir.resolve("owners-b.csv"));
        List<Identity> identities = importWith(TINY, inputs, owners).inventory().identities();

        List<Identity> first = new ArrayList<>(identities);
        List<Identity> second = new ArrayList<>(identities);

        assertThat(first).hasSize(identities.size()).isNotEmpty().isEqualTo(second);
        assertThat(first).isEqualTo(importWith(InventoryBuilder.DEFAULT_MEMORY_LIMIT, inputs, owners).inventory()
                .identities());
    }

    private static final String KEY_ID = "AKIAZZZZZZZZZZZZZZZ1";

    /**
     * A small estate for the rules the merge applies: an inventory sheet and bundled sign-in activity (one of whose
     * records names no identity); a Vault token whose secret is an AWS key id, so its fingerprint matches a leak
     * that also carries that key id, which two identities later in id order hold as a credential; two owners sheets
     * with changes, a mistyped id, a repeated row and unusable values.
     */
    private static List<Path> crafted(Path dir) throws IOException {
        Files.writeString(dir.resolve("inventory.csv"), """
                identity_id,identity_name,actor_class,platform,credential_id,credential_kind,created_at
                svc-ledger-batch,ledger-batch,workload,aws,AKIAFIXTUREKEY000091,access_key,2026-07-01
                svc-payments-api,payments-api,workload,aws,AKIAFIXTUREKEY000090,access_key,2026-07-02
                svc-reports-export,reports-export,pipeline,aws,AKIAFIXTUREKEYOLD001,access_key,2026-03-01
                zz-key-holder,key-holder,workload,aws,%s,access_key,2026-05-01
                zzz-later-key-holder,later-key-holder,workload,aws,%1$s,access_key,2026-05-02
                svc-ledger-batch,ledger-batch,,aws,AKIAFIXTUREKEYREV001,access_key,2025-01-01
                """.formatted(KEY_ID), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tokens.jsonl"), token("fp-holder-accessor", KEY_ID)
                + token("other-accessor", "hvs.SAMPLEtokenLEAKEDbyFINGERPRINT") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gitleaks.json"), "[" + finding("aws-access-token", KEY_ID, 3) + ","
                + finding("generic-api-key", "hvs.SAMPLEtokenLEAKEDbyFINGERPRINT", 9) + "]\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("owners-a.csv"), """
                identity_id,technical_owner,business_owner,purpose,actor_class,decommission_on
                svc-payments-api,ops@example.com,cfo@example.com,Pays vendors,,
                svc-ledger-batc,ops@example.com,,,,
                nothing-like-it,ops@example.com,,,,
                svc-payments-api,someone@example.com,,,,
                svc-reports-export,,,,robot,soon
                zz-key-holder,keys@example.com,,,integration,2027-03-31
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("owners-b.csv"), """
                identity_id,technical_owner,purpose
                svc-payments-api,ops@example.com,Pays vendors again
                vault-token:other-accessor,,
                """, StandardCharsets.UTF_8);
        return List.of(dir.resolve("inventory.csv"), dir.resolve("tokens.jsonl"), dir.resolve("gitleaks.json"),
                resource(EVIDENCE + "/azure/msgraph-docs_beta_servicePrincipalSignInActivities_example1.json"));
    }

    private static String token(String accessor, String secret) {
        return "{\"data\": {\"accessor\": \"" + accessor + "\", \"creation_time\": 1790000000, \"creation_ttl\": 0,"
                + " \"display_name\": \"" + accessor + "\", \"expire_time\": null, \"id\": \"" + secret + "\","
                + " \"issue_time\": \"2026-09-21T14:13:20Z\", \"meta\": null, \"path\": \"auth/token/create\","
                + " \"policies\": [\"default\"], \"ttl\": 0, \"type\": \"service\"}}\n";
    }

    private static String finding(String rule, String secret, int line) {
        return """
                {"Description": "a finding", "StartLine": %d, "EndLine": %d, "StartColumn": 1, "EndColumn": 20,
                 "Match": "KEY=%s", "Secret": "%s", "File": "deploy/app.env", "SymlinkFile": "",
                 "Commit": "4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d", "Entropy": 3.5, \
                "Author": "A", "Email": "a@example.com",
                 "Date": "2026-09-20T10:00:00Z", "Message": "m", "Tags": [], "RuleID": "%s",
                 "Fingerprint": "4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d:deploy/app.env:%s:%d"}
                """.formatted(line, line, secret, secret, rule, rule, line);
    }

    private record Imported(Inventory inventory, byte[] json) {
    }

    /** The same inventory.json; on a difference, the first line that differs rather than megabytes of both. */
    private static void assertSameBytes(Imported spilled, Imported held) {
        if (!Arrays.equals(spilled.json(), held.json())) {
            String[] a = new String(spilled.json(), StandardCharsets.UTF_8).split("\n", -1);
            String[] b = new String(held.json(), StandardCharsets.UTF_8).split("\n", -1);
            int line = 0;
            while (line < Math.min(a.length, b.length) && a[line].equals(b[line])) {
                line++;
            }
            assertThat(line < a.length ? a[line] : "(end)").as("line %d of the spilled import's inventory.json",
                    line + 1).isEqualTo(line < b.length ? b[line] : "(end)");
        }
        assertThat(spilled.json()).hasSize(held.json().length);
    }

    private static Imported importWith(int memoryLimit, List<Path> inputs, List<Path> owners) {
        Inventory inventory = new InventoryImport(Importers.all(), new ImportOptions(PERIOD.end(), false), true,
                memoryLimit).run(inputs, null, owners, new InventoryImport.Listener() {
                    @Override
                    public void reading(EvidenceFile file, String source) {
                    }

                    @Override
                    public void read(EvidenceFile file) {
                    }
                }).inventory();
        return new Imported(inventory, json(inventory));
    }

    /** The inventory as {@code trustmap import} writes it. */
    static byte[] json(Inventory inventory) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            InventoryJson.write(inventory, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
