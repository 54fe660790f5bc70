package dev.trustmap.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.sheet.OwnersWorkbook;
import dev.trustmap.mappings.CatalogControls;
import dev.trustmap.mappings.CatalogLoader;
import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.period.Quarter;
import dev.trustmap.quarterly.QuarterlyRun;
import dev.trustmap.sample.EstateOutput;
import dev.trustmap.sample.SampleEstate;
import dev.trustmap.sample.SampleSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner review end to end: a quarter assessed, a campaign sent from it, a few workbooks answered with POI the
 * way a person would (answers, a transfer, a decommission, an edited fact, a missing answer, a formula, a CSV
 * export), collected, and the next quarter run on the results.
 */
class ReviewRoundTripTest {

    private static final String PROGRAMME = "iam-programme@palisade.example";
    private static final LocalDate COLLECTED = LocalDate.parse("2026-07-20");
    private static final LocalDate DECOMMISSION = LocalDate.parse("2026-08-15");

    @TempDir
    static Path dir;

    static Campaign campaign;
    static ReviewCollect.Result collected;
    static Campaign.Row kept;
    static Campaign.Row transferred;
    static Campaign.Row decommissioned;
    static Campaign.Row edited;
    static Campaign.Row unanswered;
    static Campaign.Row formula;
    static Campaign.Row disowned;
    static Campaign.Row orphanHandedOver;
    static String newOwner;
    static QuarterlyRun.Result next;

    @BeforeAll
    static void roundTrip() throws IOException {
        Catalog catalog = CatalogLoader.bundled();
        List<String> controls = new CatalogControls(catalog).ids();
        for (String period : List.of("2026-Q2", "2026-Q3")) {
            SampleEstate.write(new SampleSpec(150, 11, Quarter.parse(period).orElseThrow(), controls),
                    EstateOutput.into(dir.resolve("inputs").resolve(period)));
        }
        Quarter q2 = Quarter.parse("2026-Q2").orElseThrow();
        QuarterlyRun.Result first = QuarterlyRun.run(new QuarterlyRun.Options(q2, null,
                dir.resolve("inputs/2026-Q2"), dir.resolve("q2"), List.of(), Optional.empty(), Optional.empty(), null,
                false, catalog, "test"), new QuarterlyRun.Listener() { });

        campaign = ReviewSend.run(new ReviewSend.Options(dir.resolve("q2"), dir.resolve("campaign"),
                Grouping.TECHNICAL_OWNER, LocalDate.parse("2026-07-31"), null, List.of(PROGRAMME)));

        // identities the next quarter still lists (its owners workbook names them), so their fate can be seen there
        Set<String> stillThere = new HashSet<>();
        OwnersWorkbook.read(new EvidenceFile(dir.resolve("inputs/2026-Q3/evidence/owners.xlsx"))).identityOwners()
                .forEach(o -> stillThere.add(o.identityId()));
        List<Campaign.Workbook> owners = campaign.workbooks().stream().filter(w -> !w.programme()
                && rows(w).stream().filter(r -> stillThere.contains(r.identityId())).count() >= 3).toList();
        Campaign.Workbook a = owners.get(0);
        Campaign.Workbook b = owners.get(1);
        Campaign.Workbook c = owners.get(2);
        Campaign.Workbook programme = campaign.workbooks().stream().filter(Campaign.Workbook::programme).findFirst()
                .orElseThrow();
        newOwner = campaign.people().stream().filter(Campaign.Person::active).map(Campaign.Person::email)
                .filter(e -> !e.equals(a.recipient())).findFirst().orElseThrow();
        decommissioned = rows(a, stillThere).get(0);
        kept = rows(a, stillThere).get(1);
        transferred = rows(a, stillThere).get(2);
        edited = rows(b, stillThere).get(0);
        unanswered = rows(b, stillThere).get(1);
        formula = rows(b, stillThere).get(2);
        disowned = rows(c).get(0);
        orphanHandedOver = rows(programme).get(0);

        Path returns = Files.createDirectories(dir.resolve("returns/inbox"));
        answer(a, returns.resolve("RE answers from owner A.xlsx"), (sheet, byKey) -> {
            type(sheet, kept, ReviewColumns.ANSWER, "Keep");
            type(sheet, kept, ReviewColumns.REASON, "- still posts the nightly ledger");
            type(sheet, transferred, ReviewColumns.ANSWER, "transfer");
            type(sheet, transferred, ReviewColumns.TRANSFER_TO, newOwner.toUpperCase(java.util.Locale.ROOT));
            type(sheet, decommissioned, ReviewColumns.ANSWER, "decommission");
            sheet.getRow(decommissioned.row() - 1).getCell(ReviewColumns.column(ReviewColumns.DECOMMISSION_BY))
                    .setCellValue(DECOMMISSION);
        });
        answer(b, returns.resolve("b.xlsx"), (sheet, byKey) -> {
            type(sheet, edited, "Platform", "somewhere-else");
            type(sheet, edited, ReviewColumns.ANSWER, "keep");
            type(sheet, unanswered, ReviewColumns.REASON, "ask Sam");
            sheet.getRow(formula.row() - 1).getCell(ReviewColumns.column(ReviewColumns.ANSWER))
                    .setCellFormula("LOWER(\"KEEP\")");
        });
        // owner C exported the Review sheet as CSV and answered there
        Files.writeString(returns.resolve("c-review.csv"), csv(c), StandardCharsets.UTF_8);
        answer(programme, returns.resolve("programme.xlsx"), (sheet, byKey) -> {
            type(sheet, orphanHandedOver, ReviewColumns.ANSWER, "transfer");
            type(sheet, orphanHandedOver, ReviewColumns.TRANSFER_TO, newOwner);
        });
        Files.writeString(returns.resolve(".DS_Store"), "not read");

        // onto the owners workbook as the next quarter keeps it
        collected = ReviewCollect.run(new ReviewCollect.Options(dir.resolve("campaign"), dir.resolve("returns"),
                dir.resolve("collected"), COLLECTED, dir.resolve("inputs/2026-Q3/evidence/owners.xlsx")));

        // the next quarter: the updated owners workbook in place of the old one, and the rest beside the inputs
        Path inputs = dir.resolve("inputs/2026-Q3");
        Path results = dir.resolve("collected/next-quarter");
        Files.copy(results.resolve("owners.xlsx"), inputs.resolve("evidence/owners.xlsx"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(inputs.resolve("review"));
        for (String file : List.of("attestations.csv", "decommissions.csv", "review-results.json")) {
            Files.copy(results.resolve(file), inputs.resolve("review").resolve(file));
        }
        next = QuarterlyRun.run(new QuarterlyRun.Options(Quarter.parse("2026-Q3").orElseThrow(), null, inputs,
                dir.resolve("q3"), List.of(first.pack()), Optional.empty(), Optional.empty(), null, false, catalog,
                "test"), new QuarterlyRun.Listener() { });
    }

    @Test
    void theCampaignSendsEveryIdentityOnceAndTheUnownedToTheProgramme() {
        assertThat(campaign.rows()).hasSize(150).extracting(Campaign.Row::identityId).doesNotHaveDuplicates();
        assertThat(campaign.id()).matches("2026-Q2-review-[0-9a-f]{8}");
        assertThat(campaign.validUntil()).isEqualTo("2026-09-30");
        Campaign.Workbook programme = campaign.workbooks().get(campaign.workbooks().size() - 1);
        assertThat(programme.programme()).isTrue();
        assertThat(programme.file()).isEqualTo("review-unowned.xlsx");
        assertThat(programme.recipient()).contains(PROGRAMME);
        assertThat(campaign.rows().stream().filter(r -> r.workbook().equals(programme.file())))
                .allSatisfy(r -> assertThat(r.owner()).isNull());
    }

    @Test
    void theNextQuarterPassesTheConfirmedAndFailsTheRest() {
        assertThat(findings("ACT-07", kept)).isEmpty();
        assertThat(findings("ACT-07", unanswered)).extracting(Finding::observed)
                .containsExactly("not confirmed in an owner review");
        assertThat(findings("ACT-07", edited)).extracting(Finding::observed)
                .containsExactly("not confirmed in an owner review");
        assertThat(findings("ACT-07", transferred)).extracting(Finding::observed)
                .containsExactly("handed over on 2026-07-20, not yet confirmed by the new owner");
        assertThat(findings("ACT-07", disowned)).extracting(Finding::observed)
                .containsExactly("owner answered 'not mine' on 2026-07-20");
    }

    @Test
    void theNextQuarterAppliesTheTransferAndJudgesTheDecommission() throws IOException {
        assertThat(findings("RVK-02", decommissioned)).extracting(Finding::observed).singleElement()
                .asString().startsWith("decommissioned on 2026-08-15, ");
        List<String> identities = Files.readAllLines(next.folder().resolve("data/identities.csv"));
        assertThat(identities).filteredOn(l -> l.startsWith(transferred.identityId() + ","))
                .singleElement().asString().contains("," + newOwner + ",");
        assertThat(findings("RVK-03", orphanHandedOver)).isEmpty();
    }

    @Test
    void theNextBoardShowsTheCampaign() throws IOException {
        String board = Files.readString(next.folder().resolve("reports/board.html"));
        int sent = campaign.rows().size();
        assertThat(board).contains("Owner review 2026-Q2").contains("5 of " + sent + " identities answered");
    }

    @Test
    void theZipGivesTheSameCampaignAsTheFolder() throws IOException {
        ReviewSend.run(new ReviewSend.Options(dir.resolve("q2/trustmap-2026-Q2.zip"), dir.resolve("from-zip"),
                Grouping.TECHNICAL_OWNER, LocalDate.parse("2026-07-31"), null, List.of(PROGRAMME)));
        assertThat(Files.readAllBytes(dir.resolve("from-zip/campaign.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("campaign/campaign.json")));
    }

    @Test
    void theUsableAnswersAreCountedByKind() {
        CollectedResults r = collected.results();
        assertThat(r.answers()).isEqualTo(new dev.trustmap.model.review.ReviewResults.Answers(1, 2, 1, 1));
        assertThat(r.identities().answered()).isEqualTo(5);
        // the edited fact, the formula, and the row with a reason but no answer
        assertThat(r.identities().rejected()).isEqualTo(3);
        assertThat(r.identities().unanswered()).isEqualTo(campaign.rows().size() - 8);
        assertThat(r.workbooks().returned()).isEqualTo(4);
        assertThat(r.workbooks().notReturned()).isEqualTo(campaign.workbooks().size() - 4);
        assertThat(r.nonResponders()).hasSize(campaign.workbooks().size() - 4);
    }

    @Test
    void everyAnswerThatCannotBeUsedIsLocatedWithWhatToDo() {
        List<String> problems = collected.problems().stream().filter(p -> p.file().endsWith("b.xlsx"))
                .map(p -> p.where() + " " + p.message()).toList();
        assertThat(problems).contains(
                "Review!C" + edited.row() + " the fact 'Platform' was '" + edited.facts().get(2) + "' when sent and is"
                        + " now 'somewhere-else'; an answer counts only for the facts it was given on.",
                "Review!Q" + unanswered.row() + " has no answer, though the row's other answer cells are filled.",
                "Review!Q" + formula.row() + " holds a formula (LOWER(\"KEEP\")); formulas in answers are never"
                        + " evaluated.");
        assertThat(collected.problems()).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
    }

    @Test
    void theAttestationsSayWhoConfirmedWhatAndUntilWhen() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("collected/next-quarter/attestations.csv"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFcontrol_id,identity_id,status,attested_by,attested_on,valid_until,"
                + "evidence,notes");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ACT-07," + kept.identityId() + ",implemented,"
                + kept.owner() + ",2026-07-20,2026-09-30,owner review " + campaign.id()
                + ": inbox/RE answers from owner A.xlsx Review!Q" + kept.row() + ",").endsWith(
                        "keep: - still posts the nightly ledger"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ACT-07," + transferred.identityId()
                + ",partial,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ACT-07," + disowned.identityId()
                + ",not_implemented,"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains(edited.identityId()));
    }

    @Test
    void theOwnersWorkbookCarriesTheTransfersAndTheDecommissionDate() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("collected/next-quarter/owners.xlsx"));
                XSSFWorkbook owners = new XSSFWorkbook(in)) {
            XSSFSheet sheet = owners.getSheet("Identity owners");
            assertThat(row(sheet, transferred.identityId()).getCell(1).getStringCellValue()).isEqualTo(newOwner);
            assertThat(row(sheet, orphanHandedOver.identityId()).getCell(1).getStringCellValue()).isEqualTo(newOwner);
            assertThat(row(sheet, decommissioned.identityId()).getCell(7).getStringCellValue())
                    .isEqualTo(DECOMMISSION.toString());
        }
    }


    // --- helpers ---

    private static List<Finding> findings(String control, Campaign.Row row) {
        return next.assessment().findings().stream().filter(f -> f.control().equals(control)
                && row.identityId().equals(f.subject().identity())).toList();
    }

    private static List<Campaign.Row> rows(Campaign.Workbook workbook) {
        return campaign.rows().stream().filter(r -> r.workbook().equals(workbook.file())).toList();
    }

    /** The rows of a workbook whose identity the next quarter still has, those with an active credential first. */
    private static List<Campaign.Row> rows(Campaign.Workbook workbook, Set<String> stillThere) {
        int active = ReviewColumns.FACTS.indexOf("Active credentials");
        return rows(workbook).stream().filter(r -> stillThere.contains(r.identityId()))
                .sorted(Comparator.comparing((Campaign.Row r) -> r.facts().get(active).equals("0"))).toList();
    }

    private interface Typing {
        void type(XSSFSheet sheet, Object unused) throws IOException;
    }

    private static void answer(Campaign.Workbook workbook, Path returned, Typing typing) throws IOException {
        Path sent = dir.resolve("campaign/workbooks").resolve(workbook.file());
        try (InputStream in = Files.newInputStream(sent); XSSFWorkbook book = new XSSFWorkbook(in)) {
            typing.type(book.getSheet("Review"), null);
            try (OutputStream out = Files.newOutputStream(returned)) {
                book.write(out);
            }
        }
    }

    private static void type(XSSFSheet sheet, Campaign.Row row, String column, String value) {
        Row r = sheet.getRow(row.row() - 1);
        int c = ReviewColumns.column(column);
        // typed over, as a spreadsheet stores it: a new cell of the old style (POI would keep an inline string)
        var style = r.getCell(c) == null ? null : r.getCell(c).getCellStyle();
        if (r.getCell(c) != null) {
            r.removeCell(r.getCell(c));
        }
        var cell = r.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Row row(XSSFSheet sheet, String identityId) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && identityId.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(identityId + " not in the owners workbook");
    }

    /** The Review sheet of a workbook as a spreadsheet would export it, the first row answered "not mine". */
    private static String csv(Campaign.Workbook workbook) {
        StringBuilder out = new StringBuilder(String.join(",", ReviewColumns.ALL)).append("\r\n");
        for (Campaign.Row row : rows(workbook)) {
            List<String> cells = new ArrayList<>();
            row.facts().forEach(f -> cells.add('"' + f.replace("\"", "\"\"") + '"'));
            boolean first = row.key().equals(disowned.key());
            cells.add(first ? "not mine" : "");
            cells.add("");
            cells.add("");
            cells.add(first ? "never heard of it" : "");
            cells.add(row.key());
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }
}
