package dev.trustmap.evidence.x509;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.x509.PemBundleTest.CHAIN;
import static dev.trustmap.evidence.x509.PemBundleTest.ISRG_CROSS;
import static dev.trustmap.evidence.x509.PemBundleTest.LEAF;
import static dev.trustmap.evidence.x509.PemBundleTest.R3;
import static dev.trustmap.evidence.x509.SslLabsTest.REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** testssl.sh --csvfile output: the hand-made two-host fixture and variants built in the tests. */
class TestsslCsvTest {

    static final String CSV = "dev/trustmap/evidence/x509/testssl_two_hosts.csv";
    static final String MAIL_RSA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    static final String MAIL_ECC = "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c";
    static final String HEADER = "\"id\",\"fqdn/ip\",\"port\",\"severity\",\"finding\",\"cve\",\"cwe\"\n";

    private final CertificateImporter importer = new CertificateImporter();

    @TempDir
    Path dir;

    private static String row(String id, String target, String finding) {
        return "\"" + id + "\",\"" + target + "\",\"443\",\"INFO\",\"" + finding + "\",\"\",\"\"\n";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void hostCertificateTakesDatesAsUtcAndRecomputesTheValidityPeriod() {
        Inventory inventory = importFiles(importer, resource(CSV));

        Identity leaf = identity(inventory, "x509:" + LEAF);
        assertThat(leaf.name()).isEqualTo("skf.mevitae.com");
        assertThat(leaf.account()).isEqualTo("R3");
        assertThat(leaf.system()).isEqualTo("skf.mevitae.com");
        assertThat(leaf.scopes()).isEmpty();
        assertThat(leaf.actorClassReason()).isEqualTo("TLS certificate");
        Credential cert = credential(leaf, LEAF);
        assertThat(cert.createdAt()).isEqualTo(Instant.parse("2021-09-16T13:44:00Z"));
        assertThat(cert.expiresAt()).isEqualTo(Instant.parse("2021-12-15T13:44:00Z"));
        // The file's cert_validityPeriod says "825 > 398 days"; the two dates say 90 days.
        assertThat(cert.ttlSeconds()).isEqualTo(90L * 86_400);
        assertThat(cert.fingerprint()).isEqualTo("sha256:71aec56db6a06bce");
        assertThat(cert.origin().location()).isEqualTo("line 9");
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void intermediateCertificatesAreCaIdentitiesNamedFromTheirChainRow() {
        Inventory inventory = importFiles(importer, resource(CSV));

        Identity r3 = identity(inventory, "x509:" + R3);
        assertThat(r3.name()).isEqualTo("R3");
        assertThat(r3.account()).isEqualTo("ISRG Root X1");
        assertThat(r3.scopes()).containsExactly("ca");
        assertThat(r3.system()).isNull();
        assertThat(credential(r3, R3).expiresAt()).isEqualTo(Instant.parse("2025-09-15T16:00:00Z"));
        Identity cross = identity(inventory, "x509:" + ISRG_CROSS);
        assertThat(cross.name()).isEqualTo("ISRG Root X1");
        assertThat(cross.account()).isEqualTo("DST Root CA X3");
        assertThat(credential(cross, ISRG_CROSS).createdAt()).isEqualTo(Instant.parse("2021-01-20T19:14:00Z"));
    }

    @Test
    void severalHostCertificatesAreToldApartByTheirSuffix() {
        Inventory inventory = importFiles(importer, resource(CSV));

        assertThat(ids(inventory)).hasSize(5).contains("x509:" + MAIL_RSA, "x509:" + MAIL_ECC);
        Identity rsa = identity(inventory, "x509:" + MAIL_RSA);
        Identity ecc = identity(inventory, "x509:" + MAIL_ECC);
        assertThat(rsa.system()).isEqualTo("mail.example.test").isEqualTo(ecc.system());
        assertThat(rsa.account()).isEqualTo("Example Issuing CA RSA");
        assertThat(ecc.account()).isEqualTo("Example Issuing CA ECC");
        assertThat(credential(rsa, MAIL_RSA).expiresAt()).isEqualTo(Instant.parse("2026-07-01T23:59:00Z"));
        assertThat(credential(ecc, MAIL_ECC).expiresAt()).isEqualTo(Instant.parse("2025-01-01T08:00:00Z"));
    }

    @Test
    void pemSslLabsAndTestsslOfTheSameCertificatesMerge() {
        Inventory inventory = importFiles(importer, resource(CHAIN), resource(REPORT), resource(CSV));

        assertThat(ids(inventory)).hasSize(7);
        Identity leaf = identity(inventory, "x509:" + LEAF);
        assertThat(leaf.credentials()).hasSize(1);
        // The first source wins where both know a field: the PEM's exact seconds, SSL Labs' host.
        assertThat(credential(leaf, LEAF).expiresAt()).isEqualTo(Instant.parse("2021-12-15T13:44:51Z"));
        assertThat(leaf.system()).isEqualTo("defectdojo.mevitae.com");
    }

    @Test
    void theOlderCertSuffixAndBomAndCrlfAreRead() throws IOException {
        String text = "\uFEFF" + (HEADER
                + row("cert_fingerprintSHA256 <cert#2>", "old.example.test/192.0.2.9",
                        MAIL_RSA.toUpperCase(Locale.ROOT))
                + row("cert_commonName <cert#2>", "old.example.test/192.0.2.9", "old.example.test")
                + row("cert_notBefore <cert#2>", "old.example.test/192.0.2.9", "2019-05-18 20:28")
                + row("cert_notAfter <cert#2>", "old.example.test/192.0.2.9", "2020-06-18 10:03"))
                .replace("\n", "\r\n");
        Inventory inventory = importFiles(importer, write("old.csv", text));

        Identity cert = identity(inventory, "x509:" + MAIL_RSA);
        assertThat(cert.name()).isEqualTo("old.example.test");
        assertThat(cert.account()).isNull();
        assertThat(credential(cert, MAIL_RSA).createdAt()).isEqualTo(Instant.parse("2019-05-18T20:28:00Z"));
        assertThat(credential(cert, MAIL_RSA).origin().location()).isEqualTo("line 2");
    }

    @Test
    void aFingerprintComesFromThePemWhenItsRowIsMissing() throws IOException {
        String csv = Files.readString(resource(CSV)).lines()
                .filter(l -> !l.startsWith("\"cert_fingerprintSHA256\""))
                .reduce("", (a, b) -> a + b + "\n");
        Inventory inventory = importFiles(importer, write("nofp.csv", csv));

        assertThat(ids(inventory)).contains("x509:" + LEAF);
    }

    @Test
    void aCertificateWithoutAnyFingerprintIsABadRow() throws IOException {
        Path file = write("nofp.csv", HEADER + row("cert_commonName", "x.example.test/192.0.2.1", "x.example.test")
                + row("cert_notAfter", "x.example.test/192.0.2.1", "2026-01-01 00:00"));

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("no SHA-256 fingerprint for the host certificate #1 of "
                        + "x.example.test/192.0.2.1:443");
    }

    @Test
    void anUnreadableDateIsABadRowNamingItsLine() throws IOException {
        Path file = write("baddate.csv", HEADER
                + row("cert_fingerprintSHA256", "a.example.test/192.0.2.1", MAIL_RSA)
                + row("cert_notAfter", "a.example.test/192.0.2.1", "next summer")
                + row("cert_fingerprintSHA256", "b.example.test/192.0.2.2", MAIL_ECC)
                + row("cert_notAfter", "b.example.test/192.0.2.2", "2026-01-01 00:00"));

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).location()).isEqualTo("line 3"))
                .hasMessageContaining("expected a time like 2019-05-18 20:28 in cert_notAfter of the host certificate"
                        + " #1 of a.example.test/192.0.2.1:443, found 'next summer'");
        Inventory skipped = importFiles(importer, true, file);
        assertThat(ids(skipped)).containsExactly("x509:" + MAIL_ECC);
        assertThat(skipped.warnings()).singleElement().extracting(InputProblem::location).isEqualTo("line 3");
        assertThat(skipped.sources().get(0).skippedRows()).isEqualTo(1);
    }

    @Test
    void aMissingColumnIsRefusedAndAnUnknownOneIsAWarning() throws IOException {
        Path missing = write("missing.csv", "\"id\",\"fqdn/ip\",\"port\",\"severity\",\"finding_text\"\n");
        Path extra = write("extra.csv", HEADER.replace("\"cwe\"", "\"cwe\",\"hint\",\"comment\"")
                + row("cert_fingerprintSHA256", "a.example.test/192.0.2.1", MAIL_RSA));

        assertThatThrownBy(() -> importFiles(importer, missing)).isInstanceOf(InputException.class)
                .hasMessageContaining("the header lacks the column finding");
        assertThat(importFiles(importer, extra).warnings()).extracting(InputProblem::message)
                .containsExactly("columns trustmap does not read were ignored: comment.");
    }

    @Test
    void outputWithoutCertificateRowsIsAWarning() throws IOException {
        Path file = write("vulns.csv", HEADER + row("heartbleed", "a.example.test/192.0.2.1", "not vulnerable, no"
                + " heartbeat extension"));

        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.identities()).isEmpty();
        assertThat(inventory.warnings()).extracting(InputProblem::message)
                .containsExactly("no certificate rows (cert_*) in this testssl.sh output.");
    }

    @Test
    void manyHostsAreRead() throws IOException {
        Path file = dir.resolve("many.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            for (int h = 0; h < 3000; h++) {
                String target = "h" + h + ".example.test/10.0." + h / 256 + "." + h % 256;
                out.write(row("service", target, "HTTP"));
                out.write(row("cert_fingerprintSHA256", target, hex(h)));
                out.write(row("cert_commonName", target, "h" + h + ".example.test"));
                out.write(row("cert_notBefore", target, "2025-01-01 00:00"));
                out.write(row("cert_notAfter", target, "2025-04-01 00:00"));
                out.write(row("cert_caIssuers", target, "Example CA (Example from DE)"));
            }
        }
        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.identities()).hasSize(3000);
        Identity last = identity(inventory, "x509:" + hex(2999).toLowerCase(Locale.ROOT));
        assertThat(last.system()).isEqualTo("h2999.example.test");
        assertThat(last.account()).isEqualTo("Example CA");
        assertThat(credential(last, hex(2999).toLowerCase(Locale.ROOT)).ttlSeconds()).isEqualTo(90L * 86_400);
    }

    private static String hex(int n) {
        return String.format(Locale.ROOT, "%064X", n + 1);
    }

    @Test
    void recognisesTheTestsslHeaderOnly() throws IOException {
        assertThat(importer.recognises(new EvidenceFile(resource(CSV)).head())).isTrue();
        assertThat(importer.recognises(new EvidenceFile(resource(
                "dev/trustmap/evidence/scanners/gitleaks_v8_csv_simple.csv")).head())).isFalse();
        assertThat(importer.recognises(new EvidenceFile(write("other.csv", "id,name\n1,x\n")).head())).isFalse();
    }
}
