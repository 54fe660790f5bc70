package dev.trustmap.reports.render.pdf;

import com.lowagie.text.DocumentException;
import dev.trustmap.reports.model.ReportMeta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Lays the prepared board page out on A4 with Flying Saucer and writes the PDF: the bundled font registered, the
 * page's resources served from memory, and the document's dates and ID fixed from the report so that the same
 * model gives the same bytes.
 */
final class PdfLayout {

    private final ReportMeta meta;

    PdfLayout(ReportMeta meta) {
        this.meta = meta;
    }

    byte[] write(BoardDocument document) throws IOException {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        MemoryUserAgent agent = new MemoryUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                document.resources());
        ITextRenderer renderer = new ITextRenderer(device, agent);
        StableInfo info = StableInfo.of(meta, document);
        BundledFont.register(renderer.getFontResolver(), info.seed());
        renderer.setListener(info);
        renderer.setDocumentFromString(document.xhtml(), MemoryUserAgent.BASE);
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
