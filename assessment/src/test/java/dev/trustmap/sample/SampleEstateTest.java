package dev.trustmap.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.assessment.AssessmentEngine;
import dev.trustmap.assessment.AssessmentInputs;
import dev.trustmap.assessment.checks.Checks;
import dev.trustmap.assessment.policy.AttestationsReader;
import dev.trustmap.assessment.policy.ExceptionsReader;
import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.sheet.OwnersValidation;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ExceptionGrant;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.vocabulary.Lane;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleEstateTest {

    private static final int N = 1_200;

    @TempDir
    static Path dir;

    private static SampleSummary summary;
    private static InventoryImport.Result imported;

    @BeforeAll
    static void writeAndImport() {
        summary = SampleFixtures.onDisk(SampleFixtures.spec(N, 7, "2026-Q3"), dir);
        imported = importEvidence(dir, Quarter.parse("2026-Q3").orElseThrow());
    }

    private static InventoryImport.Result importEvidence(Path root, Quarter period) {
        return new InventoryImport(Importers.all(), new ImportOptions(period.end(), false), false)
                .run(List.of(root.resolve("evidence")), null, List.of(), new InventoryImport.Listener() {
                    @Override
                    public void reading(EvidenceFile file, String source) {
                    }

                    @Override
                    public void read(EvidenceFile file) {
                    }
                });
    }

    @Test
    void theSameSeedAndPeriodGiveTheSameBytesAndAnotherSeedOthers() {
        Map<String, byte[]> first = SampleFixtures.inMemory(SampleFixtures.spec(400, 3, "2026-Q3"));
        Map<String, byte[]> again = SampleFixtures.inMemory(SampleFixtures.spec(400, 3, "2026-Q3"));
        Map<String, byte[]> other = SampleFixtures.inMemory(SampleFixtures.spec(400, 4, "2026-Q3"));
        assertThat(again.keySet()).isEqualTo(first.keySet()).hasSize(29);
        first.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
        List<String> differing = first.keySet().stream().filter(p -> other.containsKey(p)
                && !Arrays.equals(first.get(p), other.get(p))).toList();
        assertThat(differing).contains("evidence/inventory.csv", "evidence/owners.xlsx",
                "evidence/certificates/bundle.pem", "evidence/gcp/service-accounts.json", "evidence/people.csv");
    }

    @Test
    void theBytesDoNotDependOnTheMachinesTimeZoneOrLocale() {
        Map<String, byte[]> here = SampleFixtures.inMemory(SampleFixtures.spec(300, 3, "2026-Q4"));
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Map<String, byte[]> there;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            there = SampleFixtures.inMemory(SampleFixtures.spec(300, 3, "2026-Q4"));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        here.forEach((path, bytes) -> assertThat(there.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void everyEvidenceFileIsReadByTheImporterItIsMeantFor() throws Exception {
        Importers importers = Importers.all();
        List<String> seen = new ArrayList<>();
        for (SampleSummary.SampleFile file : summary.files()) {
            if (!file.path().startsWith("evidence/")) {
                continue;
            }
            EvidenceFile evidence = new EvidenceFile(dir.resolve(file.path()));
            if (file.format().equals("owners")) {
                assertThatThrownBy(() -> importers.detect(evidence)).as(file.path());
                assertThat(OwnersWorkbook.recognises(evidence)).as(file.path()).isTrue();
            } else {
                assertThat(importers.detect(evidence).source()).as(file.path()).isEqualTo(file.format());
            }
            seen.add(file.format());
        }
        assertThat(seen).containsOnlyOnce("aws-credential-report", "azure-signins", "x509", "github", "vault",
                "inventory-csv", "gitleaks", "entra-agent-identities", "entra-permission-grants",
                "aws-service-specific-credentials", "aws-secretsmanager", "azure-keyvault", "spire", "openai",
                "anthropic", "prowler-ocsf").contains("gcp-service-accounts", "kubernetes", "owners",
                        "azure-applications", "mcp");
        try (Stream<Path> all = Files.walk(dir.resolve("evidence"))) {
            assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(seen.size());
        }
    }

    @Test
    void prowlersFindingsJoinTheFirstAccountsUsersAndDisagreeWhereTrustmapSeesAStaleSecretProwlerDoesNot() {
        List<Identity> scanned = imported.inventory().identities().stream()
                .filter(i -> !i.externalResults().isEmpty()).toList();
        assertThat(scanned).hasSize(24).allSatisfy(i -> {
            assertThat(i.sources()).contains("aws-credential-report", "prowler-ocsf");
            assertThat(i.externalResults()).singleElement().satisfies(r -> {
                assertThat(r.check()).isEqualTo("iam_rotate_access_key_90_days");
                assertThat(r.observedAt()).isEqualTo(Instant.parse("2026-09-29T23:59:59Z"));
            });
        });
        Inventory inventory = imported.inventory();
        Assessment assessment = AssessmentEngine.withAllChecks().assess(new AssessmentInputs(
                CatalogLoader.bundled(), inventory, PolicyReader.defaults(), inventory.asOf(), null, null, List.of(),
                List.of()));
        // Prowler judges access keys only, against its 90 days; trustmap every static secret, against the policy
        assertThat(assessment.disagreements()).extracting(d -> d.identity().replaceAll(".*/", ""))
                .containsExactly("catalog-sync-13", "ledger-etl-3b", "notifications-indexer-2");
        assertThat(assessment.disagreements()).allSatisfy(d -> {
            assertThat(d.control()).isEqualTo("LFC-01");
            assertThat(d.trustmap()).isEqualTo("fail");
            assertThat(d.toolVerdict()).isEqualTo("pass");
            assertThat(assessment.findings()).filteredOn(f -> f.subject().identity().equals(d.identity())
                    && f.control().equals("LFC-01")).isNotEmpty().allSatisfy(f -> assertThat(f.observed())
                    .endsWith("; Prowler iam_rotate_access_key_90_days: PASS"));
        });
    }

    @Test
    void theEstateImportsCleanlyWithNIdentitiesInBothLanes() {
        Inventory inventory = imported.inventory();
        assertThat(inventory.warnings()).isEmpty();
        long humans = inventory.identities().stream().filter(i -> i.lane() == Lane.HUMAN).count();
        assertThat(humans).isEqualTo(summary.humans()).isEqualTo(3);
        assertThat(inventory.identities()).hasSize(N + summary.humans());
        assertThat(summary.files().stream().mapToLong(SampleSummary.SampleFile::identities).sum()).isEqualTo(N);
        Map<Lane, Long> lanes = inventory.identities().stream().filter(i -> i.lane() != null)
                .collect(Collectors.groupingBy(Identity::lane, Collectors.counting()));
        assertThat(lanes.get(Lane.MACHINE)).isGreaterThan(800);
        assertThat(lanes.get(Lane.AI)).isGreaterThan(120);
        assertThat(imported.owners()).hasSize(2);
        double credentials = inventory.credentialCount() / (double) N;
        assertThat(credentials).isBetween(1.3, 2.2);
    }

    @Test
    void theNewerFormatsShowTheCasesTheyAreThereFor() {
        List<Identity> all = imported.inventory().identities();
        Identity consented = all.stream().filter(i -> i.scopes().contains("Directory.ReadWrite.All")).findFirst()
                .orElseThrow();
        assertThat(consented.onBehalfOf()).isEqualTo(Identity.EVERY_USER);
        assertThat(consented.privileged()).isTrue();
        assertThat(consented.sources()).contains("azure-applications", "entra-permission-grants");
        assertThat(all).filteredOn(i -> i.sources().contains("entra-agent-identities"))
                .isNotEmpty().allMatch(i -> i.lane() == Lane.AI)
                .anyMatch(i -> i.businessOwner() != null && !i.scopes().isEmpty());
        assertThat(all).filteredOn(i -> i.scopes().contains("bedrock.amazonaws.com")).isNotEmpty()
                .allMatch(i -> i.lane() == Lane.AI);
        List<Identity> secrets = all.stream().filter(i -> i.sources().contains("aws-secretsmanager")).toList();
        assertThat(secrets).anyMatch(i -> "decommissioned".equals(i.status()))
                .anyMatch(i -> i.credentials().get(0).lastRotatedAt() != null)
                .anyMatch(i -> i.credentials().get(0).lastRotatedAt() == null && i.decommissionOn() == null);
        assertThat(all).filteredOn(i -> i.sources().contains("azure-keyvault"))
                .anyMatch(i -> i.credentials().get(0).expiresAt() == null)
                .anyMatch(i -> i.credentials().get(0).expiresAt() != null);
        assertThat(all).filteredOn(i -> i.sources().contains("spire")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void gitleaksFindsInventoryKeysAndTokensTrustmapLinksAndEverySecretIsFake() throws Exception {
        List<LeakedSecret> leaks = imported.inventory().leaks();
        List<LeakedSecret> awsKeys = leaks.stream().filter(l -> "aws-access-token".equals(l.rule())).toList();
        assertThat(awsKeys).isNotEmpty().allSatisfy(l -> {
            assertThat(l.credentialId()).startsWith("AKIA").isEqualTo(l.keyId());
            assertThat(l.identityId()).startsWith("ci:");
        });
        assertThat(leaks).filteredOn(l -> "jwt".equals(l.rule())).isNotEmpty()
                .allSatisfy(l -> assertThat(l.credentialId()).contains("-token"));
        assertThat(leaks).filteredOn(l -> "generic-api-key".equals(l.rule())).isNotEmpty()
                .allSatisfy(l -> assertThat(l.identityId()).isNull());
        String report = Files.readString(dir.resolve("evidence/scanners/gitleaks.json"));
        Matcher secret = Pattern.compile("\"Secret\": \"([^\"]+)\"").matcher(report);
        int secrets = 0;
        while (secret.find()) {
            String value = secret.group(1);
            secrets++;
            if (value.startsWith("eyJ")) {
                String signature = value.substring(value.lastIndexOf('.') + 1);
                assertThat(new String(Base64.getUrlDecoder().decode(signature), StandardCharsets.UTF_8))
                        .isEqualTo("sample-not-a-signature");
            } else {
                assertThat(value).matches("AKIA[A-Z2-7]{16}|sample_[0-9a-f]{32}");
            }
        }
        assertThat(secrets).isEqualTo(leaks.stream().filter(l -> "gitleaks".equals(l.scanner())).count());
        // the two secrets written into the laptop's MCP configuration, each linked to its server's credential
        assertThat(leaks).filteredOn(l -> "mcp".equals(l.scanner())).hasSize(2).allSatisfy(l -> {
            assertThat(l.identityId()).startsWith("mcp:").contains("/laptops/", "claude_desktop_config.json#");
            assertThat(l.credentialId()).startsWith(l.identityId() + "/");
        });
    }

    @Test
    void theCertificatesAreRealAndTheirSignaturesVerify() throws Exception {
        String pem = Files.readString(dir.resolve("evidence/certificates/bundle.pem"));
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = Pattern.compile("-----BEGIN CERTIFICATE-----\n([^-]+)-----END CERTIFICATE-----").matcher(pem);
        while (block.find()) {
            certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(
                    Base64.getMimeDecoder().decode(block.group(1)))));
        }
        assertThat(certificates).hasSize(EstateShape.of(N).certificates());
        X509Certificate root = certificates.get(certificates.size() - 1);
        X509Certificate issuing = certificates.get(certificates.size() - 2);
        root.verify(root.getPublicKey());
        issuing.verify(root.getPublicKey());
        assertThat(issuing.getBasicConstraints()).isZero();
        for (X509Certificate leaf : certificates.subList(0, certificates.size() - 2)) {
            leaf.verify(issuing.getPublicKey());
            assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
            assertThat(leaf.getSigAlgName()).isEqualTo("Ed25519");
            assertThat(leaf.getSubjectAlternativeNames()).hasSize(1);
        }
        long expired = certificates.stream().filter(c -> c.getNotAfter().toInstant()
                .isBefore(Quarter.parse("2026-Q3").orElseThrow().end())).count();
        assertThat(expired).isPositive().isLessThan(certificates.size() / 4);
    }

    @Test
    void theOwnersWorkbookExceptionsAndAttestationsAreValid() {
        Set<String> ids = imported.inventory().identities().stream().map(Identity::id).collect(Collectors.toSet());
        for (Path file : List.of(dir.resolve("evidence/owners.xlsx"), dir.resolve("evidence/people.csv"))) {
            OwnersWorkbook workbook = OwnersWorkbook.read(new EvidenceFile(file));
            assertThat(OwnersValidation.validate(workbook, SampleFixtures.CONTROLS, ids)).as(file.toString())
                    .isEmpty();
        }
        OwnersWorkbook owners = OwnersWorkbook.read(new EvidenceFile(dir.resolve("evidence/owners.xlsx")));
        assertThat(owners.identityOwners()).hasSizeBetween(200, 600);
        assertThat(owners.controlOwners()).hasSizeBetween(20, 29);
        assertThat(ExceptionsReader.read("exceptions.yaml", SampleFixtures.read(dir.resolve("exceptions.yaml")),
                SampleFixtures.CONTROLS)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(AttestationsReader.read("attestations.yaml",
                SampleFixtures.read(dir.resolve("attestations.yaml")), SampleFixtures.CONTROLS,
                Checks.readingIdentityAttestations())).hasSizeGreaterThan(3);
        assertThat(dir.resolve("report.yaml")).content().contains("organisation: \"", "accent: \"#");
    }

    @Test
    void theOwnersWorkbookOpensInPoiAsTheTemplateLaysItOut() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("evidence/owners.xlsx").toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet owners = workbook.getSheet("Identity owners");
            assertThat(owners.getRow(0).getCell(0).getStringCellValue()).isEqualTo("identity_id");
            assertThat(owners.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(owners.getPaneInformation().isFreezePane()).isTrue();
            assertThat(workbook.getSheet("Control owners").getRow(1).getCell(0).getStringCellValue())
                    .matches("[A-Z]{3}-0\\d");
        }
    }

    @Test
    void aQuarterLaterTheSameEstateHasAgedAndChanged(@TempDir Path later) {
        SampleFixtures.onDisk(SampleFixtures.spec(N, 7, "2026-Q4"), later);
        Inventory q3 = imported.inventory();
        Inventory q4 = importEvidence(later, Quarter.parse("2026-Q4").orElseThrow()).inventory();
        assertThat(q4.identities()).hasSize(N + summary.humans());
        Set<String> before = q3.identities().stream().map(Identity::id).collect(Collectors.toSet());
        long kept = q4.identities().stream().filter(i -> before.contains(i.id())).count();
        // a few identities are retired and replaced each quarter, and short-lived tokens and renewed
        // certificates come back under new ids
        assertThat(kept).isBetween((long) (N * 0.8), (long) N);
        List<ExceptionGrant> before3 = ExceptionsReader.read("q3", SampleFixtures.read(dir.resolve("exceptions.yaml")),
                SampleFixtures.CONTROLS);
        List<ExceptionGrant> after4 = ExceptionsReader.read("q4", SampleFixtures.read(later.resolve("exceptions.yaml")),
                SampleFixtures.CONTROLS);
        // the register only grows: each exception keeps its id, identity and dates
        assertThat(after4.subList(0, before3.size())).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "source").isEqualTo(before3);
    }
}
