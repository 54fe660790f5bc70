package dev.trustmap.evidence.redact;

import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.redact.RedactionTestSupport.assertNoCanary;
import static dev.trustmap.evidence.redact.RedactionTestSupport.copy;
import static dev.trustmap.evidence.redact.RedactionTestSupport.detected;
import static dev.trustmap.evidence.redact.RedactionTestSupport.withoutHashes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.x509.CertificateImporter;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PEM bundles: certificates stay where they were, private keys of every kind are removed. */
class PemCopyTest {

    private static final String CANARY = "CANARYKEYMATERIAL0a1b2c3d";

    @TempDir
    Path dir;

    /** The five certificates of the SSL Labs chain sample, each as its own PEM block. */
    private static List<String> certificates() throws IOException {
        String chain = Files.readString(resource("dev/trustmap/evidence/x509/ssllabs_skf.mevitae.com_chain.pem"));
        Matcher m = Pattern.compile("-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\n?", Pattern.DOTALL)
                .matcher(chain);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group().endsWith("\n") ? m.group() : m.group() + "\n");
        }
        return blocks;
    }

    private static String key(String type) {
        return "-----BEGIN " + type + "-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + CANARY + "\n"
                + "w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + CANARY + "zz==\n-----END " + type + "-----\n";
    }

    @Test
    void bundleWithPrivateKeysKeepsEveryCertificateOnItsLineAndNoKey() throws IOException {
        List<String> certificates = certificates();
        String bundle = "Bag Attributes\n    friendlyName: skf\n" + certificates.get(0) + key("RSA PRIVATE KEY")
                + certificates.get(1) + key("EC PRIVATE KEY") + key("ENCRYPTED PRIVATE KEY") + certificates.get(2)
                + key("OPENSSH PRIVATE KEY") + certificates.get(3) + key("PRIVATE KEY") + certificates.get(4)
                + "-----BEGIN PRIVATE KEY-----\nMIIEvQ" + CANARY + "\n"; // cut off inside a key
        Path original = Files.writeString(dir.resolve("bundle.pem"), bundle);

        RedactionTestSupport.Copy copy = copy(original, "x509", dir.resolve("copy"));

        assertThat(copy.result().redactedValues()).isEqualTo(6);
        assertNoCanary(copy, CANARY);
        assertThat(copy.text()).doesNotContain("PRIVATE KEY-----").doesNotContain("MIIEvQ")
                .startsWith("Bag Attributes\n    friendlyName: skf\n-----BEGIN CERTIFICATE-----\n")
                .contains("REDACTED (RSA PRIVATE KEY block removed)\n\n\n\n-----BEGIN CERTIFICATE-----\n",
                        "REDACTED (OPENSSH PRIVATE KEY block removed)\n");
        String text = copy.text();
        certificates.forEach(certificate -> assertThat(text).contains(certificate));
        assertThat(copy.text().split("\n", -1)).hasSameSizeAs(bundle.split("\n", -1));

        assertThat(detected(copy.path())).isInstanceOf(CertificateImporter.class);
        Inventory fromOriginal = withoutHashes(importFiles(new CertificateImporter(), true, original));
        Inventory fromCopy = withoutHashes(importFiles(new CertificateImporter(), true, copy.path()));
        assertThat(fromCopy.identities()).hasSize(5).isEqualTo(fromOriginal.identities());
        assertThat(fromCopy.sources()).isEqualTo(fromOriginal.sources());
        // only the importer's note about the keys it skipped is gone: there are none left to skip
        assertThat(fromOriginal.warnings()).extracting(InputProblem::message)
                .contains("6 private-key blocks were skipped; their content was not read.");
        assertThat(fromCopy.warnings()).isEmpty();
    }

    @Test
    void chainSampleWithoutKeysIsCopiedByteForByte() throws IOException {
        Path sample = resource("dev/trustmap/evidence/x509/ssllabs_skf.mevitae.com_chain.pem");

        RedactionTestSupport.Copy copy = copy(sample, "x509", dir);

        assertThat(copy.result()).isEqualTo(new RedactedCopy(0, true));
        assertThat(Files.mismatch(sample, copy.path())).isEqualTo(-1L);
    }

    @Test
    void crlfBundleKeepsItsLineBreaks() throws IOException {
        String bundle = (certificates().get(0) + key("RSA PRIVATE KEY")).replace("\n", "\r\n");
        Path original = Files.writeString(dir.resolve("crlf.pem"), bundle);

        RedactionTestSupport.Copy copy = copy(original, "x509", dir.resolve("copy"));

        assertThat(copy.text()).isEqualTo(certificates().get(0).replace("\n", "\r\n")
                + "REDACTED (RSA PRIVATE KEY block removed)\r\n\r\n\r\n\r\n");
    }
}
