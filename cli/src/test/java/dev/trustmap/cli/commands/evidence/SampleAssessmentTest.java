package dev.trustmap.cli.commands.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.assessment.AssessmentEngine;
import dev.trustmap.assessment.AssessmentInputs;
import dev.trustmap.assessment.AssessmentJson;
import dev.trustmap.assessment.checks.Checks;
import dev.trustmap.assessment.checks.LifecycleRules;
import dev.trustmap.assessment.policy.AttestationsReader;
import dev.trustmap.assessment.policy.ExceptionsReader;
import dev.trustmap.assessment.policy.PolicyReader;
import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.InventoryImport;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.format.ImportOptions;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.ExceptionState;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingStatus;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.owner.ControlOwner;
import dev.trustmap.model.owner.Person;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample estate judged by the real catalog and the default policy: the problems it is meant to hold are found,
 * and a quarter later some are fixed while new ones appear.
 */
class SampleAssessmentTest {

    private static final int N = 2_000;
    private static final long SEED = 11;
    private static final Catalog CATALOG = CatalogLoader.bundled();

    @TempDir
    static Path dir;

    private static Judged q3;
    private static Judged q4;

    /** An estate and its assessment. */
    private record Judged(Inventory inventory, Assessment assessment, AssessmentInputs inputs) {

        List<Finding> findings(String control) {
            return assessment.findings().stream().filter(f -> f.control().equals(control)).toList();
        }

        Set<String> identities() {
            return inventory.identities().stream().map(Identity::id).collect(Collectors.toSet());
        }

        Set<String> failing(String control) {
            return findings(control).stream().map(f -> f.subject().identity()).collect(Collectors.toSet());
        }
    }

    @BeforeAll
    static void generateAndAssessTwoQuarters() {
        q3 = judge(Quarter.parse("2026-Q3").orElseThrow());
        q4 = judge(Quarter.parse("2026-Q4").orElseThrow());
    }

    private static Judged judge(Quarter period) {
        Path root = dir.resolve(period.toString());
        CatalogControls controls = new CatalogControls(CATALOG);
        SampleEstate.write(new SampleSpec(N, SEED, period, controls.ids()), EstateOutput.into(root));
        InventoryImport.Result imported = new InventoryImport(Importers.all(), new ImportOptions(period.end(),
                false), false).run(List.of(root.resolve("evidence")), null, List.of(), new InventoryImport.Listener() {
                    @Override
                    public void reading(EvidenceFile file, String source) {
                    }

                    @Override
                    public void read(EvidenceFile file) {
                    }
                });
        List<Person> people = new ArrayList<>();
        List<ControlOwner> controlOwners = new ArrayList<>();
        for (OwnersWorkbook workbook : imported.owners()) {
            people.addAll(workbook.directory());
            controlOwners.addAll(workbook.controlOwnership());
        }
        AssessmentInputs inputs = new AssessmentInputs(CATALOG, imported.inventory(), PolicyReader.defaults(),
                period.end(), people, controlOwners,
                ExceptionsReader.read("exceptions.yaml", read(root.resolve("exceptions.yaml")), controls),
                AttestationsReader.read("attestations.yaml", read(root.resolve("attestations.yaml")), controls,
                        Checks.readingIdentityAttestations()));
        return new Judged(imported.inventory(), AssessmentEngine.withAllChecks().assess(inputs), inputs);
    }

    @Test
    void findingsKeptInTemporaryFilesComeBackInTheSameOrderAndWriteTheSameAssessment() throws IOException {
        Assessment held = q3.assessment();
        assertThat(held.findings()).hasSizeGreaterThan(1000);
        Assessment spilled = new AssessmentEngine(Checks.all(), 100).assess(q3.inputs());
        assertThat(spilled.findings()).isNotInstanceOf(ArrayList.class).hasSize(held.findings().size());
        assertThat(spilled.findings()).containsExactlyElementsOf(held.findings());
        assertThat(spilled.findings().get(17)).isEqualTo(held.findings().get(17));
        assertThat(spilled.kpis()).isEqualTo(held.kpis());
        assertThat(spilled.controls()).isEqualTo(held.controls());
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        AssessmentJson.write(held, a);
        AssessmentJson.write(spilled, b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void theEstateHoldsNIdentitiesInBothLanes() {
        Map<Lane, Long> lanes = q3.inventory().identities().stream().filter(i -> i.lane() != null)
                .collect(Collectors.groupingBy(Identity::lane, Collectors.counting()));
        long nonHuman = q3.inventory().identities().stream().filter(LifecycleRules::nhi).count();
        assertThat(nonHuman).isEqualTo(N);
        assertThat(lanes.get(Lane.AI)).isBetween(200L, 500L);
        assertThat(lanes.get(Lane.MACHINE)).isBetween(1_500L, 1_800L);
        assertThat(q3.assessment().kpis().identities()).isEqualTo(N);
    }

    @Test
    void someKeysAreYearsOldAndSomeWereNeverUsed() {
        List<Integer> ages = q3.findings("LFC-01").stream().map(f -> number(f.observed(), "key age (\\d+) days"))
                .toList();
        assertThat(ages).filteredOn(days -> days > 365).hasSizeGreaterThan(100);
        assertThat(ages).filteredOn(days -> days > 3 * 365).isNotEmpty();
        assertThat(q3.findings("RVK-01")).filteredOn(f -> f.observed().startsWith("no recorded use, created"))
                .hasSizeGreaterThan(50);
        assertThat(q3.findings("RVK-01")).filteredOn(f -> f.observed().startsWith("unused for "))
                .hasSizeGreaterThan(50);
    }

    @Test
    void someOwnersHaveLeftAndSomeIdentitiesHaveNone() {
        assertThat(q3.findings("RVK-03")).hasSizeBetween(20, 400)
                .allSatisfy(f -> assertThat(f.observed()).matches("owner \\S+@\\S+ departed \\d{4}-\\d\\d-\\d\\d "
                        + "\\(\\d+ days ago\\)"));
        assertThat(q3.findings("ACT-02")).hasSizeBetween(100, 600);
    }

    @Test
    void someAgentsHoldStandingSecretsAndSomeAreScopedTooWidely() {
        assertThat(q3.findings("LFC-03")).filteredOn(f -> f.observed().startsWith("standing static secret"))
                .hasSizeGreaterThan(20).allSatisfy(f -> assertThat(f.subject().lane()).isEqualTo("ai"));
        assertThat(q3.findings("AXS-05")).isNotEmpty();
        assertThat(q3.findings("DLG-03")).isNotEmpty();
        assertThat(q3.findings("DLG-04")).isNotEmpty();
    }

    @Test
    void someExceptionsHaveExpiredOthersAcceptFindingsAndThreeKindsAreInvalid() {
        Map<ExceptionState, Long> states = q3.assessment().exceptions().stream()
                .collect(Collectors.groupingBy(e -> e.state(), Collectors.counting()));
        assertThat(states.get(ExceptionState.EXPIRED)).isGreaterThanOrEqualTo(3);
        assertThat(states.get(ExceptionState.ACTIVE)).isGreaterThanOrEqualTo(1);
        assertThat(q3.findings("RVK-05")).extracting(Finding::observed).anySatisfy(o -> assertThat(o)
                .contains("approved by its own requester"));
        assertThat(q3.assessment().findings()).filteredOn(f -> f.status() == FindingStatus.ACCEPTED).isNotEmpty();
        assertThat(q3.assessment().findings()).filteredOn(f -> f.exceptionNote() != null
                && f.exceptionNote().contains(" expired on ")).isNotEmpty();
    }

    @Test
    void leakedKeysFoundByGitleaksAreInventoryKeysAndSomeAreStillLive() {
        assertThat(q3.inventory().leaks()).filteredOn(l -> l.credentialId() != null
                && l.credentialId().startsWith("AKIA")).hasSizeGreaterThan(5);
        assertThat(q3.findings("RVK-04")).isNotEmpty()
                .anySatisfy(f -> assertThat(f.observed()).endsWith("still active"))
                .anySatisfy(f -> assertThat(f.observed()).endsWith("revocation unverifiable"));
    }

    @Test
    void aQuarterLaterKeysWereRotatedOwnersAssignedAndLeaksRevokedWhileNewProblemsAppeared() {
        Set<String> before = q3.identities();
        Set<String> after = q4.identities();
        assertThat(after.stream().filter(before::contains).count()).isGreaterThan((long) (N * 0.85));
        assertThat(after.stream().filter(id -> !before.contains(id)).count()).isGreaterThan(50);

        // fixed: identities still there whose finding is gone
        assertThat(fixed("LFC-01")).hasSizeGreaterThan(10);
        assertThat(fixed("ACT-02")).hasSizeGreaterThan(10);
        assertThat(fixed("RVK-04")).isNotEmpty();
        // new: identities that were there and clean, and now fail
        assertThat(appeared("RVK-01")).hasSizeGreaterThan(10);
        assertThat(appeared("LFC-01")).hasSizeGreaterThan(10);
        assertThat(appeared("RVK-03")).isNotEmpty();
    }

    /** Identities in both quarters that fail the control in Q3 and not in Q4. */
    private static Set<String> fixed(String control) {
        return changed(control, q3, q4);
    }

    /** Identities in both quarters that fail the control in Q4 and did not in Q3. */
    private static Set<String> appeared(String control) {
        return changed(control, q4, q3);
    }

    private static Set<String> changed(String control, Judged failing, Judged passing) {
        Set<String> both = failing.identities();
        both.retainAll(passing.identities());
        Set<String> stillFailing = passing.failing(control);
        return failing.failing(control).stream().filter(both::contains).filter(id -> !stillFailing.contains(id))
                .collect(Collectors.toSet());
    }

    @Test
    void staleKeysOfQ3AreOlderStillInQ4UnlessRotated() {
        Map<String, Credential> later = q4.inventory().identities().stream()
                .flatMap(i -> i.credentials().stream())
                .collect(Collectors.toMap(Credential::id, Function.identity(), (a, b) -> a));
        long aged = q3.findings("LFC-01").stream().map(f -> later.get(f.subject().credential()))
                .filter(c -> c != null && LifecycleRules.active(c)).count();
        assertThat(aged).isGreaterThan(q3.findings("LFC-01").size() / 3);
    }
}
