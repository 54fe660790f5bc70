package dev.trustmap.review;

import static dev.trustmap.review.ReviewFixture.ANA;
import static dev.trustmap.review.ReviewFixture.BEN;
import static dev.trustmap.review.ReviewFixture.CLEO;
import static dev.trustmap.review.ReviewFixture.DAN;
import static dev.trustmap.review.ReviewFixture.answer;
import static dev.trustmap.review.ReviewFixture.collect;
import static dev.trustmap.review.ReviewFixture.keep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.review.ReviewResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCollectTest {

    @TempDir
    Path dir;

    private List<String> problems(ReviewCollect.Result result) {
        return result.problems().stream().map(p -> p.file() + " " + p.where() + ": " + p.message()).toList();
    }

    @Test
    void aTransferMustNameAnActivePersonOtherThanTheOwner() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        answer(dir, campaign, ANA, Map.of(
                "svc-billing", new TypedAnswer("transfer", "nobody@example.com", null, null),
                "svc-ledger", new TypedAnswer("transfer", CLEO, null, null),
                "=cmd|calc", new TypedAnswer("Transfer", " " + ANA.toUpperCase() + " ", null, null)), "ana.xlsx");
        answer(dir, campaign, BEN, Map.of("ci-deploy", new TypedAnswer("transfer", "not an address", null, null),
                "ci-report", new TypedAnswer("transfer", DAN, null, null)), "ben.xlsx");
        ReviewCollect.Result result = collect(dir, "out");
        // rows in name order: =cmd|calc, svc-billing, svc-ledger
        assertThat(problems(result)).containsExactly(
                "ana.xlsx Review!R2: names the owner the identity already has.",
                "ana.xlsx Review!R3: 'nobody@example.com' is not in the people directory.",
                "ana.xlsx Review!R4: '" + CLEO + "' has left, says the people directory.",
                "ben.xlsx Review!R2: 'not an address' is not an e-mail address.");
        assertThat(result.results().answers().transfer()).isEqualTo(1);
    }

    @Test
    void aDecommissionNeedsADateNotBeforeTheCollection() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        answer(dir, campaign, ANA, Map.of(
                "svc-billing", new TypedAnswer("decommission", null, LocalDate.parse("2026-07-19"), "gone"),
                "svc-ledger", new TypedAnswer("decommission", null, null, null),
                "=cmd|calc", new TypedAnswer("decommission", null, LocalDate.parse("2026-07-20"), null)), "a.xlsx");
        ReviewCollect.Result result = collect(dir, "out");
        assertThat(problems(result)).containsExactly(
                "a.xlsx Review!S3: 2026-07-19 is in the past (answers were collected on 2026-07-20).",
                "a.xlsx Review!S4: is empty, but the answer is decommission.");
        assertThat(result.results().answers().decommission()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("out/next-quarter/decommissions.csv"))).containsExactly(
                "\uFEFFidentity_id,identity_name,decommission_on,owner,answered_by,reason,source",
                "'=cmd|calc,'=cmd|calc,2026-07-20," + ANA + "," + ANA + ",,owner review " + campaign.id()
                        + ": a.xlsx Review!Q2");
    }

    @Test
    void theProgrammeWorkbookTakesOnlyTransfersAndDecommissions() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        Campaign.Workbook programme = ReviewFixture.workbook(campaign, "programme owners");
        assertThat(programme.identities()).isEqualTo(2); // the orphan and the unowned one
        answer(dir, campaign, "programme owners", Map.of("old-etl", keep("still used"),
                "mystery-key", new TypedAnswer("transfer", BEN, null, null)), "p.xlsx");
        ReviewCollect.Result result = collect(dir, "out");
        assertThat(problems(result)).containsExactly("p.xlsx Review!Q3: 'keep' is not an answer for an identity"
                + " without an owner.");
        assertThat(Files.readString(dir.resolve("out/next-quarter/attestations.csv"))).contains(
                "ACT-07,mystery-key,partial," + ReviewFixture.PROGRAMME + ",2026-07-20,2026-09-30,");
    }

    @Test
    void aRowCopiedFromAnotherOwnersWorkbookDoesNotCount() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        Path ana = answer(dir, campaign, ANA, Map.of("svc-billing", keep("")), "ana.xlsx");
        // ben's rows, answered in a workbook of ana's: the CSV export of ana's sheet with one of ben's rows pasted in
        Campaign.Row bens = campaign.rows().stream().filter(r -> r.identityId().equals("ci-deploy")).findFirst()
                .orElseThrow();
        StringBuilder csv = new StringBuilder(String.join(",", ReviewColumns.ALL)).append("\n");
        for (Campaign.Row row : campaign.rows()) {
            if (row.workbook().equals(ReviewFixture.workbook(campaign, ANA).file()) || row == bens) {
                row.facts().forEach(f -> csv.append('"').append(f).append("\","));
                csv.append("keep,,,,").append(row.key()).append("\n");
            }
        }
        Files.delete(ana);
        Files.writeString(dir.resolve("returns/ana.csv"), csv, StandardCharsets.UTF_8);
        ReviewCollect.Result result = collect(dir, "out");
        assertThat(problems(result)).containsExactly("ana.csv line 5, Row key: this row was sent in "
                + bens.workbook() + ", not in this workbook (" + ReviewFixture.workbook(campaign, ANA).file()
                + "); an answer counts only from the owner it was sent to.");
        assertThat(result.results().answers().keep()).isEqualTo(3);
    }

    @Test
    void aRowAnsweredDifferentlyInTwoCopiesIsNotUsedAndTheSameAnswerTwiceCountsOnce() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        answer(dir, campaign, ANA, Map.of("svc-billing", keep(""), "svc-ledger", keep("")), "first.xlsx");
        answer(dir, campaign, ANA, Map.of("svc-billing", keep("again"), "svc-ledger",
                new TypedAnswer("not mine", null, null, null)), "second.xlsx");
        ReviewCollect.Result result = collect(dir, "out");
        assertThat(result.results().answers().keep()).isEqualTo(1);
        assertThat(problems(result)).contains("first.xlsx Review!Q4: is answered differently in first.xlsx Review!Q4"
                + " and second.xlsx Review!Q4.");
    }

    @Test
    void aWorkbookSavedAgainByLibreOfficeIsReadAsTheOwnerAnsweredIt() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        Files.createDirectories(dir.resolve("returns"));
        try (var in = getClass().getResourceAsStream("ana-saved-by-libreoffice.xlsx")) {
            Files.copy(in, dir.resolve("returns/ana (saved in LibreOffice).xlsx"));
        }
        ReviewCollect.Result result = collect(dir, "out");
        assertThat(result.problems()).isEmpty();
        assertThat(result.results().answers()).isEqualTo(new ReviewResults.Answers(1, 1, 1, 0));
        assertThat(Files.readString(dir.resolve("out/next-quarter/decommissions.csv")))
                .contains("svc-ledger,svc-ledger,2026-09-15,ana@example.com,ana@example.com,replaced,owner review "
                        + campaign.id() + ": ana (saved in LibreOffice).xlsx Review!Q4");
    }

    @Test
    void aCsvExportSeparatedBySemicolonsIsReadAsOne() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(";", ReviewColumns.ALL)).append("\r\n");
        for (Campaign.Row row : campaign.rows()) {
            if (row.workbook().equals(ReviewFixture.workbook(campaign, BEN).file())) {
                row.facts().forEach(f -> csv.append('"').append(f).append("\";"));
                csv.append("decommission;;2026-08-31;no longer used, replaced;").append(row.key()).append("\r\n");
            }
        }
        Files.createDirectories(dir.resolve("returns"));
        Files.writeString(dir.resolve("returns/ben.csv"), csv, StandardCharsets.UTF_8);
        ReviewCollect.Result result = collect(dir, "out");
        assertThat(result.problems()).isEmpty();
        assertThat(result.results().answers().decommission()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out/next-quarter/decommissions.csv")))
                .contains("ci-deploy,ci-deploy,2026-08-31,ben@example.com,ben@example.com,"
                        + "\"no longer used, replaced\",");
    }

    @Test
    void aWorkbookOfAnotherCampaignStopsTheCollectionAndNothingIsWritten() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        answer(dir, campaign, ANA, Map.of("svc-billing", keep("")), "ana.xlsx");
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Campaign later = ReviewSend.send(ReviewFixture.quarter(), new ReviewSend.Options(other, other.resolve(
                "campaign"), Grouping.TECHNICAL_OWNER, LocalDate.parse("2026-08-31"), null, List.of()));
        ReturnedWorkbook.answer(other.resolve("campaign"), later, ReviewFixture.workbook(later, BEN),
                Map.of("ci-deploy", keep("")), dir.resolve("returns/ben.xlsx"));
        assertThatThrownBy(() -> collect(dir, "out")).isInstanceOf(InputException.class)
                .hasMessageContaining("ben.xlsx: belongs to campaign " + later.id() + ", not to " + campaign.id());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFileThatIsNoWorkbookOrAZipBombStopsTheCollection() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        answer(dir, campaign, ANA, Map.of("svc-billing", keep("")), "ana.xlsx");
        Files.writeString(dir.resolve("returns/notes.txt"), "call ben", StandardCharsets.UTF_8);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("returns/bomb.xlsx")))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> collect(dir, "out")).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).extracting(p -> p.file())
                        .containsExactlyInAnyOrder("bomb.xlsx", "notes.txt"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anExternalEntityInAReturnedWorkbookIsNeverResolved() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        Path answered = answer(dir, campaign, ANA, Map.of("svc-billing", keep("PLACEHOLDER")), "plain.xlsx");
        Path outside = Files.writeString(dir.resolve("outside.txt"), "MARKER-FROM-OUTSIDE-7f3a");
        // the same workbook, its Review sheet declaring an entity that names a file outside and using it as a reason
        Path hostile = dir.resolve("returns/hostile.xlsx");
        try (var in = new java.util.zip.ZipFile(answered.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(hostile))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(ReviewWorkbook.REVIEW_PART)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("<worksheet ", "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \""
                            + outside.toUri() + "\">]><worksheet ").replace("PLACEHOLDER", "&x;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.delete(answered);
        try {
            collect(dir, "out");
        } catch (InputException refused) {
            assertThat(refused.getMessage()).contains("hostile.xlsx").doesNotContain("MARKER-FROM-OUTSIDE");
            assertThat(dir.resolve("out")).doesNotExist();
            return;
        }
        try (var files = Files.walk(dir.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("MARKER-FROM-OUTSIDE");
            }
        }
    }

    @Test
    void aSecretTypedIntoAnAnswerNeverReachesAnOutput() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        String token = "ghp_" + "R8x2Kq9LmT4vZp7Wn3Yb6Hc1Jd5Fg0Es2Au8";
        answer(dir, campaign, ANA, Map.of("svc-billing", keep("the token is " + token),
                "svc-ledger", new TypedAnswer("transfer", token, null, null)), "ana.xlsx");
        collect(dir, "out");
        try (var files = Files.walk(dir.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(token).doesNotContain("R8x2Kq9LmT4vZp7Wn3");
            }
        }
    }

    @Test
    void nothingTypedReachesTheStatusPageUnescaped() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        answer(dir, campaign, ANA, Map.of("svc-billing", new TypedAnswer("<script>alert(1)</script>", null, null,
                null)), "ana.xlsx");
        collect(dir, "out");
        String html = Files.readString(dir.resolve("out/status/review-status.html"));
        assertThat(html).contains("<h2>What to correct (1)</h2>").doesNotContain("<script>")
                .contains("'&lt;script&gt;alert(1)&lt;/script&gt;' is not an"
                + " answer.");
    }

    @Test
    void theAnswersGoOntoTheOwnersWorkbookAsItIsNowWhenOneIsGiven() throws IOException {
        Campaign campaign = ReviewFixture.send(dir);
        answer(dir, campaign, ANA, Map.of("svc-ledger", new TypedAnswer("transfer", BEN, null, null)), "a.xlsx");
        // kept since the campaign went out: a row for an identity the campaign never saw
        Path current = dir.resolve("owners-now.csv");
        Files.writeString(current, "identity_id,technical_owner,business_owner\nsvc-new,dan@example.com,\n"
                + "svc-ledger,ana@example.com,dan@example.com\n", StandardCharsets.UTF_8);
        ReviewCollect.run(new ReviewCollect.Options(dir.resolve("campaign"), dir.resolve("returns"), dir.resolve("out"),
                LocalDate.parse("2026-07-20"), current));
        var owners = dev.trustmap.evidence.sheet.OwnersWorkbook.read(new dev.trustmap.evidence.file.EvidenceFile(
                dir.resolve("out/next-quarter/owners.xlsx")));
        assertThat(owners.identityOwners()).extracting(o -> o.identityId() + " " + o.technicalOwner())
                .containsExactly("svc-new " + DAN, "svc-ledger " + BEN);
    }

    @Test
    void theOutputFolderMustBeNew() throws IOException {
        ReviewFixture.send(dir);
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/mine.txt"), "keep me");
        Files.createDirectories(dir.resolve("returns"));
        assertThatThrownBy(() -> collect(dir, "out")).isInstanceOf(InputException.class)
                .hasMessageContaining("already exists and is not empty");
        assertThat(dir.resolve("out/mine.txt")).hasContent("keep me");
    }
}
