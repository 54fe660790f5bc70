package dev.trustmap.assessment.policy;

import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.evidence.redact.SecretGuard;
import dev.trustmap.mappings.internal.LocatedTree;
import dev.trustmap.mappings.internal.LocatedTree.Node;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.text.Utf8Text;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A control file of records (exceptions, attestations) in either of its two shapes: YAML (a list of mappings, or
 * a mapping whose {@code listKey} holds that list) or CSV with a header. CSV is recognised by its first non-blank
 * line: it names {@code control_id}, has commas, and does not start with {@code -}, {@code #} or
 * {@code listKey:}. Unknown keys and columns are problems: these files decide what is accepted.
 */
final class RecordFile {

    /** One value and where it was written: {@code line 4, column 12} (YAML) or {@code line 4} (CSV). */
    record Field(String value, String where) {
    }

    /** One record: the line it starts on, where (for messages), and its non-empty fields by name. */
    record Entry(int line, String where, Map<String, Field> fields) {

        /** The field's value, guarded: a secret typed into any field never reaches the assessment or a report. */
        String value(String name) {
            Field field = fields.get(name);
            if (field == null) {
                return null;
            }
            return "identity".equals(name) || "identity_id".equals(name) ? SecretGuard.identifier(field.value())
                    : SecretGuard.text(field.value());
        }

        /** Where the field was written, or the record's own place when it is missing. */
        String where(String name) {
            Field field = fields.get(name);
            return field == null ? where : field.where();
        }
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final String listKey;
    private final List<String> columns;
    private final List<String> required;
    private final List<InputProblem> problems;

    /**
     * @param listKey the key of the list in the mapping form, and the accepted {@code kind:} value
     * @param columns every key or column a record may have
     * @param required those a CSV header must have (each record is checked by the caller)
     */
    RecordFile(String file, String listKey, List<String> columns, List<String> required,
            List<InputProblem> problems) {
        this.file = file;
        this.listKey = listKey;
        this.columns = columns;
        this.required = required;
        this.problems = problems;
    }

    /** The records in file order; problems found on the way are added to the list given at construction. */
    List<Entry> read(byte[] content) {
        try {
            String text = Utf8Text.decode(file, content);
            return isCsv(text, listKey) ? csv(text) : yaml(text.getBytes(StandardCharsets.UTF_8));
        } catch (InputException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }

    static boolean isCsv(String text, String listKey) {
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String first = line.strip();
            if (first.isEmpty()) {
                continue;
            }
            return first.toLowerCase(Locale.ROOT).contains("control_id") && first.contains(",")
                    && !first.startsWith("-") && !first.startsWith("#") && !first.startsWith(listKey + ":");
        }
        return false;
    }

    private List<Entry> yaml(byte[] content) {
        Node root = LocatedTree.parseNode(file, content, problems);
        if (root == null) {
            return List.of();
        }
        Node list = root;
        if (root.isMap()) {
            if (!root.entries().containsKey(listKey) && !root.entries().isEmpty()
                    && columns.containsAll(root.entries().keySet())) {
                problems.add(new InputProblem(file, root.where(), "a single record must still be a list item.",
                        "Start it with '- ' (or put it under '" + listKey + ":')."));
                return List.of();
            }
            list = null;
            for (Map.Entry<String, Node> top : root.entries().entrySet()) {
                String name = top.getKey();
                Node value = top.getValue();
                if (name.equals(listKey)) {
                    list = value;
                } else if (name.equals("kind")) {
                    if (!value.isScalar() || !listKey.equals(value.text())) {
                        problems.add(new InputProblem(file, value.where(), "kind must be '" + listKey + "'; found "
                                + value.describe() + ".", "Is this the right file? Write 'kind: " + listKey
                                + "' or leave the line out."));
                    }
                } else {
                    problems.add(new InputProblem(file, root.key(name).where(), "unknown key '" + name + "'.",
                            Problems.suggest(name, List.of(listKey, "kind"), "The file holds a list of "
                                    + listKey + ", or '" + listKey + ":' with that list under it.")));
                }
            }
            if (list == null) {
                if (root.entries().keySet().stream().allMatch("kind"::equals)) {
                    problems.add(new InputProblem(file, root.where(), "there is no '" + listKey + ":' list.",
                            "Put the records under '" + listKey + ":', each starting with '- '."));
                }
                return List.of();
            }
            if (list.isNull()) {
                return List.of();
            }
        }
        if (!list.isList()) {
            problems.add(new InputProblem(file, list.where(), "expected a list of " + listKey + "; found "
                    + list.describe() + ".", "Start each record with '- ', e.g. '- control_id: LFC-01'."));
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : list.items()) {
            if (!item.isMap()) {
                problems.add(new InputProblem(file, item.where(), "each record must be a mapping of key: value; "
                        + "found " + item.describe() + ".", "Write e.g. '- control_id: LFC-01' and the other keys "
                        + "under it, indented."));
                continue;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Node> pair : item.entries().entrySet()) {
                String name = pair.getKey();
                Node value = pair.getValue();
                if (!columns.contains(name)) {
                    problems.add(new InputProblem(file, item.key(name).where(), "unknown key '" + name + "'.",
                            Problems.suggest(name, columns, "The keys are: " + String.join(", ", columns) + ".")));
                } else if (value.isMap() || value.isList()) {
                    problems.add(new InputProblem(file, value.where(), name + " must be a single value; found "
                            + value.describe() + ".", "Write the value on the same line as '" + name + ":'."));
                } else if (value.isScalar() && !value.text().isBlank()) {
                    fields.put(name, new Field(value.text().strip(), value.where()));
                }
            }
            entries.add(new Entry(item.line(), item.where(), Collections.unmodifiableMap(fields)));
        }
        return entries;
    }

    private List<Entry> csv(String text) {
        int headerLine = 1;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (!line.isBlank()) {
                break;
            }
            headerLine++;
        }
        String headerWhere = "line " + headerLine;
        List<Entry> entries = new ArrayList<>();
        try (CsvTable table = CsvTable.of(file, text)) {
            for (String header : table.headers()) {
                String name = header.toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !columns.contains(name)) {
                    problems.add(new InputProblem(file, headerWhere, "unknown column '" + header + "'.",
                            Problems.suggest(name, columns, "The columns are: " + String.join(", ", columns)
                                    + ".")));
                }
            }
            List<String> missing = required.stream().filter(c -> !table.has(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new InputProblem(file, headerWhere, "the header has no " + String.join(" or ", missing)
                        + " column.", "The columns are: " + String.join(", ", columns) + "."));
                return List.of();
            }
            for (CsvTable.Row row : table) {
                Map<String, Field> fields = new LinkedHashMap<>();
                for (String column : columns) {
                    String value = row.get(column);
                    if (value != null) {
                        fields.put(column, new Field(value, row.where()));
                    }
                }
                entries.add(new Entry((int) row.line(), row.where(), Collections.unmodifiableMap(fields)));
            }
        }
        return entries;
    }

    /**
     * A date field: {@code YYYY-MM-DD}, or a full ISO-8601 date-time with {@code Z} or an offset (its UTC date).
     * Null when empty; null and a problem when it is not a date.
     */
    LocalDate date(Entry entry, String name) {
        String raw = entry.value(name);
        if (raw == null) {
            return null;
        }
        try {
            if (DATE.matcher(raw).matches()) {
                return LocalDate.parse(raw);
            }
            return OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME).atZoneSameInstant(ZoneOffset.UTC)
                    .toLocalDate();
        } catch (DateTimeException e) {
            problems.add(new InputProblem(file, entry.where(name), name + " '" + raw + "' is not a date.",
                    "Write it as YYYY-MM-DD, e.g. 2026-12-31."));
            return null;
        }
    }

    /** Reports a missing required field at the record's place. */
    boolean require(Entry entry, String name, String fix) {
        if (entry.value(name) != null) {
            return true;
        }
        problems.add(new InputProblem(file, entry.where(), name + " is missing.", fix));
        return false;
    }

    void problem(String where, String message, String fix) {
        problems.add(new InputProblem(file, where, message, fix));
    }

    /** {@code file line N}: the source recorded on each grant or attestation. */
    String source(Entry entry) {
        return file + " line " + entry.line();
    }

    /**
     * The column names of a CSV head, trimmed, without quotes or a byte-order mark, in lower case; empty for a head
     * that is a workbook or JSON.
     */
    static List<String> csvHeader(FileHead head) {
        if (head.zip() || head.json()) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : head.firstLine().split(",", -1)) {
            cells.add(cell.trim().replace("\"", "").replace("\uFEFF", "").toLowerCase(Locale.ROOT));
        }
        return cells;
    }

    /** True for a text head (not a workbook, not JSON) in which {@code pattern} finds a line. */
    static boolean textHas(FileHead head, Pattern pattern) {
        return !head.zip() && !head.json() && pattern.matcher(head.text()).find();
    }

    /**
     * True when a head shows records of this kind: a CSV header naming control_id and one of {@code columns}, or
     * YAML under {@code kind:} (e.g. {@code exceptions:}) or whose entries have control_id and one of them.
     */
    static boolean recognises(FileHead head, String kind, List<String> columns) {
        List<String> header = csvHeader(head);
        if (header.contains("control_id") && columns.stream().anyMatch(header::contains)) {
            return true;
        }
        Pattern key = Pattern.compile("(?m)^" + kind + "\\s*:");
        Pattern field = Pattern.compile("(?m)^[\\s-]*(" + String.join("|", columns) + ")\\s*:");
        return textHas(head, key) || textHas(head, CONTROL_ID_FIELD) && textHas(head, field);
    }

    private static final Pattern CONTROL_ID_FIELD = Pattern.compile("(?m)^[\\s-]*control_id\\s*:");
}
