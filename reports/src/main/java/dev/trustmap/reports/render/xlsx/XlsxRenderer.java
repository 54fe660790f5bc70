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
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code operator.xlsx}: the Summary sheet (posture with a native chart, KPIs, framework coverage, maturity), then
 * one sheet per operator table — Findings, Identities, Credentials, Leaks, Controls, Frameworks, Crosswalk,
 * Exceptions, Attestations, Resolved, Owners — each with every field of its rows as typed cells under headers a person
 * reads. On Findings the columns a fixer needs come first, and a finding's identity and credential link to their
 * rows. Written only when the audience includes the operator.
 *
 * <p>The summary is built with XSSF; the workbook is then wrapped in SXSSF so the tables stream through a window of
 * {@value #ROW_WINDOW} rows, spilling to temporary files (gzipped for a large report), and memory stays bounded however
 * large the inventory.
 */
public final class XlsxRenderer implements Renderer {

    static final String FILE_NAME = "operator.xlsx";
    /** Rows of each table sheet held in memory while streaming. */
    static final int ROW_WINDOW = 100;
    /**
     * Past this many rows the sheets spill to gzipped temporary files (a million identities' sheets would take
     * gigabytes of disk as plain XML); below it, to plain ones, which saves compressing every row twice.
     */
    static final long COMPRESSED_TEMP_ROWS = 250_000;
    /** Data rows a sheet takes (1,048,576 rows less the header) before the table continues on the next sheet. */
    static final int MAX_DATA_ROWS = 1_048_575;

    private final int maxDataRows;

    public XlsxRenderer() {
        this(MAX_DATA_ROWS);
    }

    /** With a lower row limit, so tests can see a table continue on a second and third sheet. */
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

    @Override
    public void render(ReportModel model, Audience audience, ReportOutput output) throws IOException {
        if (!audience.includesOperator()) {
            return;
        }
        var operator = model.operator();
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles styles;
        try {
            styles = new WorkbookStyles(base);
            properties(base, model.meta());
            SummarySheet.write(base, styles, model.meta(), model.board());
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
        // closing the streaming workbook closes the base one and deletes its temporary files
        long rows = operator.findings().size() + operator.identities().size() + operator.credentials().size();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, ROW_WINDOW, rows > COMPRESSED_TEMP_ROWS)) {
            TableSheetWriter tables = new TableSheetWriter(workbook, styles, maxDataRows);
            // identities and credentials are written first so that findings and leaks can link to their rows;
            // the sheets are then put in reading order
            Table<IdentityRow> identities = Table.of("Identities", IdentityRow.class)
                    .first("name", "id", "platform", "account", "technicalOwner", "businessOwner", "openFindings");
            Table.SheetRows identityRows = identities.indexBy(IdentityRow::id);
            tables.write(identities, operator.identities());
            Table<CredentialRow> credentials = Table.of("Credentials", CredentialRow.class)
                    .link("identity", identityRows, CredentialRow::identity);
            Table.SheetRows credentialRows = credentials.indexBy(c -> RowIndex.pair(c.identity(), c.id()));
            tables.write(credentials, operator.credentials());
            tables.write(Table.of("Findings", FindingRow.class)
                    .first("severity", "daysOverdue", "dueOn", "owner", "identityName", "identity", "credential",
                            "control", "controlTitle", "remediation", "status", "observed", "limit", "change")
                    .severity("severity")
                    .link("identity", identityRows, FindingRow::identity)
                    .link("credential", credentialRows, f -> RowIndex.pair(f.identity(), f.credential())),
                    operator.findings());
            tables.write(Table.of("Leaks", LeakRow.class).first("open", "detectedAt", "identity", "credential")
                    .link("identity", identityRows, LeakRow::identity)
                    .link("credential", credentialRows, l -> RowIndex.pair(l.identity(), l.credential())),
                    Rows.of(list(operator.leaks())));
            tables.write(Table.of("Controls", ControlRow.class), Rows.of(list(operator.controls())));
            tables.write(Table.of("Frameworks", FrameworkItemRow.class), Rows.of(list(operator.frameworkItems())));
            tables.write(Table.of("Crosswalk", CrosswalkRow.class), Rows.of(list(operator.failingCrosswalk())));
            tables.write(Table.of("Exceptions", ExceptionRow.class), Rows.of(list(operator.exceptions())));
            tables.write(Table.of("Attestations", AttestationRow.class), Rows.of(list(operator.attestations())));
            tables.write(Table.of("Resolved", ResolvedRow.class).severity("severity"),
                    Rows.of(list(operator.resolved())));
            tables.write(Table.of("Owners", FindingGroup.class).severity("severity"),
                    Rows.of(list(operator.groups())));
            if (!list(operator.disagreements()).isEmpty()) {
                tables.write(Table.of("Disagreements", DisagreementRow.class)
                        .link("identity", identityRows, DisagreementRow::identity),
                        Rows.of(operator.disagreements()));
            }
            inReadingOrder(workbook);
            try (OutputStream out = output.create(FILE_NAME)) {
                workbook.write(out);
            }
        }
    }

    /** Summary, Findings, then the tables they link to, then the rest as written; Summary open. */
    private static void inReadingOrder(SXSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        List<String> order = new ArrayList<>();
        for (String lead : List.of("Summary", "Findings", "Disagreements", "Identities", "Credentials", "Leaks")) {
            names.stream().filter(n -> n.equals(lead) || n.startsWith(lead + " (")).forEach(order::add);
        }
        names.stream().filter(n -> !order.contains(n)).forEach(order::add);
        for (int i = 0; i < order.size(); i++) {
            workbook.setSheetOrder(order.get(i), i);
        }
        for (int i = 0; i < order.size(); i++) {
            workbook.getSheetAt(i).setSelected(i == 0);
        }
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
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
