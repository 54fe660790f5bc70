package dev.trustmap.cli.commands.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustmap.cli.CommandTestBase;
import dev.trustmap.cli.internal.HistoryPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest extends CommandTestBase {

    private static final String ESTATE = Path.of("..", "examples", "estate").toString();

    @TempDir
    Path dir;

    private Path assess(String name, String asOf, String... extra) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("assess", ESTATE, "--ignore-unknown", "--as-of", asOf,
                "--out", out.toString()));
        args.addAll(List.of(extra));
        Run run = trustmap(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return out;
    }

    @Test
    void historyGivesTheTrendThePreviousQuarterAndSaysWhenTheMethodChanged() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "limits:\n  unused-days: 180\n");
        Path q2 = assess("q2", "2026-06-30", "--policy", policy.toString());
        Path q3 = assess("q3", "2026-09-30");
        Path history = dir.resolve("history");
        HistoryPacks.pack(q2, "2026-Q2", Optional.empty(), dir.resolve("staged"),
                history.resolve("trustmap-2026-Q2.zip"));
        Path out = dir.resolve("report");
        Run run = trustmap("report", "--assessment", q3.toString(), "--history", history.toString(), "--format",
                "json", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("report 2026-Q3").contains("report.json");
        JsonNode board = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("board");
        assertThat(board.get("trend")).hasSize(2);
        assertThat(board.at("/trend/0/period").asText()).isEqualTo("2026-Q2");
        assertThat(board.at("/trend/1/period").asText()).isEqualTo("2026-Q3");
        assertThat(board.at("/kpis/0/previous").isNull()).isFalse();
        assertThat(board.get("methodChange").asText()).startsWith("Since 2026-Q2, the policy changed")
                .contains("unused-days 180 to 90");
    }

    @Test
    void csvForTheOperatorHoldsItsTablesAndNothingForTheBoard() throws IOException {
        Path q3 = assess("q3", "2026-09-30");
        Path operator = dir.resolve("operator");
        assertThat(trustmap("report", "--assessment", q3.toString(), "--format", "csv", "--audience", "operator",
                "--out", operator.toString()).code()).isZero();
        try (var files = Files.list(operator)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("attestations.csv",
                    "control-owners.csv", "controls.csv", "credentials.csv", "crosswalk.csv", "exceptions.csv",
                    "findings.csv", "frameworks.csv", "identities.csv", "resolved.csv");
        }
        assertThat(Files.readAllLines(operator.resolve("findings.csv")).get(0))
                .startsWith("\uFEFFid,control,controlTitle");
    }

    @Test
    void missingAssessmentIsBadInputAndWritesNothing() throws IOException {
        Path out = dir.resolve("nothing");
        Run run = trustmap("report", "--assessment", dir.resolve("absent").toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("assessment.json");
        assertThat(Files.exists(out) ? Files.list(out).count() : 0).isZero();
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = trustmap("report", "--assessment", "x", "--format", "docx", "--out", "y");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'docx' is not a report format");
    }

    @Test
    void configNamesTheOrganisationAndItIsEscapedInTheHtml() throws IOException {
        Path q3 = assess("q3", "2026-09-30");
        Path config = Files.writeString(dir.resolve("report.yaml"), "organisation: \"ACME <script>x</script>\"\n");
        Path out = dir.resolve("html");
        assertThat(trustmap("report", "--assessment", q3.toString(), "--format", "html", "--config",
                config.toString(), "--out", out.toString()).code()).isZero();
        String board = Files.readString(out.resolve("board.html"));
        assertThat(board).contains("ACME &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
        assertThat(out.resolve("operator.html")).exists();
    }

    @Test
    void configSetsLogoAndAccentInBothHtmlAndPdfAndRefusesABadColour() throws IOException {
        Path q3 = assess("q3", "2026-09-30");
        byte[] png = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M"
                + "9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        Files.write(dir.resolve("logo.png"), png);
        Path config = Files.writeString(dir.resolve("report.yaml"),
                "organisation: ACME\nlogo: logo.png\naccent: \"#0b6e4f\"\n");
        Path out = dir.resolve("branded");
        Run run = trustmap("report", "--assessment", q3.toString(), "--audience", "board", "--format", "html,pdf",
                "--config", config.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String board = Files.readString(out.resolve("board.html"));
        assertThat(board).contains("src=\"data:image/png;base64,iVBORw0KGgo").contains("color: #0b6e4f");
        assertThat(out.resolve("board.pdf")).exists();
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "accent: \"red; } body { display:none\"\n");
        Run refused = trustmap("report", "--assessment", q3.toString(), "--config", bad.toString(), "--out",
                dir.resolve("bad").toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("expected a colour as #rrggbb");
    }

    /** The board alone, as json and html, of the assessment in {@code assessed}; fails on a non-zero exit. */
    private Run board(Path assessed, String name) {
        Run run = trustmap("report", "--assessment", assessed.toString(), "--audience", "board", "--format",
                "json,html", "--out", dir.resolve(name).toString());
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    /** A copy of the assessment folder without the board's tally, so its board counts every finding. */
    private Path withoutTally(Path assessed, String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        for (String file : List.of("assessment.json", "inventory.json")) {
            Files.copy(assessed.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    private void assertSameFiles(String expected, String actual) throws IOException {
        for (String file : List.of("board.json", "board.html")) {
            assertThat(dir.resolve(actual).resolve(file)).as(file).hasSameBinaryContentAs(dir.resolve(expected)
                    .resolve(file));
        }
    }

    @Test
    void theBoardReadsTheTallyAssessKeptAndItIsTheBoardOfCountingEveryFinding() throws IOException {
        Path q3 = assess("q3", "2026-09-30");
        JsonNode tally = new ObjectMapper().readTree(q3.resolve("board-tally.json").toFile());
        assertThat(tally.at("/assessment/bytes").asLong()).isEqualTo(Files.size(q3.resolve("assessment.json")));
        assertThat(tally.get("overdueCritical").asInt()).isPositive();

        Run kept = board(q3, "kept");
        assertThat(kept.err()).doesNotContain("note:");
        board(withoutTally(q3, "plain"), "counted");
        assertSameFiles("counted", "kept");
        JsonNode decisions = new ObjectMapper().readTree(dir.resolve("kept/board.json").toFile())
                .at("/board/decisions");
        assertThat(decisions.get("overdueCriticalCount").asInt()).isEqualTo(tally.get("overdueCritical").asInt());

        // the counts come from the tally, not from the findings: one altered where the assessment's own totals cannot
        // tell (how many of a control's open findings are high or critical), it shows on the board
        com.fasterxml.jackson.databind.node.ObjectNode control = (com.fasterxml.jackson.databind.node.ObjectNode)
                tally.get("controls").get(0);
        assertThat(control.get("openHighOrCritical").asInt()).isPositive();
        control.put("openHighOrCritical", 4242);
        new ObjectMapper().writeValue(q3.resolve("board-tally.json").toFile(), tally);
        board(q3, "altered");
        JsonNode risks = new ObjectMapper().readTree(dir.resolve("altered/board.json").toFile()).at("/board/topRisks");
        assertThat(risks.findValues("openHighOrCritical").stream().map(JsonNode::asInt)).contains(4242);

        // a total the assessment states itself cannot be altered: the tally is passed over and the findings counted
        ((com.fasterxml.jackson.databind.node.ObjectNode) tally).put("overdueCritical", 4242);
        new ObjectMapper().writeValue(q3.resolve("board-tally.json").toFile(), tally);
        Run forged = board(q3, "forged");
        assertThat(forged.err()).contains("board-tally.json disagrees with the totals of")
                .contains("its overdue critical findings are not the assessment's");
        assertSameFiles("counted", "forged");
    }

    @Test
    void aTallyOfAnAssessmentEditedSinceIsPassedOverWithANoteAndTheFindingsAreCounted() throws IOException {
        Path q3 = assess("q3", "2026-09-30");
        Path file = q3.resolve("assessment.json");
        byte[] tally = Files.readAllBytes(q3.resolve("board-tally.json"));
        String json = Files.readString(file);
        String medium = "\"severity\":\"medium\",\"status\":\"open\"";
        assertThat(json).contains(medium);
        Files.writeString(file, json.replaceFirst(medium, "\"severity\":\"high\",\"status\":\"open\""));

        Run run = board(q3, "edited");
        assertThat(run.err()).contains("note: ").contains("board-tally.json was counted from another assessment.json")
                .contains("the findings are counted from the file");
        board(withoutTally(q3, "plain"), "counted");
        assertSameFiles("counted", "edited");

        Files.writeString(q3.resolve("board-tally.json"), "{ not json");
        Run unreadable = board(q3, "unreadable");
        assertThat(unreadable.err()).contains("board-tally.json cannot be read");
        assertSameFiles("counted", "unreadable");

        // a tally left without its assessment: the missing assessment is what is reported, as bad input
        Files.write(q3.resolve("board-tally.json"), tally);
        Files.delete(file);
        Run missing = trustmap("report", "--assessment", q3.toString(), "--audience", "board", "--out",
                dir.resolve("missing").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("assessment.json");
        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
