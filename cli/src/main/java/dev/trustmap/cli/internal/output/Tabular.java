package dev.trustmap.cli.internal.output;

import dev.trustmap.model.text.SpreadsheetCell;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows (records) in the format asked for: a table with the declared columns, CSV with the same columns,
 * or JSON with every field of the record.
 *
 * @param <T> the row type
 */
public final class Tabular<T> {

    private record Column<T>(String header, Function<T, Object> value, int maxWidth) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    /** Adds a column; in a table, its values are cut to {@code maxWidth} characters (0: never). */
    public Tabular<T> column(String header, Function<T, Object> value, int maxWidth) {
        columns.add(new Column<>(header, value, maxWidth));
        return this;
    }

    public Tabular<T> column(String header, Function<T, Object> value) {
        return column(header, value, 0);
    }

    public void write(PrintWriter out, OutputFormat format, List<T> rows) {
        switch (format) {
            case JSON -> Json.write(out, rows);
            case CSV -> csv(out, rows);
            case TABLE -> table(out, rows);
        }
        out.flush();
    }

    private void csv(PrintWriter out, List<T> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(columns.stream().map(Column::header).toList());
            for (T row : rows) {
                printer.printRecord(columns.stream()
                        .map(c -> SpreadsheetCell.neutralise(text(c.value().apply(row)))).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(PrintWriter out, List<T> rows) {
        List<String[]> cells = new ArrayList<>();
        for (T row : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                line[i] = cut(text(column.value().apply(row)).replace('\n', ' '), column.maxWidth());
            }
            cells.add(line);
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).header().length();
            for (String[] line : cells) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        String[] header = columns.stream().map(Column::header).toArray(String[]::new);
        out.print(line(header, widths));
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        out.print(line(rule, widths));
        cells.forEach(line -> out.print(line(line, widths)));
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean last = i == cells.length - 1;
            line.append(last ? cells[i] : String.format("%-" + widths[i] + "s  ", cells[i]));
        }
        return line.toString().stripTrailing() + "\n";
    }

    private static String cut(String text, int maxWidth) {
        return maxWidth > 0 && text.length() > maxWidth ? text.substring(0, maxWidth - 1) + "…" : text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Iterable<?> values) {
            List<String> parts = new ArrayList<>();
            values.forEach(v -> parts.add(String.valueOf(v)));
            return String.join(" ", parts);
        }
        return String.valueOf(value);
    }
}
