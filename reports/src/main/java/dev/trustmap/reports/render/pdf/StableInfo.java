package dev.trustmap.reports.render.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.trustmap.reports.model.ReportMeta;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Makes the PDF's varying parts depend on the report only: creation and modification dates are the report's as-of
 * instant (not the clock), the file ID is a digest of the prepared page, and the font subset tags come from the
 * same digest. OpenPDF would otherwise write the current time and random IDs into every file.
 */
final class StableInfo extends DefaultPDFCreationListener {

    /** The language of every report page ({@code lang} of the HTML). */
    static final String LANGUAGE = "en-GB";

    private final Calendar date;
    private final byte[] digest;
    private final String title;

    private StableInfo(Calendar date, byte[] digest, String title) {
        this.date = date;
        this.digest = digest;
        this.title = title;
    }

    static StableInfo of(ReportMeta meta, BoardDocument document) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(asOf(meta.asOf()).toEpochMilli());
        String title = (meta.organisation() == null ? "" : meta.organisation()) + ": board report, "
                + (meta.period() == null ? "" : meta.period());
        return new StableInfo(date, md5(document.xhtml()), title);
    }

    /** The seed of the font subset tags. */
    byte[] seed() {
        return digest.clone();
    }

    /**
     * The document's language, as the HTML page declares it, so that a screen reader speaks it in the right voice;
     * and the title, not the file name, in the viewer's title bar. The PDF is not tagged: Flying Saucer 9.13 writes
     * no structure tree (see docs/methodology.md, "The board PDF").
     */
    @Override
    public void preOpen(ITextRenderer renderer) {
        renderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        renderer.getWriter().setViewerPreferences(PdfWriter.DisplayDocTitle);
    }

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        stamp(renderer);
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        stamp(renderer);
    }

    private void stamp(ITextRenderer renderer) {
        PdfDictionary info = renderer.getWriter().getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(date));
        info.put(PdfName.MODDATE, new PdfDate(date));
        info.put(PdfName.TITLE, new PdfString(title, PdfString.TEXT_UNICODE));
        info.put(PdfName.CREATOR, new PdfString("trustmap"));
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(digest, digest));
    }

    private static Instant asOf(String asOf) {
        try {
            return asOf == null ? Instant.EPOCH : Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** The page holds every figure the PDF shows (the chart's too, in the trend table), so it stands for the model. */
    private static byte[] md5(String page) {
        try {
            return MessageDigest.getInstance("MD5").digest(PdfLayout.utf8(page));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
