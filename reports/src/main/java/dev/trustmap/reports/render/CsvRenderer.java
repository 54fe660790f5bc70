package dev.trustmap.reports.render;

import dev.trustmap.model.text.CsvOutputWriter;
import dev.trustmap.model.text.SpreadsheetCell;
import dev.trustmap.reports.model.AttestationRow;
import dev.trustmap.reports.model.ControlOwnerRow;
import dev.trustmap.reports.model.ControlRow;
import dev.trustmap.reports.model.CredentialRow;
import dev.trustmap.reports.model.CrosswalkRow;
import dev.trustmap.reports.model.DisagreementRow;
import dev.trustmap.reports.model.ExceptionRow;
import dev.trustmap.reports.model.FindingRow;
import dev.trustmap.reports.model.FrameworkItemRow;
import dev.trustmap.reports.model.IdentityRow;
import dev.trustmap.reports.model.ReportModel;
import dev.trustmap.reports.model.ResolvedRow;
import dev.trustmap.reports.model.Rows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The operator's tables as CSV (findings, identities, credentials, controls, frameworks, and the failing controls'
 * crosswalk, control owners, exceptions and attestations): UTF-8, RFC 4180, one column per field of the row, cells
 * that would run as formulas neutralised. The board has no CSV.
 */
public final class CsvRenderer implements Renderer {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void render(ReportModel model, Audience audience, ReportOutput output) throws IOException {
        if (!audience.includesOperator()) {
            return;
        }
        var o = model.operator();
        write(output, "findings.csv", FindingRow.class, o.findings());
        write(output, "identities.csv", IdentityRow.class, o.identities());
        write(output, "credentials.csv", CredentialRow.class, o.credentials());
        write(output, "controls.csv", ControlRow.class, Rows.of(o.controls()));
        write(output, "frameworks.csv", FrameworkItemRow.class, Rows.of(o.frameworkItems()));
        write(output, "crosswalk.csv", CrosswalkRow.class, Rows.of(o.failingCrosswalk()));
        write(output, "control-owners.csv", ControlOwnerRow.class, Rows.of(o.controls().stream()
                .map(c -> new ControlOwnerRow(c.id(), c.domain(), c.title(), c.status(), c.owner())).toList()));
        write(output, "exceptions.csv", ExceptionRow.class, Rows.of(o.exceptions()));
        write(output, "attestations.csv", AttestationRow.class, Rows.of(o.attestations()));
        write(output, "resolved.csv", ResolvedRow.class, Rows.of(o.resolved()));
        if (o.disagreements() != null && !o.disagreements().isEmpty()) { // only when another tool disagrees
            write(output, "disagreements.csv", DisagreementRow.class, Rows.of(o.disagreements()));
        }
    }

    /** Rows of a record type, its components as columns in declaration order. */
    static <T extends Record> void write(ReportOutput output, String name, Class<T> type, Rows<T> rows)
            throws IOException {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true); // checked once here rather than on each of millions of calls
        }
        try (OutputStream stream = output.create(name);
                Writer writer = new CsvOutputWriter(stream)) {
            // a byte-order mark, so that a spreadsheet opening the file by default reads it as UTF-8
            writer.write(SpreadsheetCell.BOM);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>();
            for (RecordComponent c : components) {
                header.add(c.getName());
            }
            csv.printRecord(header);
            List<String> cells = new ArrayList<>(components.length);
            rows.forEach(row -> {
                cells.clear();
                for (Method accessor : accessors) {
                    cells.add(SpreadsheetCell.csv(value(accessor, row)));
                }
                try {
                    csv.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        }
    }

    private static Object value(Method accessor, Record row) {
        try {
            return accessor.invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }

    /** Machine-readable: its files go with the pack's data. */
    @Override
    public PackPlace packPlace() {
        return PackPlace.DATA;
    }
}
