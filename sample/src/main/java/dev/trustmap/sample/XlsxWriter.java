package dev.trustmap.sample;

import dev.trustmap.model.text.Markup;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small XLSX workbook of text sheets: bold, filled, frozen header rows with filters, cells as inline strings.
 * Its parts are stored uncompressed with the as-of time as their date, so the bytes depend on nothing but the
 * content (a deflater's output can differ between zlib builds). A stored part needs its size and CRC before its
 * bytes, so each sheet is rendered twice, once to measure it and once to write it, rather than held as bytes.
 */
final class XlsxWriter {

    private record Sheet(String name, List<String> columns, int[] widths, List<String[]> rows) {

        int count() {
            return rows.size() + 1;
        }
    }

    /** A part's content, written as often as asked. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final long created;

    /** @param created the workbook's creation time and its parts' dates, epoch seconds */
    XlsxWriter(long created) {
        this.created = created;
    }

    /** Adds a sheet: a header row of {@code columns}, then {@code rows} (null cells stay empty). */
    void sheet(String name, List<String> columns, int[] widths, List<String[]> rows) {
        sheets.add(new Sheet(name, columns, widths, rows));
    }

    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
        zip.setMethod(ZipOutputStream.STORED);
        part(zip, "[Content_Types].xml", contentTypes());
        part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                + "metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>");
        part(zip, "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\""
                + "http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>trustmap sample</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                + Times.iso(created) + "</dcterms:created></cp:coreProperties>");
        part(zip, "xl/workbook.xml", workbook());
        part(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
        part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill>"
                + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/></patternFill></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "</cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
                + "applyFill=\"1\"/></cellXfs></styleSheet>");
        for (int i = 0; i < sheets.size(); i++) {
            int index = i;
            part(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet -> worksheet(sheets.get(index), index, sheet));
        }
        zip.finish();
        zip.flush();
    }

    /** A sheet's XML, written out in pieces of about 64 KB. */
    private static void worksheet(Sheet sheet, int index, OutputStream out) throws IOException {
        String last = column(sheet.columns().size() - 1);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<dimension ref=\"A1:" + last + sheet.count() + "\"/><sheetViews><sheetView "
                + (index == 0 ? "tabSelected=\"1\" " : "") + "workbookViewId=\"0\"><pane ySplit=\"1\" "
                + "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < sheet.widths().length; c++) {
            xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(sheet.widths()[c]).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols><sheetData>");
        row(xml, 1, sheet.columns().toArray(String[]::new), true);
        for (int r = 0; r < sheet.rows().size(); r++) {
            row(xml, r + 2, sheet.rows().get(r), false);
            if (xml.length() > 1 << 16) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                xml.setLength(0);
            }
        }
        xml.append("</sheetData><autoFilter ref=\"A1:").append(last).append(sheet.count()).append("\"/></worksheet>");
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships"
                + "+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package."
                + "core-properties+xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><bookViews><workbookView "
                + "activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<sheet name=\"").append(escape(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        xml.append("</sheets><definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            xml.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                    .append("\" hidden=\"1\">'").append(escape(sheet.name().replace("'", "''"))).append("'!$A$1:$")
                    .append(column(sheet.columns().size() - 1)).append('$').append(sheet.count())
                    .append("</definedName>");
        }
        return xml.append("</definedNames></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i + 1)
                    .append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static void row(StringBuilder xml, int number, String[] cells, boolean header) {
        xml.append("<row r=\"").append(number).append("\">");
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null || cells[c].isEmpty()) {
                continue;
            }
            xml.append("<c r=\"").append(column(c)).append(number).append('"').append(header ? " s=\"1\"" : "")
                    .append(" t=\"inlineStr\"><is><t>").append(escape(cells[c])).append("</t></is></c>");
        }
        xml.append("</row>");
    }

    private void part(ZipOutputStream zip, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        part(zip, name, out -> out.write(bytes));
    }

    /** A stored part: measured (size and CRC) by a first rendering, then written by a second. */
    private void part(ZipOutputStream zip, String name, Content content) throws IOException {
        CRC32 crc = new CRC32();
        long[] size = {0};
        content.writeTo(new OutputStream() {
            @Override
            public void write(int b) {
                crc.update(b);
                size[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                crc.update(bytes, offset, length);
                size[0] += length;
            }
        });
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size[0]);
        entry.setCompressedSize(size[0]);
        entry.setCrc(crc.getValue());
        // a local date-time, so the stored date does not depend on the machine's time zone
        entry.setTimeLocal(LocalDateTime.ofEpochSecond(created, 0, ZoneOffset.UTC));
        zip.putNextEntry(entry);
        content.writeTo(zip);
        zip.closeEntry();
    }

    /** A, B, ..., Z, AA, ... */
    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String text) {
        return Markup.escape(text);
    }
}
