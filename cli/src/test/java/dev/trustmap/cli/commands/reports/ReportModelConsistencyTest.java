package dev.trustmap.cli.commands.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.assessment.AssessmentJsonReader;
import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.evidence.inventory.InventoryJson;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.reports.build.FindingTally;
import dev.trustmap.reports.build.ReportBuilder;
import dev.trustmap.reports.build.ReportConfig;
import dev.trustmap.reports.model.ControlRow;
import dev.trustmap.reports.model.DomainPosture;
import dev.trustmap.reports.model.FindingGroup;
import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.FrameworkBar;
import dev.trustmap.reports.model.FrameworkItemRow;
import dev.trustmap.reports.model.Kpi;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.Rows;
import dev.trustmap.reports.model.TopRisk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every board figure equals the count or sum of the operator rows behind it, and the engine's own KPIs. */
class ReportModelConsistencyTest extends CommandTestBase {

    private static final String F = "../assessment/src/test/resources/dev/trustmap/assessment/fixture/";

    @TempDir
    static Path dir;

    static ReportModel model;
    static Assessment assessment;

    @BeforeAll
    static void assessTheFixture() throws IOException {
        Run run = trustmap("assess", F + "inventory.csv", F + "gitleaks.json", "--owners", F + "control-owners.csv",
                "--people", F + "people.csv", "--exceptions", F + "exceptions.yaml", "--attestations",
                F + "attestations.yaml", "--as-of", "2026-09-30", "--out", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (InputStream a = Files.newInputStream(dir.resolve("assessment.json"));
                InputStream i = Files.newInputStream(dir.resolve("inventory.json"))) {
            assessment = AssessmentJsonReader.read("assessment.json", a);
            model = new ReportBuilder(CatalogLoader.bundled(), ReportConfig.defaults(), "test")
                    .build(assessment, InventoryJson.read("inventory.json", i), List.of());
        }
    }

    private static Kpi kpi(String key) {
        return model.board().kpis().stream().filter(k -> k.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void domainCountsAreTheControlRowsOfTheDomain() {
        for (DomainPosture d : model.board().domains()) {
            List<ControlRow> rows = model.operator().controls().stream().filter(c -> c.domain().equals(d.domain()))
                    .toList();
            assertThat(d.controls()).isEqualTo(rows.size());
            assertThat(d.met() + d.partial() + d.notMet() + d.notAssessed()).isEqualTo(rows.size());
            assertThat(d.notMet()).isEqualTo(rows.stream().filter(c -> c.status().equals("not_met")).count());
        }
        assertThat(model.board().domains().stream().mapToInt(DomainPosture::controls).sum()).isEqualTo(30);
    }

    @Test
    void kpisAreCountedFromTheRowsAndAgreeWithTheEngine() {
        var o = model.operator();
        var k = assessment.kpis();
        assertThat(kpi("orphanedIdentities").value()).isEqualTo(o.orphaned().size())
                .isEqualTo((double) k.orphanedIdentities());
        assertThat(kpi("openLeakedSecrets").value()).isEqualTo(o.leaks().stream().filter(l -> l.open()).count())
                .isEqualTo((double) k.openLeakedSecrets());
        assertThat(kpi("unusedCredentials").value()).isEqualTo((double) k.unusedCredentials());
        assertThat(kpi("openFindings").value()).isEqualTo((double) k.openFindings())
                .isEqualTo(o.findings().toList().stream().filter(f -> f.status().equals("open")).count());
        assertThat(kpi("ownerCoverage").value()).isEqualTo(k.ownerCoveragePercent());
        assertThat(kpi("rotationCompliance").value()).isEqualTo(k.rotationCompliancePercent());
        assertThat(kpi("aiStandingSecrets").value()).isEqualTo((double) k.aiIdentitiesWithStaticSecrets());
        assertThat(o.identities().toList()).hasSize(k.identities());
        assertThat(o.identities().size()).isEqualTo(k.identities());
        assertThat(o.credentials().toList()).hasSize(k.credentials());
        assertThat(o.credentials().size()).isEqualTo(k.credentials());
    }

    @Test
    void frameworkBarsCountTheItemRows() {
        for (FrameworkBar bar : model.board().frameworks()) {
            List<FrameworkItemRow> items = model.operator().frameworkItems().stream()
                    .filter(i -> i.framework().equals(bar.framework())).toList();
            assertThat(bar.items()).isEqualTo(items.size());
            assertThat(bar.met()).isEqualTo(items.stream().filter(i -> i.status().equals("met")).count());
            assertThat(bar.met() + bar.partial() + bar.notMet() + bar.notAssessed()).isEqualTo(bar.inScope());
        }
    }

    @Test
    void topRisksCountOpenHighAndCriticalFindingRows() {
        assertThat(model.board().topRisks()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        for (TopRisk risk : model.board().topRisks()) {
            long rows = model.operator().findings().toList().stream().filter(f -> f.control().equals(risk.control())
                    && f.status().equals("open") && (f.severity().equals("critical") || f.severity().equals("high")))
                    .count();
            assertThat(risk.openHighOrCritical()).isEqualTo(rows);
        }
    }

    @Test
    void findingGroupsAddUpToTheFindings() {
        var o = model.operator();
        assertThat(o.groups().stream().mapToInt(g -> g.open() + g.accepted()).sum()).isEqualTo(o.findings().size());
        for (FindingGroup g : o.groups()) {
            assertThat(g.open()).isEqualTo(o.findings().toList().stream().filter(f -> f.owner().equals(g.owner())
                    && f.severity().equals(g.severity()) && f.status().equals("open")).count());
        }
        assertThat(o.findings().toList()).extracting(FindingRow::dueOn).doesNotContainNull();
    }

    @Test
    void decisionsAreTheExceptionAndAttestationRowsThatNeedOne() {
        var d = model.board().decisions();
        assertThat(d.expired()).extracting(e -> e.id()).containsExactly("EXC-002");
        assertThat(d.stale()).extracting(a -> a.control()).containsExactly("AXS-04");
        assertThat(d.expiringSoon()).allSatisfy(e -> assertThat(e.daysToExpiry()).isBetween(0L, 30L));
    }

    @Test
    void histogramsCountTheCredentialRows() {
        var o = model.operator();
        assertThat(o.tokenLifetimes().buckets().stream().mapToInt(b -> b.count()).sum())
                .isEqualTo(o.tokenLifetimes().total());
        assertThat(o.rotationAges().total()).isEqualTo(o.credentials().toList().stream()
                .filter(c -> c.staticSecret() && !Boolean.FALSE.equals(c.active())
                        && !"platform".equals(c.managedBy())).count());
    }

    @Test
    void withoutHistoryThereIsNoTrendAndNoChange() {
        assertThat(model.board().trend()).isEmpty();
        assertThat(model.board().kpis()).allSatisfy(k -> assertThat(k.previous()).isNull());
        assertThat(model.board().methodChange()).isNull();
    }

    @Test
    void theBoardFromAggregatesAloneIsTheBoardOfTheFullReport() throws IOException {
        FindingTally tally = new FindingTally();
        Assessment withoutFindings;
        try (InputStream a = Files.newInputStream(dir.resolve("assessment.json"))) {
            withoutFindings = AssessmentJsonReader.read("assessment.json", a, tally);
        }
        assertThat(withoutFindings.findings()).isEmpty();
        ReportModel board = new ReportBuilder(CatalogLoader.bundled(), ReportConfig.defaults(), "test")
                .buildBoard(withoutFindings, tally, List.of());
        assertThat(board.board()).isEqualTo(model.board());
        assertThat(board.meta()).isEqualTo(model.meta());
        assertThat(board.operator().findings().toList()).isEmpty();
    }

    @Test
    void findingsReadAgainFromTheFileOnEachWalkGiveTheSameReport() throws IOException {
        Path file = dir.resolve("assessment.json");
        int[] walks = {0};
        Rows<Finding> fromFile = Rows.replayed(assessment.findings().size(), action -> {
            walks[0]++;
            try (InputStream a = Files.newInputStream(file)) {
                AssessmentJsonReader.read("assessment.json", a, action::accept);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Assessment withoutFindings;
        try (InputStream a = Files.newInputStream(file)) {
            withoutFindings = AssessmentJsonReader.read("assessment.json", a, f -> { });
        }
        Path inventoryFile = dir.resolve("inventory.json");
        Rows<Identity> identitiesFromFile = Rows.replayed(0, action -> {
            try (InputStream i = Files.newInputStream(inventoryFile)) {
                InventoryJson.read("inventory.json", i, action::accept);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Inventory withoutIdentities;
        try (InputStream i = Files.newInputStream(inventoryFile)) {
            withoutIdentities = InventoryJson.read("inventory.json", i, identity -> { });
        }
        assertThat(withoutIdentities.identities()).isEmpty();
        ReportModel streamed = new ReportBuilder(CatalogLoader.bundled(), ReportConfig.defaults(), "test")
                .build(withoutFindings, fromFile, identitiesFromFile, withoutIdentities.leaks(), List.of());
        assertThat(walks[0]).isEqualTo(1); // building counts in one walk; the rows are not kept
        assertThat(streamed.board()).isEqualTo(model.board());
        assertThat(streamed.operator().groups()).isEqualTo(model.operator().groups());
        assertThat(streamed.operator().tokenLifetimes()).isEqualTo(model.operator().tokenLifetimes());
        assertThat(streamed.operator().rotationAges()).isEqualTo(model.operator().rotationAges());
        assertThat(streamed.operator().findings().size()).isEqualTo(assessment.findings().size());
        assertThat(streamed.operator().findings().toList()).isEqualTo(model.operator().findings().toList())
                .hasSize(assessment.findings().size());
        assertThat(walks[0]).isEqualTo(2);
        assertThat(streamed.operator().identities().toList()).isEqualTo(model.operator().identities().toList());
        assertThat(streamed.operator().credentials().toList()).isEqualTo(model.operator().credentials().toList());
        assertThat(streamed.operator().leaks()).isEqualTo(model.operator().leaks()).isNotEmpty();
        assertThat(streamed.operator().unowned()).isEqualTo(model.operator().unowned());
        assertThat(streamed.operator().orphaned()).isEqualTo(model.operator().orphaned());
    }
}
