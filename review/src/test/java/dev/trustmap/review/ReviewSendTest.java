package dev.trustmap.review;

import static dev.trustmap.review.ReviewFixture.ANA;
import static dev.trustmap.review.ReviewFixture.DAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.problem.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSendTest {

    @TempDir
    Path dir;

    @Test
    void eachOwnerGetsAWorkbookOfTheirIdentitiesAndTheProgrammeTheRest() {
        Campaign campaign = ReviewFixture.send(dir);
        assertThat(campaign.workbooks()).extracting(Campaign.Workbook::file, Campaign.Workbook::identities)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review-ana@example.com.xlsx", 3),
                        org.assertj.core.groups.Tuple.tuple("review-ben@example.com.xlsx", 2),
                        org.assertj.core.groups.Tuple.tuple("review-unowned.xlsx", 2));
        assertThat(campaign.workbooks().get(2).recipient()).isEqualTo("programme owners (iam@example.com)");
        assertThat(campaign.due()).isEqualTo("2026-07-31");
        assertThat(campaign.validUntil()).isEqualTo("2026-09-30");
        assertThat(campaign.workbooks().get(0).openFindings()).isEqualTo(4);
        assertThat(campaign.workbooks().get(0).overdueFindings()).isEqualTo(1);
        assertThat(campaign.people()).extracting(Campaign.Person::email, Campaign.Person::active).contains(
                org.assertj.core.groups.Tuple.tuple("cleo@example.com", false));
    }

    @Test
    void theReviewSheetLocksTheFactsOpensTheAnswersAndHidesTheKey() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        try (InputStream in = Files.newInputStream(dir.resolve("campaign/workbooks/review-ana@example.com.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3))).containsExactly("Instructions", "Review", "Credentials", "Lists");
            assertThat(workbook.isSheetHidden(3)).isTrue();
            XSSFSheet review = workbook.getSheet("Review");
            assertThat(review.getProtect()).isTrue();
            int answer = ReviewColumns.column(ReviewColumns.ANSWER);
            int key = ReviewColumns.column(ReviewColumns.KEY);
            assertThat(review.isColumnHidden(key)).isTrue();
            assertThat(review.getRow(1).getCell(answer).getCellStyle().getLocked()).isFalse();
            assertThat(review.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(review.getDataValidations()).hasSize(3);
            assertThat(review.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(3);
            DataFormatter text = new DataFormatter();
            // rows in name order; a value a spreadsheet would run is neutralised
            assertThat(text.formatCellValue(review.getRow(1).getCell(0))).isEqualTo("'=cmd|calc");
            assertThat(text.formatCellValue(review.getRow(2).getCell(1))).isEqualTo("svc-billing");
            assertThat(review.getRow(2).getCell(ReviewColumns.FACTS.indexOf("Open findings")).getNumericCellValue())
                    .isEqualTo(3);
            assertThat(text.formatCellValue(review.getRow(2).getCell(key)))
                    .isEqualTo(campaign.rows().get(1).key()).startsWith(campaign.id() + ".");
            assertThat(text.formatCellValue(workbook.getSheet("Instructions").getRow(3).getCell(1)))
                    .isEqualTo("2026-07-31");
            assertThat(text.formatCellValue(workbook.getSheet("Lists").getRow(0).getCell(1))).isEqualTo(ANA);
        }
    }

    @Test
    void byBusinessOwnerEveryIdentityGoesToItsBusinessOwnerAndTheOrphanStillToTheProgramme() {
        Campaign campaign = ReviewSend.send(ReviewFixture.quarter(), new ReviewSend.Options(dir, dir.resolve("c"),
                Grouping.BUSINESS_OWNER, null, null, List.of()));
        assertThat(campaign.workbooks()).extracting(Campaign.Workbook::recipient, Campaign.Workbook::identities)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DAN, 6),
                        org.assertj.core.groups.Tuple.tuple("programme owners", 1));
        assertThat(campaign.due()).isEqualTo("2026-07-30");
    }

    @Test
    void bySystemEachSystemGoesToTheOwnerOfMostOfItsIdentities() {
        Campaign campaign = ReviewSend.send(ReviewFixture.quarter(), new ReviewSend.Options(dir, dir.resolve("c"),
                Grouping.SYSTEM, null, null, List.of()));
        assertThat(campaign.workbooks()).extracting(Campaign.Workbook::recipient).containsExactly(
                "billing (ana@example.com)", "ci (ben@example.com)", "programme owners");
    }

    @Test
    void aSecretTypedIntoAFactNeverReachesAWorkbookOrTheCampaign() throws IOException {
        String token = "ghp_" + "R8x2Kq9LmT4vZp7Wn3Yb6Hc1Jd5Fg0Es2Au8";
        AssessedQuarter quarter = ReviewFixture.quarter();
        List<Subject> subjects = new java.util.ArrayList<>(quarter.subjects());
        Subject first = subjects.get(0);
        subjects.set(0, new Subject(first.id(), first.name(), first.platform(), first.account(), first.environment(),
                first.system(), first.actorClass(), "calls the API with " + token, first.technicalOwner(),
                first.businessOwner(), first.orphaned(), first.credentials(), first.openFindings(),
                first.overdueFindings()));
        ReviewSend.send(new AssessedQuarter(quarter.period(), quarter.asOf(), quarter.packName(),
                quarter.manifestSha256(), subjects, quarter.owners(), quarter.directory()), new ReviewSend.Options(dir,
                dir.resolve("c"), Grouping.TECHNICAL_OWNER, null, null, List.of()));
        try (var files = Files.walk(dir.resolve("c"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = file.toString().endsWith(".xlsx") ? unzipped(file) : new String(bytes,
                        java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).as(file.toString()).doesNotContain("R8x2Kq9LmT4vZp7Wn3");
            }
        }
    }

    private static String unzipped(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                text.append(new String(zip.getInputStream(entry).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    @Test
    void aDueDateOnOrBeforeTheQuarterIsRefused() {
        assertThatThrownBy(() -> ReviewSend.send(ReviewFixture.quarter(), new ReviewSend.Options(dir,
                dir.resolve("c"), Grouping.TECHNICAL_OWNER, LocalDate.parse("2026-06-30"), null, List.of())))
                .isInstanceOf(InputException.class).hasMessageContaining("not after the quarter's as-of date");
        assertThat(dir.resolve("c")).doesNotExist();
    }
}
