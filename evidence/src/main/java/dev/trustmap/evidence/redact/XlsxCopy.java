package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.EvidenceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workbook (owners, people, an inventory sheet): the text of every cell, in the shared strings and in inline
 * strings, gets the scan for secrets a person may have typed into it. The workbook's other parts are copied as they
 * are, in their order and with their timestamps, so the same workbook always gives the same copy.
 */
final class XlsxCopy implements Copier {

    /**
     * The text of a cell: a run ({@code <t>}, shared or inline), a value ({@code <v>}: a formula's string result,
     * or what a writer put there), a formula ({@code <f>}, whose string literals a person typed).
     */
    private static final Pattern TEXT = Pattern.compile("<([tvf])(?:\\s[^>]*)?>([^<]*)</\\1>");

    @Override
    public long copy(EvidenceFile file, OutputStream out) throws IOException {
        long redacted = 0;
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
        try (InputStream raw = file.open(); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                String name = entry.getName();
                if (name.equals("xl/sharedStrings.xml") || name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    Matcher m = TEXT.matcher(xml);
                    StringBuilder copy = new StringBuilder(xml.length());
                    int from = 0;
                    while (m.find()) {
                        String safe = SecretShapes.redactText(m.group(2));
                        if (!safe.equals(m.group(2))) {
                            redacted++;
                            copy.append(xml, from, m.start(2)).append(safe);
                            from = m.end(2);
                        }
                    }
                    content = copy.append(xml, from, xml.length()).toString().getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copied = new ZipEntry(name);
                copied.setTime(entry.getTime());
                zip.putNextEntry(copied);
                zip.write(content);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
        return redacted;
    }

    /** The caller's stream stays open when the zip is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
