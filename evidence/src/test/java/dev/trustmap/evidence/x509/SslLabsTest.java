package dev.trustmap.evidence.x509;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static dev.trustmap.evidence.x509.PemBundleTest.CHAIN;
import static dev.trustmap.evidence.x509.PemBundleTest.DST;
import static dev.trustmap.evidence.x509.PemBundleTest.ISRG_CROSS;
import static dev.trustmap.evidence.x509.PemBundleTest.ISRG_SELF;
import static dev.trustmap.evidence.x509.PemBundleTest.LEAF;
import static dev.trustmap.evidence.x509.PemBundleTest.R3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSL Labs API v3 host reports: the DefectDojo sample, its merge with the PEM chain, and hand-made variants. */
class SslLabsTest {

    static final String REPORT = "dev/trustmap/evidence/x509/defectdojo_ssl_labs_ok_v1.5.0.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CertificateImporter importer = new CertificateImporter();

    @TempDir
    Path dir;

    private static ArrayNode sample() throws IOException {
        return (ArrayNode) JSON.readTree(resource(REPORT).toFile());
    }

    private Path write(String name, JsonNode json) throws IOException {
        return Files.writeString(dir.resolve(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    @Test
    void sampleGivesEveryCertificateWithTheHostOnTheLeaf() {
        Inventory inventory = importFiles(importer, resource(REPORT));

        assertThat(ids(inventory)).containsExactlyInAnyOrder("x509:" + LEAF, "x509:" + R3, "x509:" + ISRG_CROSS,
                "x509:" + ISRG_SELF, "x509:" + DST);
        Identity leaf = identity(inventory, "x509:" + LEAF);
        assertThat(leaf.name()).isEqualTo("skf.mevitae.com");
        assertThat(leaf.account()).isEqualTo("R3");
        assertThat(leaf.system()).isEqualTo("defectdojo.mevitae.com");
        assertThat(leaf.scopes()).isEmpty();
        Credential cert = credential(leaf, LEAF);
        assertThat(cert.createdAt()).isEqualTo(Instant.ofEpochMilli(1631799892000L));
        assertThat(cert.expiresAt()).isEqualTo(Instant.parse("2021-12-15T13:44:51Z"));
        assertThat(cert.fingerprint()).isEqualTo("sha256:71aec56db6a06bce");
        assertThat(cert.origin()).isEqualTo(new Origin("defectdojo_ssl_labs_ok_v1.5.0.json", "/0/certs/0"));
        Identity dst = identity(inventory, "x509:" + DST);
        assertThat(dst.name()).isEqualTo("DST Root CA X3");
        assertThat(dst.account()).isEqualTo("DST Root CA X3");
        assertThat(dst.scopes()).containsExactly("ca");
        assertThat(dst.system()).isNull();
        assertThat(credential(dst, DST).expiresAt()).isEqualTo(Instant.parse("2021-09-30T14:01:15Z"));
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void pemAndSslLabsOfTheSameCertificatesMergeIntoOneIdentityEach() {
        Inventory pemOnly = importFiles(importer, resource(CHAIN));
        Inventory both = importFiles(importer, resource(CHAIN), resource(REPORT));

        assertThat(ids(both)).containsExactlyInAnyOrderElementsOf(ids(pemOnly)).hasSize(5);
        for (Identity identity : both.identities()) {
            assertThat(identity.credentials()).hasSize(1);
            Credential merged = identity.credentials().get(0);
            Credential fromPem = identity(pemOnly, identity.id()).credentials().get(0);
            assertThat(merged.id()).isEqualTo(fromPem.id());
            assertThat(merged.createdAt()).isEqualTo(fromPem.createdAt());
            assertThat(merged.expiresAt()).isEqualTo(fromPem.expiresAt());
            assertThat(identity.scopes()).isEqualTo(identity(pemOnly, identity.id()).scopes());
        }
        assertThat(identity(both, "x509:" + LEAF).system()).isEqualTo("defectdojo.mevitae.com");
        assertThat(both.sources()).extracting(s -> s.identities()).containsExactly(5, 5);
    }

    @Test
    void withoutRawTheChainPositionTellsCaCertificatesApart() throws IOException {
        ArrayNode report = sample();
        report.get(0).get("certs").forEach(c -> ((ObjectNode) c).remove("raw"));
        Inventory inventory = importFiles(importer, write("noraw.json", report));

        assertThat(identity(inventory, "x509:" + LEAF).scopes()).isEmpty();
        assertThat(identity(inventory, "x509:" + LEAF).system()).isEqualTo("defectdojo.mevitae.com");
        for (String ca : List.of(R3, ISRG_CROSS, ISRG_SELF, DST)) {
            assertThat(identity(inventory, "x509:" + ca).scopes()).containsExactly("ca");
        }
        assertThat(identity(inventory, "x509:" + R3).account()).isEqualTo("ISRG Root X1");
    }

    @Test
    void oneHostReportAsAnObjectIsReadToo() throws IOException {
        Inventory inventory = importFiles(importer, write("one.json", sample().get(0)));

        assertThat(ids(inventory)).hasSize(5);
        assertThat(credential(identity(inventory, "x509:" + R3), R3).origin().location()).isEqualTo("/certs/1");
    }

    @Test
    void aTimeThatIsNotEpochMillisIsABadRowAtItsPointer() throws IOException {
        ArrayNode report = sample();
        ((ObjectNode) report.get(0).get("certs").get(2)).put("notAfter", "2024-09-30");
        Path file = write("badtime.json", report);

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).location())
                        .isEqualTo("/0/certs/2/notAfter"))
                .hasMessageContaining("expected epoch milliseconds in notAfter, found '2024-09-30'");
        Inventory skipped = importFiles(importer, true, file);
        assertThat(ids(skipped)).hasSize(4).doesNotContain("x509:" + ISRG_CROSS);
        assertThat(skipped.warnings()).singleElement().extracting(InputProblem::message).asString()
                .startsWith("skipped: expected epoch milliseconds");
    }

    @Test
    void aTruncatedReportNamesTheLine() throws IOException {
        String text = Files.readString(resource(REPORT));
        Path file = Files.writeString(dir.resolve("cut.json"), text.substring(0, text.length() / 2));

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("truncated")
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).location()).startsWith("line "));
    }

    @Test
    void anApiV2ReportIsRefusedWithTheVersionNamed() throws IOException {
        ObjectNode host = JSON.createObjectNode().put("host", "old.example.test").put("engineVersion", "1.32.16")
                .put("criteriaVersion", "2009l").put("status", "READY");
        host.putArray("endpoints").addObject().putObject("details").putObject("cert").put("subject", "CN=old");
        Path file = write("v2.json", JSON.createArrayNode().add(host));

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("API v2");
    }

    @Test
    void aHostThatWasNotAssessedIsAWarning() throws IOException {
        ArrayNode report = sample();
        ObjectNode failed = JSON.createObjectNode().put("host", "gone.example.test").put("port", 443)
                .put("status", "ERROR").put("statusMessage", "Unable to resolve domain name")
                .put("engineVersion", "2.1.8").put("criteriaVersion", "2009q");
        failed.putArray("endpoints");
        report.add(failed);
        Inventory inventory = importFiles(importer, write("partial.json", report));

        assertThat(ids(inventory)).hasSize(5);
        assertThat(inventory.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("/1");
            assertThat(w.message()).contains("gone.example.test").contains("ERROR: Unable to resolve domain name");
        });
    }

    @Test
    void manyHostReportsAreStreamed() throws IOException {
        ArrayNode hosts = JSON.createArrayNode();
        for (int h = 0; h < 2000; h++) {
            ObjectNode host = JSON.createObjectNode().put("host", "h" + h + ".example.test").put("port", 443)
                    .put("status", "READY").put("engineVersion", "2.1.8").put("criteriaVersion", "2009q");
            host.putArray("endpoints").addObject().putObject("details").putArray("certChains").addObject()
                    .putArray("certIds").add(hex(h));
            host.putArray("certs").addObject().put("id", hex(h)).put("subject", "CN=h" + h + ".example.test")
                    .put("issuerSubject", "CN=Example CA, O=Example").put("notBefore", 1_700_000_000_000L + h)
                    .put("notAfter", 1_731_536_000_000L).put("sha256Hash", hex(h).toUpperCase(Locale.ROOT));
            hosts.add(host);
        }
        Inventory inventory = importFiles(importer, write("many.json", hosts));

        assertThat(inventory.identities()).hasSize(2000);
        Identity last = identity(inventory, "x509:" + hex(1999));
        assertThat(last.system()).isEqualTo("h1999.example.test");
        assertThat(last.name()).isEqualTo("h1999.example.test");
        assertThat(last.account()).isEqualTo("Example CA");
        assertThat(credential(last, hex(1999)).createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_001_999L));
        assertThat(credential(last, hex(1999)).origin().location()).isEqualTo("/1999/certs/0");
    }

    private static String hex(int n) {
        return String.format(Locale.ROOT, "%064x", n + 1);
    }

    @Test
    void recognisesTheReportByItsEngineAndCriteriaVersions() {
        assertThat(importer.recognises(new EvidenceFile(resource(REPORT)).head())).isTrue();
    }
}
