package dev.trustmap.reports.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.render.Audience;
import dev.trustmap.reports.render.html.HtmlRenderer;
import dev.trustmap.reports.render.html.ReportFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final List<String> SECTIONS = List.of("Summary", "Posture by domain", "Headline figures",
            "Trend of domain scores", "Framework coverage", "Top risks", "Decisions needed", "Maturity");

    private static byte[] withTrend;
    private static byte[] withoutTrend;

    @BeforeAll
    static void render() throws IOException {
        withTrend = new PdfRenderer().board(new ReportFixture().withInternationalOwners().build());
        withoutTrend = new PdfRenderer().board(new ReportFixture().withInternationalOwners().withoutTrend().build());
        Path sample = Path.of("target", "pdf-sample");
        Files.createDirectories(sample);
        Files.write(sample.resolve("board.pdf"), withTrend);
        Files.write(sample.resolve("board-no-trend.pdf"), withoutTrend);
        Files.writeString(sample.resolve("board.xhtml"), BoardDocument.prepare(
                new HtmlRenderer().board(new ReportFixture().withInternationalOwners().build()),
                new ReportFixture().withInternationalOwners().build(), "").xhtml());
    }

    @Test
    void writesBoardPdfForTheBoardOnly() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        ReportModel model = new ReportFixture().withInternationalOwners().build();
        new PdfRenderer().render(model, Audience.OPERATOR, name -> sink(files, name));
        assertThat(files).isEmpty();
        new PdfRenderer().render(model, Audience.ALL, name -> sink(files, name));
        assertThat(files).containsOnlyKeys("board.pdf");
        assertThat(new String(files.get("board.pdf"), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(new PdfRenderer().format()).isEqualTo("pdf");
    }

    @Test
    void twoToFourPagesWithHeaderFooterAndEveryFigureLabel() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(withTrend)) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 4);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Example Org & Co", "2026-Q3", "Page 1 of " + pdf.getNumberOfPages(),
                    "Owner coverage", "Median static-secret age");
            for (String domain : ReportFixture.DOMAINS) {
                assertThat(text).contains(TrendChart.label(domain));
            }
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(pdf)).as("page %d", page)
                        .contains("Example Org & Co", "Board report · 2026-Q3",
                                "Page " + page + " of " + pdf.getNumberOfPages());
            }
        }
    }

    @Test
    void anOwnerReviewLeadsTheDecisionsWithinFourPages() throws IOException {
        byte[] bytes = new PdfRenderer().board(new ReportFixture().withInternationalOwners().withOwnerReview()
                .build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 4);
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00a0]+", " ");
            assertThat(text).contains("Owner review 2026-Q2 (due 2026-07-31, collected 2026-08-03): 2,410 of 3,000"
                    + " identities answered (80 %); 26 of 121 owners returned nothing.",
                    "560 identities were not answered.", "and 2 more");
            // the first of the decisions: its silent owners and unanswered identities are decisions too
            assertThat(outline(pdf)).contains("Decisions needed").doesNotContain("Owner review");
            assertThat(text.indexOf("Owner review 2026-Q2")).isGreaterThan(text.indexOf("Decisions needed"));
        }
    }

    @Test
    void namesInEveryScriptSurviveIntact() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(withTrend)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "); // a cell may wrap a name
            assertThat(text).contains(ReportFixture.OWNER_NAMES);
        }
    }

    @Test
    void declaresItsLanguageAndShowsItsTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(withTrend)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).contains("2026-Q3");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (byte[] bytes : List.of(withTrend, withoutTrend)) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : pdf.getPages()) {
                    fonts(page.getResources(), fonts, pdf.getNumberOfPages());
                }
                assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith("embedded")
                        .contains("WenQuanYi"));
            }
        }
    }

    @Test
    void bookmarksOnePerSection() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(withTrend)) {
            assertThat(outline(pdf)).containsExactlyElementsOf(SECTIONS);
        }
        try (PDDocument pdf = Loader.loadPDF(withoutTrend)) {
            assertThat(outline(pdf)).containsExactlyElementsOf(
                    SECTIONS.stream().filter(s -> !s.startsWith("Trend")).toList());
        }
    }

    @Test
    void trendIsAVectorChartAndNoTrendNoChart() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(withTrend)) {
            assertThat(xobjects(pdf, PDFormXObject.class).subList(0, 2)).as("forms on pages 1, 2")
                    .anySatisfy(n -> assertThat(n).isEqualTo(1));
            assertThat(xobjects(pdf, PDFormXObject.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
            assertThat(xobjects(pdf, PDImageXObject.class)).allSatisfy(n -> assertThat(n).isZero());
        }
        try (PDDocument pdf = Loader.loadPDF(withoutTrend)) {
            assertThat(xobjects(pdf, PDFormXObject.class)).allSatisfy(n -> assertThat(n).isZero());
            assertThat(xobjects(pdf, PDImageXObject.class)).allSatisfy(n -> assertThat(n).isZero());
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Trend of domain scores");
        }
    }

    @Test
    void sameModelSameBytes() throws IOException {
        assertThat(new PdfRenderer().board(new ReportFixture().withInternationalOwners().build())).isEqualTo(withTrend);
        try (PDDocument pdf = Loader.loadPDF(withTrend)) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(java.time.Instant.parse("2026-09-30T23:59:59Z"));
        }
    }

    private static java.io.OutputStream sink(Map<String, byte[]> files, String name) {
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                files.put(name, toByteArray());
            }
        };
    }

    private static void fonts(PDResources resources, List<String> out, int depth) throws IOException {
        if (resources == null || depth < 0) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), out, depth - 1);
            }
        }
    }

    private static List<String> outline(PDDocument pdf) {
        List<String> titles = new ArrayList<>();
        var outline = pdf.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
            }
        }
        return titles;
    }

    /** Per page, how many XObjects of this kind its resources hold. */
    private static List<Integer> xobjects(PDDocument pdf, Class<? extends PDXObject> kind) throws IOException {
        List<Integer> counts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            int n = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (kind.isInstance(page.getResources().getXObject(name))) {
                    n++;
                }
            }
            counts.add(n);
        }
        return counts;
    }
}
