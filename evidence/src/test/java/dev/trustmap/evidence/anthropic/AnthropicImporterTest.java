package dev.trustmap.evidence.anthropic;

import static dev.trustmap.evidence.ImporterTestSupport.bundledSamples;
import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.ManagedBy;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnthropicImporterTest {

    private static final String DIR = "dev/trustmap/evidence/anthropic/";
    private static final Path LIST = resource(DIR + "api-keys-list.json");
    private static final Path PAGES = resource(DIR + "api-keys-pages.json");

    private final AnthropicImporter importer = new AnthropicImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void eachKeyIsAnAiAgentIdentityHoldingItself() {
        Inventory inventory = importFiles(importer, LIST);

        assertThat(ids(inventory)).containsExactly("anthropic:apikey_01Legacy00000000000003",
                "anthropic:apikey_01Notebook0000000000002", "anthropic:apikey_01Pilot000000000000004",
                "anthropic:apikey_01SupportTriage0000000001");
        Identity triage = identity(inventory, "anthropic:apikey_01SupportTriage0000000001");
        assertThat(triage.name()).isEqualTo("support-triage-prod");
        assertThat(triage.platform()).isEqualTo("anthropic");
        assertThat(triage.account()).isEqualTo("wrkspc_01Support000000000001");
        assertThat(triage.actorClass()).isEqualTo(ActorClass.AI_AGENT);
        assertThat(triage.technicalOwner()).as("the creator").isEqualTo("user_01DanaReyes000000000001");
        assertThat(triage.status()).isEqualTo("active");
        Credential key = credential(triage, "apikey_01SupportTriage0000000001");
        assertThat(key.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(key.managedBy()).isEqualTo(ManagedBy.USER);
        assertThat(key.active()).isTrue();
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2025-02-03T09:15:27.427722Z"));
        assertThat(key.expiresAt()).isNull();
        assertThat(key.lastUsedAt()).as("Anthropic records no last use").isNull();
        assertThat(key.origin().location()).isEqualTo("/data/0");
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void statusesNullCreatorAndTheDefaultWorkspace() {
        Inventory inventory = importFiles(importer, LIST);

        Identity notebook = identity(inventory, "anthropic:apikey_01Notebook0000000000002");
        assertThat(notebook.account()).as("workspace_id null").isEqualTo("default");
        assertThat(notebook.status()).isEqualTo("disabled");
        assertThat(credential(notebook, "apikey_01Notebook0000000000002").active()).isFalse();
        Identity legacy = identity(inventory, "anthropic:apikey_01Legacy00000000000003");
        assertThat(legacy.status()).isEqualTo("decommissioned");
        assertThat(legacy.technicalOwner()).as("created_by null: not recorded").isNull();
        assertThat(credential(legacy, "apikey_01Legacy00000000000003").createdAt())
                .isEqualTo(Instant.parse("2023-11-14T08:00:00.5Z"));
        Identity pilot = identity(inventory, "anthropic:apikey_01Pilot000000000000004");
        assertThat(pilot.status()).isEqualTo("disabled");
        Credential expired = credential(pilot, "apikey_01Pilot000000000000004");
        assertThat(expired.active()).isFalse();
        assertThat(expired.expiresAt()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void theFormatSaysItNeverRecordsLastUse() {
        assertThat(importer.shows()).containsExactly(Shows.LAST_USE_NOT_RECORDED);
        assertThat(Importers.all().showing(Shows.LAST_USE_NOT_RECORDED)).contains("anthropic");
    }

    @Test
    void partialKeyHintsAreNeverKeptNorCopiedIntoThePack() {
        assertThat(everythingKept(importFiles(importer, LIST, PAGES))).doesNotContain("sk-ant", "igAA");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceFile file = new EvidenceFile(LIST);
        importer.redaction(file.head()).copy(file, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("sk-ant").contains("REDACTED")
                .contains("apikey_01Pilot000000000000004");
    }

    @Test
    void pagesBackToBackAndHasMoreOnTheLastPage() {
        Inventory inventory = importFiles(importer, PAGES);

        assertThat(ids(inventory)).containsExactly("anthropic:apikey_01PageOne000000000001",
                "anthropic:apikey_01PageTwo000000000002");
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("line 2");
            assertThat(w.message()).startsWith("has_more is true on the last page");
        });
    }

    @Test
    void pagesInOneArray() throws IOException {
        String[] pages = Files.readString(PAGES).strip().split("\n");
        Path array = write("array.json", "[" + pages[0] + ",\n" + pages[1].replace("\"has_more\":true",
                "\"has_more\":false") + "]");

        Inventory inventory = importFiles(importer, array);

        assertThat(inventory.identities()).hasSize(2);
        assertThat(inventory.warnings()).isEmpty();
        assertThat(credential(identity(inventory, "anthropic:apikey_01PageTwo000000000002"),
                "apikey_01PageTwo000000000002").origin().location()).isEqualTo("/1/data/0");
    }

    @Test
    void unreadableKeysAreBadRowsNamingTheirPointer() throws IOException {
        Path bad = write("bad.json", """
                {"data":[
                {"type":"api_key","name":"no id","status":"active","partial_key_hint":null},
                {"id":"apikey_a","type":"api_key","status":"revoked","created_at":"2026-01-01T00:00:00Z"},
                {"id":"apikey_b","type":"api_key","status":"active","created_at":"January"},
                {"id":"apikey_c","type":"api_key","status":"active","created_by":"someone"},
                {"id":"wrkspc_1","type":"workspace"}
                ],"has_more":false,"first_id":null,"last_id":null}
                """);

        assertThatThrownBy(() -> importFiles(importer, bad)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems().get(0).file()).isEqualTo("bad.json");
            assertThat(e.problems().get(0).location()).isEqualTo("line 2, /data/0");
        });
        Inventory skipped = importFiles(importer, true, bad);
        assertThat(skipped.identities()).isEmpty();
        assertThat(skipped.warnings()).extracting(InputProblem::location).containsExactly("line 2, /data/0",
                "line 3, /data/1/status", "line 4, /data/2/created_at", "line 5, /data/3/created_by",
                "line 6, /data/4/type");
        assertThat(skipped.warnings().get(1).message()).contains("found 'revoked'");
    }

    @Test
    void recognisesItsOwnSamplesAndNoOtherFormats() {
        for (Path sample : bundledSamples()) {
            boolean own = sample.getParent().getFileName().toString().equals("anthropic");
            assertThat(importer.recognises(new EvidenceFile(sample).head())).as(sample.toString()).isEqualTo(own);
            if (own) {
                assertThat(Importers.all().detect(new EvidenceFile(sample)).source()).isEqualTo("anthropic");
            }
        }
    }
}
