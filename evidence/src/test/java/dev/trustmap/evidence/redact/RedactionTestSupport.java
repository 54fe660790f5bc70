package dev.trustmap.evidence.redact;

import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.InputRedaction;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.SourceSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Copies files the way the evidence pack does and checks what the copies hold and import to. */
final class RedactionTestSupport {

    static final Importers IMPORTERS = Importers.all();

    private RedactionTestSupport() {
    }

    /** A redacted copy of a file and what copying it did. */
    record Copy(Path path, RedactedCopy result) {

        String text() throws IOException {
            return Files.readString(path);
        }

        byte[] bytes() throws IOException {
            return Files.readAllBytes(path);
        }
    }

    /** Copies {@code original} into {@code into} under the same file name, so that both import with equal origins. */
    static Copy copy(Path original, String source, Path into) throws IOException {
        Files.createDirectories(into);
        Path copy = into.resolve(original.getFileName().toString());
        try (OutputStream out = Files.newOutputStream(copy)) {
            return new Copy(copy, InputRedaction.copy(new EvidenceFile(original), source, out));
        }
    }

    static byte[] copyBytes(Path original, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputRedaction.copy(new EvidenceFile(original), source, out);
        return out.toByteArray();
    }

    /** The importer that recognises the file by content, as {@code trustmap import} picks it. */
    static Importer detected(Path file) {
        return IMPORTERS.detect(new EvidenceFile(file));
    }

    /** Imports both files with the importer and checks they give the same inventory, source hashes aside. */
    static Inventory assertSameInventory(Importer importer, Path original, Path copy) {
        Inventory fromOriginal = importFiles(importer, true, original);
        Inventory fromCopy = importFiles(importer, true, copy);
        assertThat(withoutHashes(fromCopy)).isEqualTo(withoutHashes(fromOriginal));
        return fromOriginal;
    }

    static Inventory withoutHashes(Inventory inventory) {
        List<SourceSummary> sources = inventory.sources().stream().map(s -> new SourceSummary(s.file(), s.source(),
                "", s.identities(), s.credentials(), s.leaks(), s.skippedRows())).toList();
        return new Inventory(inventory.asOf(), sources, inventory.identities(), inventory.leaks(),
                inventory.warnings());
    }

    /**
     * The forms a canary can take in a file: as written, JSON-escaped, and base64 at each of the three alignments
     * (the middle of a base64 encoding of any text that contains it).
     */
    static List<String> forms(String canary) {
        List<String> forms = new ArrayList<>(List.of(canary));
        for (int shift = 0; shift < 3; shift++) {
            String encoded = Base64.getEncoder().encodeToString(("xx".substring(0, shift) + canary)
                    .getBytes(StandardCharsets.UTF_8));
            // drop the characters that depend on the bytes around the canary
            int skip = shift == 0 ? 0 : shift + 1;
            forms.add(encoded.substring(skip, encoded.length() - 4));
            forms.add(Base64.getUrlEncoder().encodeToString(("xx".substring(0, shift) + canary)
                    .getBytes(StandardCharsets.UTF_8)).substring(skip, encoded.length() - 4));
        }
        return forms;
    }

    /** Asserts the copy holds the canary in none of its forms. */
    static void assertNoCanary(Copy copy, String canary) throws IOException {
        String text = copy.text();
        for (String form : forms(canary)) {
            assertThat(text).as("the copy holds %s", form).doesNotContain(form);
        }
    }
}
