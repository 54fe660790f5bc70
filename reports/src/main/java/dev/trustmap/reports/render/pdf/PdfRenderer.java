package dev.trustmap.reports.render.pdf;

import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.render.Audience;
import dev.trustmap.reports.render.Renderer;
import dev.trustmap.reports.render.ReportOutput;
import dev.trustmap.reports.render.html.HtmlRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * {@code board.pdf} (audience board or all): the board page of the HTML report on A4, with page numbers, a running
 * header, bookmarks and a vector trend chart. There is no operator PDF: the operator's tables are for the screen
 * and the workbook.
 */
public final class PdfRenderer implements Renderer {

    static final String BOARD_FILE = "board.pdf";

    private final HtmlRenderer html;
    private final PdfStylesheet stylesheet;

    /** The bundled templates. */
    public PdfRenderer() {
        this(null);
    }

    /** @param templatesOverride a folder whose templates (and {@code css/pdf.css}) replace the bundled ones, or null */
    public PdfRenderer(Path templatesOverride) {
        this.html = new HtmlRenderer(templatesOverride);
        this.stylesheet = new PdfStylesheet(templatesOverride);
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(ReportModel model, Audience audience, ReportOutput output) throws IOException {
        if (!audience.includesBoard()) {
            return;
        }
        byte[] pdf = board(model);
        try (OutputStream out = output.create(BOARD_FILE)) {
            out.write(pdf);
        }
    }

    /** The board report as PDF bytes. */
    public byte[] board(ReportModel model) throws IOException {
        BoardDocument document = BoardDocument.prepare(html.board(model), model, stylesheet.css());
        return new PdfLayout(model.meta()).write(document);
    }
}
