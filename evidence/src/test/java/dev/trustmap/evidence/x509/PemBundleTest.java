package dev.trustmap.evidence.x509;

import static dev.trustmap.evidence.ImporterTestSupport.credential;
import static dev.trustmap.evidence.ImporterTestSupport.everythingKept;
import static dev.trustmap.evidence.ImporterTestSupport.identity;
import static dev.trustmap.evidence.ImporterTestSupport.ids;
import static dev.trustmap.evidence.ImporterTestSupport.importFiles;
import static dev.trustmap.evidence.ImporterTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PEM bundles: the SSL Labs chain sample, and hand-made bundles for BOM, keys, damage and PKCS#7. */
class PemBundleTest {

    static final String CHAIN = "dev/trustmap/evidence/x509/ssllabs_skf.mevitae.com_chain.pem";
    static final String LEAF = "71aec56db6a06bceba9ca8158bd7b758f3392213bb7859bbce47ebeb13b99ae6";
    static final String R3 = "67add1166b020ae61b8f5fc96813c04c2aa589960796865572a3c7e737613dfd";
    static final String ISRG_CROSS = "6d99fb265eb1c5b3744765fcbc648f3cd8e1bffafdc4c2f99b9d47cf7ff1c24f";
    static final String ISRG_SELF = "96bcec06264976f37460779acf28c5a7cfe8a3c0aae11a8ffcee05c0bddf08c6";
    static final String DST = "0687260331a72403d909f105e69bcf0d32e1bd2493ffc6d9206d11bcd6770739";

    private final CertificateImporter importer = new CertificateImporter();

    @TempDir
    Path dir;

    static String chainText() throws IOException {
        return Files.readString(resource(CHAIN));
    }

    /** The chain's certificate blocks, each with its BEGIN and END lines. */
    static List<String> chainBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\n", Pattern.DOTALL)
                .matcher(chainText());
        while (m.find()) {
            blocks.add(m.group());
        }
        return blocks;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void chainSampleGivesOneIdentityPerCertificateKeyedBySha256() {
        Inventory inventory = importFiles(importer, resource(CHAIN));

        assertThat(ids(inventory)).containsExactlyInAnyOrder("x509:" + LEAF, "x509:" + R3, "x509:" + ISRG_CROSS,
                "x509:" + ISRG_SELF, "x509:" + DST);
        Identity leaf = identity(inventory, "x509:" + LEAF);
        assertThat(leaf.name()).isEqualTo("skf.mevitae.com");
        assertThat(leaf.platform()).isEqualTo("x509");
        assertThat(leaf.account()).isEqualTo("R3");
        assertThat(leaf.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        assertThat(leaf.actorClassReason()).isEqualTo("TLS certificate");
        assertThat(leaf.scopes()).isEmpty();
        assertThat(leaf.system()).isNull();
        assertThat(leaf.sources()).containsExactly("x509");
        Credential cert = credential(leaf, LEAF);
        assertThat(cert.kind()).isEqualTo(CredentialKind.CERTIFICATE);
        assertThat(cert.active()).isTrue();
        assertThat(cert.createdAt()).isEqualTo(Instant.parse("2021-09-16T13:44:52Z"));
        assertThat(cert.expiresAt()).isEqualTo(Instant.parse("2021-12-15T13:44:51Z"));
        assertThat(cert.ttlSeconds()).isEqualTo(90L * 86_400 - 1);
        assertThat(cert.fingerprint()).isEqualTo("sha256:71aec56db6a06bce");
        assertThat(cert.lastUsedAt()).isNull();
        assertThat(cert.origin()).isEqualTo(new Origin("ssllabs_skf.mevitae.com_chain.pem", "line 1"));
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void sameSubjectTwiceWithDifferentExpiriesStaysTwoCertificates() {
        Inventory inventory = importFiles(importer, resource(CHAIN));

        Identity cross = identity(inventory, "x509:" + ISRG_CROSS);
        Identity self = identity(inventory, "x509:" + ISRG_SELF);
        assertThat(cross.name()).isEqualTo("ISRG Root X1").isEqualTo(self.name());
        assertThat(cross.account()).isEqualTo("DST Root CA X3");
        assertThat(self.account()).isEqualTo("ISRG Root X1");
        assertThat(credential(cross, ISRG_CROSS).expiresAt()).isEqualTo(Instant.parse("2024-09-30T18:14:03Z"));
        assertThat(credential(self, ISRG_SELF).expiresAt()).isEqualTo(Instant.parse("2035-06-04T11:04:38Z"));
    }

    @Test
    void caCertificatesCarryScopeCa() {
        Inventory inventory = importFiles(importer, resource(CHAIN));

        for (String ca : List.of(R3, ISRG_CROSS, ISRG_SELF, DST)) {
            Identity identity = identity(inventory, "x509:" + ca);
            assertThat(identity.scopes()).containsExactly("ca");
            assertThat(identity.actorClassReason()).isEqualTo("CA certificate");
            assertThat(identity.actorClass()).isEqualTo(ActorClass.WORKLOAD);
        }
        assertThat(identity(inventory, "x509:" + R3).account()).isEqualTo("ISRG Root X1");
    }

    @Test
    void bomCrlfAndTextAroundBlocksAreRead() throws IOException {
        String text = "\uFEFFBag Attributes\r\nsubject=CN = skf.mevitae.com\r\n" + chainBlocks().get(0)
                .replace("\n", "\r\n") + "\r\nsome trailing note\r\n" + chainBlocks().get(1).replace("\n", "\r\n");
        Inventory inventory = importFiles(importer, write("bom.pem", text));

        assertThat(ids(inventory)).containsExactlyInAnyOrder("x509:" + LEAF, "x509:" + R3);
        assertThat(credential(identity(inventory, "x509:" + LEAF), LEAF).origin().location()).isEqualTo("line 3");
    }

    @Test
    void privateKeyBlocksAreSkippedAndCountedWithoutTheirContent() throws IOException {
        StringBuilder text = new StringBuilder(chainBlocks().get(0));
        for (String type : List.of("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY",
                "OPENSSH PRIVATE KEY")) {
            text.append("-----BEGIN ").append(type).append("-----\n")
                    .append("Q0FOQVJZLVNFQ1JFVC1LRVk=CANARY-SECRET-KEYBODY\n")
                    .append("-----END ").append(type).append("-----\n");
        }
        Path file = write("with-keys.pem", text.toString());
        Inventory inventory = importFiles(importer, file);

        assertThat(ids(inventory)).containsExactly("x509:" + LEAF);
        assertThat(inventory.warnings()).extracting(InputProblem::message)
                .containsExactly("5 private-key blocks were skipped; their content was not read.");
        assertThat(everythingKept(inventory)).doesNotContain("CANARY-SECRET").doesNotContain("Q0FOQVJZ");
    }

    @Test
    void aFileOfOnlyPrivateKeysIsRefused() throws IOException {
        Path file = write("key.pem",
                "-----BEGIN EC PRIVATE KEY-----\nCANARY-SECRET-EC\n-----END EC PRIVATE KEY-----\n");

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("holds no -----BEGIN CERTIFICATE----- block (only private keys")
                .message().doesNotContain("CANARY");
    }

    @Test
    void aDamagedBlockIsABadRowAtItsLine() throws IOException {
        String damaged = chainBlocks().get(1).replaceFirst("MII", "!!!!");
        Path file = write("damaged.pem", chainBlocks().get(0) + damaged);
        int line = chainBlocks().get(0).split("\n").length + 1;

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).location())
                        .isEqualTo("line " + line))
                .hasMessageContaining("not a readable X.509 certificate");
        Inventory skipped = importFiles(importer, true, file);
        assertThat(ids(skipped)).containsExactly("x509:" + LEAF);
        assertThat(skipped.warnings()).extracting(InputProblem::message)
                .containsExactly("skipped: the CERTIFICATE block starting here is not a readable X.509 certificate.");
    }

    @Test
    void aTruncatedLastBlockIsABadRow() throws IOException {
        String half = chainBlocks().get(1).substring(0, 300);
        Path file = write("cut.pem", chainBlocks().get(0) + half);

        assertThatThrownBy(() -> importFiles(importer, file)).isInstanceOf(InputException.class)
                .hasMessageContaining("the file ends inside the CERTIFICATE block begun here");
        assertThat(ids(importFiles(importer, true, file))).containsExactly("x509:" + LEAF);
    }

    @Test
    void aPkcs7BundleGivesEveryCertificateInIt() throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certs = new ArrayList<>();
        for (Object c : factory.generateCertificates(new ByteArrayInputStream(
                chainText().getBytes(StandardCharsets.US_ASCII)))) {
            certs.add((X509Certificate) c);
        }
        byte[] pkcs7 = factory.generateCertPath(certs.subList(0, 2)).getEncoded("PKCS7");
        Path file = write("chain.p7b", "-----BEGIN PKCS7-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs7)
                + "\n-----END PKCS7-----\n");

        assertThat(ids(importFiles(importer, file))).containsExactlyInAnyOrder("x509:" + LEAF, "x509:" + R3);
    }

    @Test
    void blocksThatAreNotCertificatesAreNamedInAWarning() throws IOException {
        Path file = write("mixed.pem", chainBlocks().get(0)
                + "-----BEGIN CERTIFICATE REQUEST-----\nTUlJQ1dqQ0NBVUlDQVFB\n-----END CERTIFICATE REQUEST-----\n");

        Inventory inventory = importFiles(importer, file);

        assertThat(inventory.warnings()).extracting(InputProblem::message)
                .containsExactly("PEM blocks that are not certificates were skipped: CERTIFICATE REQUEST.");
    }

    @Test
    void aBigBundleIsStreamedAndMergedBySha256() throws IOException {
        Path file = dir.resolve("big.pem");
        String chain = chainText();
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 1000; i++) {
                out.write(chain);
            }
        }
        var builder = new dev.trustmap.evidence.InventoryBuilder(
                new dev.trustmap.evidence.format.ImportOptions(Instant.parse("2026-09-30T23:59:59Z"), false));
        EvidenceFile evidence = new EvidenceFile(file, "big.pem");
        builder.startFile(evidence, importer.source());
        importer.read(evidence, builder);
        builder.endFile();

        var inventory = builder.build();
        assertThat(inventory.sources()).singleElement().satisfies(s -> assertThat(s.credentials()).isEqualTo(5000));
        assertThat(inventory.identities()).hasSize(5);
    }

    @Test
    void recognisesPemButNotReportsThatQuoteAPemHeader() throws IOException {
        assertThat(importer.recognises(new EvidenceFile(resource(CHAIN)).head())).isTrue();
        assertThat(importer.recognises(new EvidenceFile(resource(
                "dev/trustmap/evidence/scanners/defectdojo_gitleaks8_many.json")).head())).isFalse();
        Path quoted = write("gitleaks.json", "[{\"RuleID\":\"pem\",\"StartLine\":1,\"Match\":\""
                + "-----BEGIN CERTIFICATE-----\\nMIIB\"}]");
        assertThat(importer.recognises(new EvidenceFile(quoted).head())).isFalse();
        assertThat(importer.recognises(new EvidenceFile(write("notes.txt", "see -----BEGIN CERTIFICATE----- in"
                + " the docs")).head())).isFalse();
    }
}
