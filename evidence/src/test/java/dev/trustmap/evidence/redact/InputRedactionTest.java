package dev.trustmap.evidence.redact;

import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertSameInventory;
import static dev.trustmap.evidence.redact.RedactionTestSupport.copy;
import static dev.trustmap.evidence.redact.RedactionTestSupport.copyBytes;
import static dev.trustmap.evidence.redact.RedactionTestSupport.detected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.InputRedaction;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.model.problem.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The facade over every bundled sample: same inventory from the copy, byte-identical when nothing is secret. */
class InputRedactionTest {

    private static final String ROOT = "dev/trustmap/evidence/";

    /** Samples whose secret fields hold values (the rest carry no secret, or only a scanner's REDACTED). */
    // az_ad_sp_list: a base64 value in a service principal name reads as random, and is kept out as one would be;
    // defectdojo_ssl_labs: a session cookie (csrftoken) the scan recorded;
    // Key Vault: a certificate's x5t and a nextLink's $skiptoken read as random, as do the EXAMPLE version ids AWS's
    // docs use as member names, and a list-secrets NextToken; none is read, so the inventory stays the same
    private static final List<String> WITH_SECRETS = List.of("azure/az_ad_sp_list.json",
            "x509/defectdojo_ssl_labs_ok_v1.5.0.json", "github/pat-grants-pages.json",
            "kubernetes/secret-single.json", "kubernetes/secrets-kubectl.json",
            "scanners/defectdojo_gitleaks8_many.json", "scanners/defectdojo_trufflehog_v3_git_REDACTED.jsonl",
            "scanners/gitleaks_v8_csv_simple.csv", "scanners/gitleaks_v8_json_simple.json",
            "vault/token-lookups.jsonl", "vault/vault-docs_auth-token-lookup_sample-response.json",
            "keyvault/azure-cli-recording_certificate-list.json",
            "keyvault/azure-cli-recording_secret-list_maxresults1_page1.json",
            "secretsmanager/aws-cli-example_describe-secret.json",
            "secretsmanager/aws-cli-example_list-secrets_example1.json",
            "secretsmanager/aws-cli-example_list-secrets_example3_owning-service-rds.json",
            "secretsmanager/get-secret-value-by-mistake.json", "secretsmanager/list-secrets-cli-v2-pages.json",
            // OpenAI's redacted_value and Anthropic's partial_key_hint show part of a key; literal MCP secrets
            "openai/admin-keys-back-to-back.json", "openai/openai-openapi_admin-api-keys-list_example.json",
            "openai/openai-openapi_project-api-keys-list_example.json", "openai/project-pages-array.json",
            "anthropic/api-keys-list.json", "anthropic/api-keys-pages.json", "mcp/claude_desktop_config.json");

    @TempDir
    Path dir;

    /** Every importable sample under src/test/resources (assessment fixtures and notes aside). */
    static Stream<String> samples() throws IOException {
        Path root = resource(ROOT);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.contains("/") && !name.startsWith("assessment/"))
                    .filter(name -> !name.endsWith(".md") && !name.endsWith(".class"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleImportsTheSameFromItsCopy(String name) throws IOException {
        Path original = resource(ROOT + name);
        Importer importer = detected(original);

        RedactionTestSupport.Copy copy = copy(original, importer.source(), dir);

        assertThat(detected(copy.path()).source()).isEqualTo(importer.source());
        assertSameInventory(importer, original, copy.path());
        assertThat(copy.result().identical()).isEqualTo(!WITH_SECRETS.contains(name))
                .isEqualTo(copy.result().redactedValues() == 0)
                .isEqualTo(Files.mismatch(original, copy.path()) == -1L);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void copiesAreDeterministicAndCopyingACopyChangesNothing(String name) throws IOException {
        Path original = resource(ROOT + name);
        String source = detected(original).source();

        RedactionTestSupport.Copy copy = copy(original, source, dir);

        assertThat(copyBytes(original, source)).isEqualTo(copy.bytes());
        assertThat(copy(copy.path(), source, dir.resolve("again")).result()).isEqualTo(new RedactedCopy(0, true));
    }

    @Test
    void everyRegisteredImporterHasASampleItsRedactionIsTriedOn() throws IOException {
        List<String> sampled = samples().map(name -> detected(resource(ROOT + name)).source()).distinct().toList();

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(
                Importers.all().list().stream().map(Importer::source).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"policy", "exceptions", "attestations", "report-config"})
    void aSecretTypedIntoTrustmapsOwnFilesIsRedactedAndEveryOtherByteKept(String kind) throws IOException {
        String token = "ghp_" + "a1B2c3D4e5".repeat(4);
        String text = "# reviewed by ops\nnotes: rotated with " + token + "\r\n\u00e9\n";
        Path original = Files.write(dir.resolve("input"), text.getBytes(StandardCharsets.UTF_8));

        RedactionTestSupport.Copy copy = copy(original, kind, dir.resolve("copy"));

        assertThat(copy.result()).isEqualTo(new RedactedCopy(1, false));
        assertThat(copy.text()).isEqualTo(text.replace(token, Markers.of(token)));
    }

    @Test
    void theLogoIsCopiedByteForByte() throws IOException {
        byte[] content = ("\u0089PNG token ghp_" + "a1B2c3D4e5".repeat(4)).getBytes(StandardCharsets.UTF_8);
        Path original = Files.write(dir.resolve("logo.png"), content);

        RedactionTestSupport.Copy copy = copy(original, "logo", dir.resolve("copy"));

        assertThat(copy.result()).isEqualTo(new RedactedCopy(0, true));
        assertThat(copy.bytes()).isEqualTo(content);
    }

    @Test
    void aTokenTypedIntoAWorkbookCellIsRedactedInItsCopy() throws IOException {
        String token = "ghp_a1B2c3D4e5a1B2c3D4e5a1B2c3D4e5a1B2c3D4e5";
        Path workbook = dir.resolve("inventory.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(workbook))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<sst><si><t>svc-billing</t></si><si><t>" + token + "</t></si></sst>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        RedactionTestSupport.Copy copy = copy(workbook, "inventory-csv", dir.resolve("copy"));

        assertThat(copy.result()).isEqualTo(new RedactedCopy(1, false));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(copy.path().toFile())) {
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(strings).isEqualTo("<sst><si><t>svc-billing</t></si><si><t>" + Markers.of(token)
                    + "</t></si></sst>");
        }
    }

    @Test
    void aWorkbookWithNothingToHideIsCopiedByteForByte() throws IOException {
        Path workbook = dir.resolve("inventory.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(workbook))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst><si><t>svc-billing</t></si></sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        RedactionTestSupport.Copy copy = copy(workbook, "inventory-csv", dir.resolve("copy"));

        assertThat(copy.result()).isEqualTo(new RedactedCopy(0, true));
        assertThat(Files.mismatch(workbook, copy.path())).isEqualTo(-1L);
    }

    @Test
    void unknownSourceKeyIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), "{}");

        assertThatThrownBy(() -> InputRedaction.copy(new EvidenceFile(file), "nessus", OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nessus'")
                .hasMessageContaining("gitleaks, inventory-csv");
    }

    @Test
    void malformedJsonFailsBeforeWritingAndNeverQuotesItsContent() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.json"), "[\n {\"RuleID\": \"r\", \"StartLine\": 1,\n"
                + "  \"Secret\": CANARY-unquoted-secret}\n]\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> InputRedaction.copy(new EvidenceFile(file, "cut.json"), "gitleaks", out))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("cut.json");
                        assertThat(p.location()).startsWith("line 3");
                    });
                    assertThat(e.getMessage()).doesNotContain("CANARY");
                });
        assertThat(out.size()).isZero();
    }

    @Test
    void malformedJsonLineNamesItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("t.jsonl"), "{\"SourceMetadata\": {}, \"DetectorName\": \"AWS\","
                + " \"Raw\": \"x-secret-value\"}\n{\"Raw\": CANARY-unquoted}\n");

        assertThatThrownBy(() -> InputRedaction.copy(new EvidenceFile(file, "t.jsonl"), "trufflehog",
                OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problems().get(0).location()).startsWith("line 2");
                    assertThat(e.getMessage()).doesNotContain("CANARY");
                });
    }
}
