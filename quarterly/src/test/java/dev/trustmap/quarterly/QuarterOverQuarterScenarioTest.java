package dev.trustmap.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Assessment;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.Remediation;
import dev.trustmap.model.assessment.ResolvedFinding;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.model.vocabulary.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/quarter-over-quarter.md, checked: three quarters of one small estate run through {@link QuarterlyRun}, each
 * with the earlier packs as history, and every number of the page's tables compared with what each pack holds.
 */
class QuarterOverQuarterScenarioTest {

    private static final Path DOC = Path.of("..", "docs", "quarter-over-quarter.md");
    /** Absolute, as a scheduled job would name it: no output may depend on where the folder is. */
    private static final Path INPUTS = Path.of("src", "test", "resources", "dev", "trustmap", "quarterly",
            "scenario").toAbsolutePath();
    private static final Set<String> CONTROLS = Set.of("ACT-02", "LFC-01", "RVK-04");

    @TempDir
    static Path out;

    private static final Map<String, Assessment> QUARTERS = new LinkedHashMap<>();
    private static final List<Path> FOLDERS = new ArrayList<>();
    private static Map<String, Map<String, List<List<String>>>> doc;

    @BeforeAll
    static void runTheThreeQuarters() throws IOException {
        Catalog bundled = CatalogLoader.bundled();
        Catalog catalog = new Catalog(bundled.version(), bundled.digest(), bundled.frameworks(),
                bundled.controls().stream().filter(c -> CONTROLS.contains(c.id())).toList(), List.of());
        List<Path> history = new ArrayList<>();
        for (String label : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            Quarter quarter = Quarter.parse(label).orElseThrow();
            QuarterlyRun.Result result = QuarterlyRun.run(new QuarterlyRun.Options(quarter, null,
                    INPUTS.resolve(label), out.resolve(label), history, Optional.empty(), Optional.empty(), null,
                    false, catalog, "test"), new QuarterlyRun.Listener() { });
            // what the pack holds, read back as a later quarter's history reads it
            QUARTERS.put(label, History.read(List.of(result.pack()), quarter.end().plusSeconds(1), Optional.empty())
                    .get(0));
            QUARTERS.put(label + "/findings", result.assessment());
            FOLDERS.add(result.folder());
            history.add(result.pack());
        }
        doc = tables(Files.readString(DOC, StandardCharsets.UTF_8));
    }

    @Test
    void everyFindingHasTheClockAndChangeThePageWorksOut() {
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            List<String> actual = new ArrayList<>();
            for (Finding f : QUARTERS.get(quarter + "/findings").findings()) {
                actual.add(String.join(" | ", f.control(), f.subject().identity(), f.status().key(),
                        f.firstSeen().toString(), f.firstSeenBy().key(), f.dueOn().toString(),
                        String.valueOf(f.daysOverdue()), f.change().key()));
            }
            assertThat(actual).as(quarter).containsExactlyElementsOf(rows(quarter, "Findings"));
        }
    }

    @Test
    void theQuarterBeforesFindingsThatAreGoneAreListedAsResolved() {
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            List<String> actual = new ArrayList<>();
            for (ResolvedFinding r : QUARTERS.get(quarter).resolved()) {
                actual.add(String.join(" | ", r.control(), r.subject().identity(), r.firstSeen().toString(),
                        String.valueOf(r.daysOpen())));
            }
            assertThat(actual).as(quarter).containsExactlyElementsOf(rows(quarter, "Resolved"));
        }
    }

    @Test
    void theFiguresAreThePagesAsReadBackFromEachPack() {
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            Remediation r = QUARTERS.get(quarter).remediation();
            String actual = String.join(" | ", String.valueOf(r.newFindings()), String.valueOf(r.persisting()),
                    String.valueOf(r.reopened()), String.valueOf(r.resolved()),
                    String.valueOf(r.overdueBySeverity().get(Severity.CRITICAL)),
                    String.valueOf(r.overdueBySeverity().get(Severity.HIGH)),
                    String.valueOf(r.overdueBySeverity().get(Severity.MEDIUM)),
                    String.valueOf(r.overdueBySeverity().get(Severity.LOW)), dash(r.oldestOverdueCriticalDays()),
                    dash(r.medianDaysToResolve()), dash(r.p90DaysToResolve()));
            assertThat(actual).as(quarter).isEqualTo(rows(quarter, "Figures").get(0));
        }
        assertThat(QUARTERS.get("2026-Q1").remediation().previousAsOf()).isNull();
        assertThat(QUARTERS.get("2026-Q3").remediation().previousAsOf()).hasToString("2026-06-30T23:59:59Z");
    }

    @Test
    void findingsNameTheFileTheyWereJudgedFromByItsPathInTheInputsFolder() {
        Finding leak = QUARTERS.get("2026-Q3/findings").findings().get(0);
        assertThat(leak.subject().evidence()).isEqualTo("gitleaks.json /0");
        Finding key = QUARTERS.get("2026-Q3/findings").findings().get(3);
        assertThat(key.subject().evidence()).isEqualTo("inventory.csv line 5");
    }

    @Test
    void noFileOfAnyQuarterNamesTheFolderTheInputsWereIn() throws IOException {
        String machinePath = INPUTS.toString();
        for (Path folder : FOLDERS) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertThat(text).as(file.toString()).doesNotContain(machinePath);
                }
            }
        }
    }

    private static String dash(Long value) {
        return value == null ? "—" : value.toString();
    }

    private static List<String> rows(String quarter, String table) {
        Map<String, List<List<String>>> tables = doc.get(quarter);
        assertThat(tables).as("a section '## " + quarter + "' in " + DOC).isNotNull();
        List<List<String>> rows = tables.get(table);
        assertThat(rows).as("a table under '### " + table + "' in the " + quarter + " section").isNotNull();
        return rows.stream().map(cells -> String.join(" | ", cells)).toList();
    }

    /** The rows (header and rule left out) of each '### ' table in each '## ' section of the page. */
    private static Map<String, Map<String, List<List<String>>>> tables(String markdown) {
        Map<String, Map<String, List<List<String>>>> sections = new LinkedHashMap<>();
        Map<String, List<List<String>>> section = null;
        List<List<String>> table = null;
        boolean header = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                section = new LinkedHashMap<>();
                sections.put(line.substring(3).strip(), section);
                table = null;
            } else if (line.startsWith("### ") && section != null) {
                table = new ArrayList<>();
                section.put(line.substring(4).strip(), table);
                header = true;
            } else if (line.startsWith("|") && table != null) {
                if (header) {
                    header = !line.startsWith("|---");
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
                    cells.add(cell.strip());
                }
                table.add(cells);
            }
        }
        return sections;
    }
}
