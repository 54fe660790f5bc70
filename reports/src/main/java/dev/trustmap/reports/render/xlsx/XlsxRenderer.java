package dev.trustmap.reports.render.xlsx;

import dev.trustmap.reports.model.AttestationRow;
import dev.trustmap.reports.model.ControlRow;
import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.CrosswalkRow;
import dev.trustmap.reports.model.DisagreementRow;
import dev.trustmap.reports.model.ExceptionRow;
import dev.trustmap.reports.model.FindingGroup;
import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.FrameworkItemRow;
import dev.trustmap.reports.model.IdentityRow;
import dev.trustmap.reports.model.LeakRow;
import dev.trustmap.reports.model.ReportMeta;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.ResolvedRow;
import dev.trustmap.reports.model.Rows;
import dev.trustmap.reports.render.Audience;
import dev.trustmap.reports.render.Renderer;
import dev.trustmap.reports.render.ReportOutput;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code operator.xlsx}: the Summary sheet (posture with a native chart, KPIs, framework coverage, maturity), then
 * one sheet per operator table — Findings, Identities, Credentials, Leaks, Controls, Frameworks, Crosswalk,
 * Exceptions, Attestations, Resolved, Owners — each with every field of its rows as typed cells under headers a person
 * reads. On Findings the columns a fixer needs come first, and a finding's identity and credential link to their
 * rows. Written only when the audience includes the operator.
 *
 * <p>What it holds at scale: each table on one sheet, up to the {@value #MAX_DATA_ROWS} rows a sheet takes. Findings
 * come in the assessment's order, the most severe first, so a capped sheet holds the ones to work on first; the
 * Summary says which tables are cut and the CSV that holds each complete. Nobody reads six million rows over
 * continuation sheets, and a large estate should not pay to write them: the complete tables are the data files.
 *
 * <p>POI builds the Summary and each table sheet's frame (header and settings); the rows are then streamed into the
 * frame's sheet parts as SpreadsheetML (see {@link TableSheetWriter}), so memory stays bounded however large the
 * inventory and no cell object is made per value.
 */
public final class XlsxRenderer implements Renderer {

    static final String FILE_NAME = "operator.xlsx";
    /** Data rows a sheet takes: 1,048,576 rows less the header. */
    static final int MAX_DATA_ROWS = 1_048_575;
    /** The date of every part of the workbook: a constant, so the bytes depend on the content only. */
    private static final LocalDateTime PART_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final int maxDataRows;

    public XlsxRenderer() {
        this(MAX_DATA_ROWS);
    }

    /** With a lower row limit, so tests can see a table cut. */
    XlsxRenderer(int maxDataRows) {
        if (maxDataRows < 1 || maxDataRows > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("maxDataRows out of range: " + maxDataRows);
        }
        this.maxDataRows = maxDataRows;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    /** A table, its rows and how many of them its sheet holds; {@code sheet} is set once the frame is made. */
    private static final class Planned<T extends Record> {
        final Table<T> table;
        final Rows<T> rows;
        final int dataRows;
        final String csv;
        XSSFSheet sheet;

        Planned(Table<T> table, Rows<T> rows, int maxDataRows, String csv) {
            this.table = table;
            this.rows = rows;
            this.dataRows = (int) Math.min(rows.size(), maxDataRows);
            this.csv = csv;
        }

        boolean cut() {
            return rows.size() > dataRows;
        }

        void write(TableSheetWriter writer, String frameXml, OutputStream out) throws IOException {
            writer.write(table, rows, dataRows, frameXml, out);
        }
    }

    @Override
    public void render(ReportModel model, Audience audience, ReportOutput output) throws IOException {
        if (!audience.includesOperator()) {
            return;
        }
        var operator = model.operator();
        // identities and credentials are streamed first so that findings and leaks can link to their rows
        Table<IdentityRow> identities = Table.of("Identities", IdentityRow.class)
                .first("name", "id", "platform", "account", "technicalOwner", "businessOwner", "openFindings");
        Table.SheetRows identityRows = identities.indexBy(IdentityRow::id);
        Table<CredentialRow> credentials = Table.of("Credentials", CredentialRow.class)
                .link("identity", identityRows, CredentialRow::identity);
        Table.SheetRows credentialRows = credentials.indexBy(c -> RowIndex.pair(c.identity(), c.id()));
        Table<FindingRow> findings = Table.of("Findings", FindingRow.class)
                .first("severity", "daysOverdue", "dueOn", "owner", "identityName", "identity", "credential",
                        "control", "controlTitle", "remediation", "status", "observed", "limit", "change")
                .severity("severity")
                .link("identity", identityRows, FindingRow::identity)
                .link("credential", credentialRows, f -> RowIndex.pair(f.identity(), f.credential()));
        Planned<IdentityRow> identitySheet = new Planned<>(identities, operator.identities(), maxDataRows,
                "identities.csv");
        Planned<CredentialRow> credentialSheet = new Planned<>(credentials, operator.credentials(), maxDataRows,
                "credentials.csv");
        Planned<FindingRow> findingSheet = new Planned<>(findings, operator.findings(), maxDataRows, "findings.csv");
        Planned<LeakRow> leakSheet = planned(Table.of("Leaks", LeakRow.class)
                .first("open", "detectedAt", "identity", "credential")
                .link("identity", identityRows, LeakRow::identity)
                .link("credential", credentialRows, l -> RowIndex.pair(l.identity(), l.credential())),
                operator.leaks());
        Planned<DisagreementRow> disagreementSheet = list(operator.disagreements()).isEmpty() ? null
                : planned(Table.of("Disagreements", DisagreementRow.class)
                        .link("identity", identityRows, DisagreementRow::identity), operator.disagreements());
        // in reading order: Summary, Findings, the tables they link to, then the rest
        List<Planned<?>> sheets = new ArrayList<>();
        sheets.add(findingSheet);
        if (disagreementSheet != null) {
            sheets.add(disagreementSheet);
        }
        sheets.addAll(List.of(identitySheet, credentialSheet, leakSheet,
                planned(Table.of("Controls", ControlRow.class), operator.controls()),
                planned(Table.of("Frameworks", FrameworkItemRow.class), operator.frameworkItems()),
                planned(Table.of("Crosswalk", CrosswalkRow.class), operator.failingCrosswalk()),
                planned(Table.of("Exceptions", ExceptionRow.class), operator.exceptions()),
                planned(Table.of("Attestations", AttestationRow.class), operator.attestations()),
                planned(Table.of("Resolved", ResolvedRow.class).severity("severity"), operator.resolved()),
                planned(Table.of("Owners", FindingGroup.class).severity("severity"), operator.groups())));

        Frame frame = frame(model, sheets);
        TableSheetWriter writer = new TableSheetWriter(frame.styles());
        Map<String, Planned<?>> byPart = new LinkedHashMap<>();
        // the order the parts are streamed in: a table's rows are indexed before another links to them
        List<Planned<?>> streamed = new ArrayList<>(List.of(identitySheet, credentialSheet));
        sheets.stream().filter(p -> !streamed.contains(p)).forEach(streamed::add);
        for (Planned<?> planned : streamed) {
            byPart.put(planned.sheet.getPackagePart().getPartName().getName().substring(1), planned);
        }
        try (OutputStream out = output.create(FILE_NAME);
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16),
                        StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> part : frame.parts().entrySet()) {
                if (!byPart.containsKey(part.getKey())) {
                    put(zip, part.getKey(), entry -> entry.write(part.getValue()));
                }
            }
            for (Map.Entry<String, Planned<?>> part : byPart.entrySet()) {
                String frameXml = new String(frame.parts().get(part.getKey()), StandardCharsets.UTF_8);
                put(zip, part.getKey(), entry -> part.getValue().write(writer, frameXml, entry));
            }
        }
    }

    /** What a part's content is written by. */
    private interface PartContent {
        void write(OutputStream out) throws IOException;
    }

    private static void put(ZipOutputStream zip, String name, PartContent content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(PART_TIME); // a DOS date in no time zone: setTime would convert through the JVM's zone
        zip.putNextEntry(entry);
        content.write(zip);
        zip.closeEntry();
    }

    /** The frame POI wrote, part by part in its order, and the styles its cells use. */
    private record Frame(Map<String, byte[]> parts, WorkbookStyles styles) {
    }

    private <T extends Record> Planned<T> planned(Table<T> table, List<T> rows) {
        String csv = switch (table.name) {
            case "Leaks", "Owners" -> null;
            default -> table.name.toLowerCase(Locale.ROOT) + ".csv";
        };
        return new Planned<>(table, Rows.of(list(rows)), maxDataRows, csv);
    }

    /** The workbook as POI writes it: the Summary, and every table sheet with its header and settings only. */
    private static Frame frame(ReportModel model, List<Planned<?>> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            properties(workbook, model.meta());
            List<String> cut = new ArrayList<>();
            for (Planned<?> planned : sheets) {
                if (planned.cut()) {
                    String all = planned.csv == null ? "the assessment (data/assessment.json in the evidence pack)"
                            : planned.csv + " (data/" + planned.csv + " in the evidence pack)";
                    cut.add(String.format(Locale.ROOT, "%s holds the first %,d of %,d rows%s; all of them are in %s.",
                            planned.table.name, planned.dataRows, planned.rows.size(),
                            planned.table.severityField == null ? "" : ", the most severe first", all));
                }
            }
            SummarySheet.write(workbook, styles, model.meta(), model.board(), cut);
            for (Planned<?> planned : sheets) {
                planned.sheet = TableSheetWriter.frame(workbook, styles, planned.table, planned.dataRows);
            }
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()),
                    StandardCharsets.UTF_8)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
            return new Frame(parts, styles);
        }
    }

    /** Creator, title and the as-of instant as the creation time, rather than the wall clock of the run. */
    private static void properties(XSSFWorkbook workbook, ReportMeta meta) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreator("trustmap");
        core.setTitle(CellValues.safe(SummarySheet.title(meta)));
        LocalDateTime asOf = meta.asOf() == null ? null : CellValues.parseDateTime(meta.asOf().trim());
        if (asOf != null) {
            Date created = Date.from(asOf.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(created));
            core.setModified(Optional.of(created));
        }
    }

    private static <T> List<T> list(List<T> rows) {
        return rows == null ? List.of() : rows;
    }
}
