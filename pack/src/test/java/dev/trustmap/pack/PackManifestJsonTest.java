package dev.trustmap.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.pack.PackManifest.FileRecord;
import dev.trustmap.pack.PackManifest.InputRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackManifestJsonTest {

    private static final PackManifest MANIFEST = new PackManifest(PackManifest.SCHEMA, PackFixture.HEADER,
            PackManifest.ED25519, "sha256:0123456789abcdef",
            List.of(new InputRecord("a.csv", "inventory-csv", "1".repeat(64), "inputs/a.csv", "2".repeat(64)),
                    new InputRecord("owners.xlsx", "owners-workbook", "3".repeat(64), null, null)),
            PackFixture.SKIPPED, List.of(new FileRecord("inputs/a.csv", 12, "2".repeat(64))));

    @Test
    void writtenThenReadGivesTheSameManifestAndTheSameBytes() {
        byte[] json = PackManifestJson.write(MANIFEST);
        PackManifest read = PackManifestJson.read(json, "manifest.json");
        assertThat(read).isEqualTo(MANIFEST);
        assertThat(PackManifestJson.write(read)).isEqualTo(json);
        assertThat(new String(json, StandardCharsets.UTF_8)).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void everyProblemIsLocatedByItsJsonPointer() {
        String json = new String(PackManifestJson.write(MANIFEST), StandardCharsets.UTF_8)
                .replace("\"size\": 12", "\"size\": -1")
                .replace("\"originalSha256\": \"" + "1".repeat(64), "\"originalSha256\": \"XYZ")
                .replace("\"asOf\": \"2026-09-30T23:59:59Z\"", "\"asOf\": \"yesterday\"");
        assertThatThrownBy(() -> PackManifestJson.read(json.getBytes(StandardCharsets.UTF_8), "p.zip!manifest.json"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::location, InputProblem::message).containsExactly(
                                tuple("/asOf", "expected an instant such as"
                                        + " 2026-09-30T23:59:59Z, found 'yesterday'"),
                                tuple("/inputs/0/originalSha256", "expected a"
                                        + " SHA-256 as 64 lowercase hex digits, found 'XYZ'"),
                                tuple("/files/0/size",
                                        "expected a size in bytes, found -1")));
    }

    @Test
    void aNewerSchemaIsRefusedWithWhatToDo() {
        String json = new String(PackManifestJson.write(MANIFEST), StandardCharsets.UTF_8)
                .replace("trustmap-pack/1", "trustmap-pack/2");
        assertThatThrownBy(() -> PackManifestJson.read(json.getBytes(StandardCharsets.UTF_8), "manifest.json"))
                .isInstanceOf(InputException.class).hasMessage("manifest.json:/schema: this trustmap reads"
                        + " trustmap-pack/1, not trustmap-pack/2 Fix: Use the trustmap version that wrote the pack"
                        + " (or a newer one).");
    }

    @Test
    void duplicateKeysAndTrailingContentAreNotValidJson() {
        String json = new String(PackManifestJson.write(MANIFEST), StandardCharsets.UTF_8);
        String duplicated = json.replace("\"period\": \"2026-Q3\",", "\"period\": \"2026-Q3\", \"period\": \"x\",");
        assertThatThrownBy(() -> PackManifestJson.read(duplicated.getBytes(StandardCharsets.UTF_8), "m"))
                .isInstanceOf(InputException.class).hasMessageContaining("not valid JSON: Duplicate field 'period'");
        assertThatThrownBy(() -> PackManifestJson.read((json + "{}").getBytes(StandardCharsets.UTF_8), "m"))
                .isInstanceOf(InputException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void theSignerFollowsTheSignatureAndAnUnsignedManifestHasNoSignerField() {
        String signed = new String(PackManifestJson.write(MANIFEST), StandardCharsets.UTF_8);
        assertThat(signed).contains("  \"signature\": \"Ed25519\",\n  \"signer\": \"sha256:0123456789abcdef\",\n"
                + "  \"inputs\": [");
        PackManifest unsigned = new PackManifest(PackManifest.SCHEMA, PackFixture.HEADER, PackManifest.UNSIGNED, null,
                List.of(), List.of(), List.of());
        assertThat(new String(PackManifestJson.write(unsigned), StandardCharsets.UTF_8))
                .contains("  \"signature\": \"none\",\n  \"inputs\": [],\n").doesNotContain("signer");
    }

    @Test
    void aSignedManifestFromBeforeSignersWereNamedReadsBackToTheSameBytes() {
        byte[] old = new String(PackManifestJson.write(MANIFEST), StandardCharsets.UTF_8)
                .replace("  \"signer\": \"sha256:0123456789abcdef\",\n", "").getBytes(StandardCharsets.UTF_8);
        PackManifest read = PackManifestJson.read(old, "manifest.json");
        assertThat(read.signer()).isNull();
        assertThat(read.signed()).isTrue();
        assertThat(PackManifestJson.write(read)).isEqualTo(old);
    }

    @Test
    void aSignerOnAnUnsignedManifestOrOfAnotherShapeIsRefused() {
        String json = new String(PackManifestJson.write(MANIFEST), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PackManifestJson.read(json.replace("\"Ed25519\"", "\"none\"")
                .getBytes(StandardCharsets.UTF_8), "manifest.json")).isInstanceOf(InputException.class)
                .hasMessage("manifest.json:/signer: an unsigned pack names no signer, but this one names"
                        + " sha256:0123456789abcdef Fix: Use the manifest.json trustmap wrote; a hand-edited pack"
                        + " cannot be trusted.");
        assertThatThrownBy(() -> PackManifestJson.read(json.replace("sha256:0123456789abcdef", "0123")
                .getBytes(StandardCharsets.UTF_8), "manifest.json")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("manifest.json:/signer: signer must be a key fingerprint such as"
                        + " sha256:0123456789abcdef, not 0123");
    }
}
