package dev.trustmap.review;

import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.evidence.sheet.StableXlsx;
import dev.trustmap.model.text.Markup;
import dev.trustmap.model.text.SpreadsheetCell;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;

/**
 * One owner's review workbook, written as SpreadsheetML directly (a campaign writes thousands; a general-purpose
 * library spends most of its time on what these workbooks do not use). Sheets: Instructions; Review, one row per
 * identity with the facts locked, the answer cells open with drop-downs and a red highlight while an answer is
 * missing, and the row key in a hidden column; Credentials, every credential of those identities, locked; and a
 * hidden Lists sheet the drop-downs read. Every part carries the campaign's as-of time, so the same campaign gives
 * the same bytes.
 */
final class ReviewWorkbook {

    /** What one workbook says and holds. */
    record Content(Campaign campaign, Campaign.Workbook workbook, List<Line> lines, List<String> people) {
    }

    /** A row of the Review sheet: the identity, its facts as sent, its key, and its credentials. */
    record Line(String identityId, List<String> facts, String key, List<Subject.CredentialFact> credentials) {
    }

    static final String REVIEW_PART = "xl/worksheets/sheet2.xml";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    // cell styles (cellXfs)
    private static final int HEADER = 1;
    private static final int FACT = 2;
    private static final int ANSWER = 3;
    private static final int ANSWER_DATE = 4;
    private static final int TITLE = 5;
    private static final int LABEL = 6;
    private static final int WRAP = 7;

    private ReviewWorkbook() {
    }

    static void write(Content content, OutputStream out) throws IOException {
        Campaign campaign = content.campaign();
        // buffered: the zip hands on each deflated piece of half a kilobyte as it comes, a write to the file each
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
        LocalDateTime time = time(campaign);
        part(zip, time, "[Content_Types].xml", w -> w.write(XML + "<Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                + "openxmlformats-"
                + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/>" + sheetTypes() + "<Override PartName=\"/xl/styles.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package."
                + "core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd."
                + "openxmlformats-officedocument.extended-properties+xml\"/></Types>"));
        part(zip, time, "_rels/.rels", w -> w.write(XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target="
                + "\"xl/workbook.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id="
                + "\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>"));
        String created = campaign.asOf().substring(0, 19) + "Z";
        part(zip, time, "docProps/core.xml", w -> w.write(XML + "<cp:coreProperties xmlns:cp=\"http://schemas."
                + "openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/"
                + "1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-"
                + "instance\"><dc:title>" + esc("Owner review " + campaign.period() + ": " + content.workbook()
                .recipient()) + "</dc:title><dc:creator>trustmap</dc:creator><dcterms:created xsi:type=\"dcterms:"
                + "W3CDTF\">" + created + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + created
                + "</dcterms:modified></cp:coreProperties>"));
        part(zip, time, "docProps/app.xml", w -> w.write(XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/extended-properties\"><Application>trustmap</Application></Properties>"));
        part(zip, time, "xl/_rels/workbook.xml.rels", w -> {
            w.write(XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= 4; i++) {
                w.write("<Relationship Id=\"rId" + i + "\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet" + i
                        + ".xml\"/>");
            }
            w.write("<Relationship Id=\"rId5\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/></Relationships>");
        });
        int last = content.lines().size() + 1;
        int credentials = content.lines().stream().mapToInt(l -> l.credentials().size()).sum() + 1;
        part(zip, time, "xl/workbook.xml", w -> w.write(XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                + "\"><bookViews><workbookView activeTab=\"1\"/></bookViews><sheets>"
                + "<sheet name=\"" + ReviewColumns.INSTRUCTIONS_SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "<sheet name=\"" + ReviewColumns.REVIEW_SHEET + "\" sheetId=\"2\" r:id=\"rId2\"/>"
                + "<sheet name=\"" + ReviewColumns.CREDENTIALS_SHEET + "\" sheetId=\"3\" r:id=\"rId3\"/>"
                + "<sheet name=\"" + ReviewColumns.LISTS_SHEET + "\" sheetId=\"4\" state=\"hidden\" r:id=\"rId4\"/>"
                + "</sheets><definedNames>"
                + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\" hidden=\"1\">Review!$A$1:$"
                + column(ReviewColumns.ALL.size() - 1) + "$" + last + "</definedName>"
                + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"2\" hidden=\"1\">Credentials!$A$1:$H$"
                + credentials + "</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">Review!$1:$1</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">Credentials!$1:$1</definedName>"
                + "</definedNames></workbook>"));
        part(zip, time, "xl/styles.xml", w -> w.write(STYLES));
        part(zip, time, "xl/worksheets/sheet1.xml", w -> instructions(w, content));
        part(zip, time, REVIEW_PART, w -> review(w, content, Map.of()));
        part(zip, time, "xl/worksheets/sheet3.xml", w -> credentials(w, content, credentials));
        part(zip, time, "xl/worksheets/sheet4.xml", w -> lists(w, content.people()));
        zip.finish();
        zip.flush();
    }

    /**
     * Writes {@code returned}: the workbook {@code sent} with answers typed into rows, as the owner would return it.
     * Only the Review sheet changes; every other part is copied as sent.
     *
     * @param answers by identity id
     */
    static void answered(Path sent, Path returned, Content content, Map<String, TypedAnswer> answers)
            throws IOException {
        LocalDateTime time = time(content.campaign());
        try (ZipFile in = new ZipFile(sent.toFile(), StandardCharsets.UTF_8);
                OutputStream file = Files.newOutputStream(returned)) {
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16),
                    StandardCharsets.UTF_8);
            StableXlsx.copyParts(in, zip, time, name -> !name.equals(REVIEW_PART));
            part(zip, time, REVIEW_PART, w -> review(w, content, answers));
            zip.finish();
            zip.flush();
        }
    }

    private static LocalDateTime time(Campaign campaign) {
        // a DOS date in no time zone: ZipEntry.setTime would convert through the JVM's zone
        return LocalDateTime.ofInstant(Instant.parse(campaign.asOf()), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String sheetTypes() {
        StringBuilder types = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return types.toString();
    }

    private static void instructions(Writer w, Content content) throws IOException {
        Campaign campaign = content.campaign();
        Campaign.Workbook workbook = content.workbook();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Owner review " + campaign.period()});
        rows.add(new String[] {});
        rows.add(new String[] {"For", workbook.recipient()});
        rows.add(new String[] {"Answer by", campaign.due()});
        rows.add(new String[] {"Identities", String.valueOf(workbook.identities())});
        rows.add(new String[] {"Facts as of", campaign.asOf().substring(0, 10) + " (the quarter trustmap assessed)"});
        rows.add(new String[] {"Campaign", campaign.id()});
        rows.add(new String[] {"Workbook", workbook.file()});
        rows.add(new String[] {});
        rows.add(new String[] {"What is asked", workbook.programme()
                ? "These identities have no owner, or their owner has left. For each one on the Review sheet, name who"
                        + " owns it now (transfer) or say when it will be switched off (decommission)."
                : "These identities are recorded as yours. For each one on the Review sheet, say whether it is still"
                        + " yours and still needed, and whether it still needs the access it has."});
        if (!workbook.programme()) {
            rows.add(new String[] {"keep", "It is mine and still needed. Say why in Reason if you can."});
        }
        rows.add(new String[] {"transfer", "It is needed, but someone else owns it now: write their e-mail in"
                + " Transfer to" + (content.people().isEmpty() ? "; it is checked against the people directory when"
                + " the answers are collected." : " (the drop-down offers the people directory).")});
        rows.add(new String[] {"decommission", "It is no longer needed: write the date by which it will be switched off"
                + " in Decommission by (YYYY-MM-DD). From that date, any credential it still holds is a finding."});
        if (!workbook.programme()) {
            rows.add(new String[] {"not mine", "It is not mine and I cannot say whose. Say what you know in Reason."});
        }
        rows.add(new String[] {"How", "Answer in the yellow columns only; an answer cell stays red until the row is"
                + " answered. The other columns are the facts as trustmap found them and are locked: a row whose"
                + " facts were changed is not used, so if a fact is wrong, say so in Reason. The Credentials sheet"
                + " lists every credential of these identities."});
        rows.add(new String[] {"Return", "Save the workbook as .xlsx (any file name) and send it back by "
                + campaign.due() + ". Rows left unanswered are reported as unanswered."});
        w.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                + "<dimension ref=\"A1:B" + rows.size() + "\"/>"
                + "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
                + "<cols><col min=\"1\" max=\"1\" width=\"22\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width="
                + "\"96\" customWidth=\"1\"/></cols><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            if (cells.length == 0) {
                continue;
            }
            int lines = cells.length > 1 ? cells[1].length() / 90 + 1 : 1;
            w.write("<row r=\"" + (r + 1) + "\"" + (lines > 1 ? " ht=\"" + lines * 15 + "\" customHeight=\"1\"" : "")
                    + ">");
            text(w, "A" + (r + 1), cells[0], r == 0 ? TITLE : LABEL);
            if (cells.length > 1) {
                text(w, "B" + (r + 1), cells[1], WRAP);
            }
            w.write("</row>");
        }
        w.write("</sheetData>" + PROTECTION + MARGINS + "<pageSetup orientation=\"landscape\" fitToWidth=\"1\""
                + " fitToHeight=\"0\"/></worksheet>");
    }

    private static void review(Writer w, Content content, Map<String, TypedAnswer> answers) throws IOException {
        List<String> headers = ReviewColumns.ALL;
        int last = content.lines().size() + 1;
        String lastColumn = column(headers.size() - 1);
        sheetStart(w, "A1:" + lastColumn + last, true);
        w.write("<cols>");
        for (int c = 0; c < headers.size(); c++) {
            w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width(headers.get(c))
                    + "\" customWidth=\"1\"" + (headers.get(c).equals(ReviewColumns.KEY) ? " hidden=\"1\"" : "")
                    + "/>");
        }
        w.write("</cols><sheetData>");
        header(w, headers);
        int r = 2;
        int answer = ReviewColumns.column(ReviewColumns.ANSWER);
        int key = ReviewColumns.column(ReviewColumns.KEY);
        for (Line line : content.lines()) {
            w.write("<row r=\"" + r + "\">");
            List<String> facts = line.facts();
            for (int c = 0; c < facts.size(); c++) {
                String fact = facts.get(c);
                String ref = column(c) + r;
                if (fact.isEmpty()) {
                    w.write("<c r=\"" + ref + "\" s=\"" + FACT + "\"/>");
                } else if (ReviewColumns.NUMBERS.contains(c)) {
                    w.write("<c r=\"" + ref + "\" s=\"" + FACT + "\"><v>" + Long.parseLong(fact) + "</v></c>");
                } else {
                    text(w, ref, fact, FACT);
                }
            }
            TypedAnswer typed = answers.get(line.identityId());
            String[] given = typed == null ? new String[4] : new String[] {typed.answer(), typed.transferTo(), null,
                typed.reason()};
            for (int c = answer; c < answer + 4; c++) {
                String ref = column(c) + r;
                String value = given[c - answer];
                if (c == answer + 2) {
                    if (typed != null && typed.decommissionBy() != null) {
                        w.write("<c r=\"" + ref + "\" s=\"" + ANSWER_DATE + "\"><v>" + serial(typed.decommissionBy())
                                + "</v></c>");
                    } else {
                        w.write("<c r=\"" + ref + "\" s=\"" + ANSWER_DATE + "\"/>");
                    }
                } else if (value == null || value.isEmpty()) {
                    w.write("<c r=\"" + ref + "\" s=\"" + ANSWER + "\"/>");
                } else {
                    text(w, ref, value, ANSWER);
                }
            }
            text(w, column(key) + r, line.key(), FACT);
            w.write("</row>");
            r++;
        }
        w.write("</sheetData>" + PROTECTION + "<autoFilter ref=\"A1:" + lastColumn + last + "\"/>");
        if (last > 1) {
            validations(w, content, last);
        }
        w.write(MARGINS + "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>");
    }

    /** The drop-downs and the red highlight of a missing answer. */
    private static void validations(Writer w, Content content, int last) throws IOException {
        String a = column(ReviewColumns.column(ReviewColumns.ANSWER));
        String t = column(ReviewColumns.column(ReviewColumns.TRANSFER_TO));
        String d = column(ReviewColumns.column(ReviewColumns.DECOMMISSION_BY));
        String transfer = AnswerKind.TRANSFER.word();
        String decommission = AnswerKind.DECOMMISSION.word();
        w.write("<conditionalFormatting sqref=\"" + a + "2:" + a + last + "\"><cfRule type=\"expression\" dxfId=\"0\""
                + " priority=\"1\"><formula>LEN($" + a + "2)=0</formula></cfRule></conditionalFormatting>"
                + "<conditionalFormatting sqref=\"" + t + "2:" + t + last + "\"><cfRule type=\"expression\" dxfId=\"0\""
                + " priority=\"2\"><formula>AND($" + a + "2=&quot;" + transfer + "&quot;,LEN($" + t
                + "2)=0)</formula></cfRule></conditionalFormatting>"
                + "<conditionalFormatting sqref=\"" + d + "2:" + d + last + "\"><cfRule type=\"expression\" dxfId=\"0\""
                + " priority=\"3\"><formula>AND($" + a + "2=&quot;" + decommission + "&quot;,LEN($" + d
                + "2)=0)</formula></cfRule></conditionalFormatting>");
        List<String> answers = content.workbook().programme() ? List.of(transfer, decommission) : AnswerKind.words();
        LocalDate after = LocalDate.parse(content.campaign().asOf().substring(0, 10));
        w.write("<dataValidations count=\"3\">");
        validation(w, "list", a, last, "Not an answer", "Pick " + String.join(", ", answers) + ".",
                "&quot;" + String.join(",", answers) + "&quot;");
        if (content.people().isEmpty()) {
            validation(w, "custom", t, last, "Not an e-mail", "Write the new owner's e-mail.",
                    "ISNUMBER(SEARCH(&quot;@&quot;," + t + "2))");
        } else {
            validation(w, "list", t, last, "Not in the people directory", "Pick the new owner from the list.",
                    ReviewColumns.LISTS_SHEET + "!$B$1:$B$" + content.people().size());
        }
        w.write("<dataValidation type=\"date\" operator=\"greaterThan\" allowBlank=\"1\" showErrorMessage=\"1\""
                + " errorTitle=\"Not a date\" error=\"" + esc("Write the date as YYYY-MM-DD, after " + after + ".")
                + "\" sqref=\"" + d + "2:" + d + last + "\"><formula1>" + serial(after) + "</formula1>"
                + "</dataValidation></dataValidations>");
    }

    private static void validation(Writer w, String type, String column, int last, String title, String message,
            String formula) throws IOException {
        w.write("<dataValidation type=\"" + type + "\" allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\""
                + esc(title) + "\" error=\"" + esc(message) + "\" sqref=\"" + column + "2:" + column + last
                + "\"><formula1>" + formula + "</formula1></dataValidation>");
    }

    private static void credentials(Writer w, Content content, int last) throws IOException {
        List<String> headers = List.of("Identity", "Identity id", "Credential", "Kind", "Active", "Age (days)",
                "Last used", "Expires");
        sheetStart(w, "A1:H" + last, false);
        w.write("<cols>");
        for (int c = 0; c < headers.size(); c++) {
            w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width(headers.get(c))
                    + "\" customWidth=\"1\"/>");
        }
        w.write("</cols><sheetData>");
        header(w, headers);
        int r = 2;
        for (Line line : content.lines()) {
            for (Subject.CredentialFact credential : line.credentials()) {
                w.write("<row r=\"" + r + "\">");
                text(w, "A" + r, line.facts().get(0), FACT);
                // the facts passed the secret guard in ReviewColumns.facts; the credential's own cells pass it here
                text(w, "B" + r, line.facts().get(1), FACT);
                text(w, "C" + r, SecretGuard.identifier(credential.id()), FACT);
                text(w, "D" + r, credential.kind(), FACT);
                text(w, "E" + r, credential.active() ? "yes" : "no", FACT);
                if (credential.ageDays() != null) {
                    w.write("<c r=\"F" + r + "\" s=\"" + FACT + "\"><v>" + credential.ageDays() + "</v></c>");
                }
                text(w, "G" + r, credential.lastUsed() == null ? "not recorded" : credential.lastUsed(), FACT);
                text(w, "H" + r, credential.expires() == null ? "none" : credential.expires(), FACT);
                w.write("</row>");
                r++;
            }
        }
        w.write("</sheetData>" + PROTECTION + "<autoFilter ref=\"A1:H" + last + "\"/>" + MARGINS
                + "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>");
    }

    private static void lists(Writer w, List<String> people) throws IOException {
        List<String> answers = AnswerKind.words();
        int rows = Math.max(answers.size(), people.size());
        w.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1:B" + Math.max(1, rows) + "\"/>"
                + "<sheetData>");
        for (int i = 0; i < rows; i++) {
            w.write("<row r=\"" + (i + 1) + "\">");
            if (i < answers.size()) {
                text(w, "A" + (i + 1), answers.get(i), 0);
            }
            if (i < people.size()) {
                text(w, "B" + (i + 1), people.get(i), 0);
            }
            w.write("</row>");
        }
        w.write("</sheetData></worksheet>");
    }

    private static void sheetStart(Writer w, String dimension, boolean selected) throws IOException {
        w.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                + "<dimension ref=\"" + dimension + "\"/><sheetViews><sheetView " + (selected ? "tabSelected=\"1\" "
                : "") + "workbookViewId=\"0\"><pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\" activePane="
                + "\"bottomRight\" state=\"frozen\"/><selection pane=\"bottomRight\" activeCell=\"C2\" sqref=\"C2\"/>"
                + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    }

    private static void header(Writer w, List<String> headers) throws IOException {
        w.write("<row r=\"1\" ht=\"45\" customHeight=\"1\">");
        for (int c = 0; c < headers.size(); c++) {
            text(w, column(c) + "1", headers.get(c), HEADER);
        }
        w.write("</row>");
    }

    private static void text(Writer w, String ref, String value, int style) throws IOException {
        w.write("<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + " t=\"inlineStr\"><is><t"
                + (value.isEmpty() || value.strip().length() != value.length() ? " xml:space=\"preserve\"" : "")
                + ">" + esc(SpreadsheetCell.neutralise(value)) + "</t></is></c>");
    }

    private static int width(String column) {
        return switch (column) {
            case "Identity", "Identity id", "Credential", "Purpose" -> 34;
            case "Technical owner", "Business owner", "Transfer to", "Account" -> 30;
            case "Reason" -> 40;
            case "Answer", "Decommission by", "Platform", "System", "Kind", "Environment" -> 15;
            default -> 12;
        };
    }

    static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** A date as a spreadsheet's day number (the 1900 system). */
    static long serial(LocalDate date) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
    }

    private static String esc(String text) {
        return Markup.escape(text);
    }

    /** What writes a part's text. */
    private interface PartContent {
        void write(Writer writer) throws IOException;
    }

    private static void part(ZipOutputStream zip, LocalDateTime time, String name, PartContent content)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        // flushed, never closed: closing would close the zip
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        content.write(writer);
        writer.flush();
        zip.closeEntry();
    }

    /** Locked against edits, without a password: filters, sorting and column widths stay free. */
    private static final String PROTECTION = "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\""
            + " formatColumns=\"0\" formatRows=\"0\" sort=\"0\" autoFilter=\"0\"/>";
    private static final String MARGINS = "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\""
            + " header=\"0.3\" footer=\"0.3\"/>";
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/>"
            + "</patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/>"
            + "</patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right style=\"thin\"><color rgb=\"FFBFBFBF\"/></right><top/><bottom style=\"thin\">"
            + "<color rgb=\"FFBFBFBF\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"8\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\""
            + " applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"top\"/><protection locked=\"0\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\">"
            + "<alignment vertical=\"top\"/>"
            + "<protection locked=\"0\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
            + " applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "<dxfs count=\"1\"><dxf><fill><patternFill patternType=\"solid\"><bgColor rgb=\"FFF8CBAD\"/>"
            + "</patternFill></fill></dxf></dxfs></styleSheet>";
}
