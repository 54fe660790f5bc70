package dev.trustmap.cli.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Plants a canary into every free-text and identifier field of an input file, in its own format: every CSV cell,
 * JSON string, quoted YAML scalar and workbook cell, and a comment line in a PEM bundle. Values that carry
 * structure the importers need to recognise the file or the row (dates, numbers, booleans, enumerations, format
 * markers, base64 data) are left as they are, so that the run goes through and every output can be searched.
 */
final class CanaryPlanting {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Set<String> WORDS = Set.of("", "true", "false", "yes", "no", "n/a", "not_supported",
            "no_information", "null", "none");
    /** Columns and members whose values a reader matches against a fixed list, or that mark the format. */
    private static final Set<String> STRUCTURAL = Set.of("actor_class", "credential_kind", "status",
            "privileged", "credential_active", "kind", "apiversion", "type", "keytype", "usage", "ruleid",
            "@odata.context", "@odata.type", "data", "stringdata", "departed_on", "control_id", "accent", "logo",
            "approved_on", "expires_on", "attested_on", "valid_until", "schema", "resourcetype", "serviceprincipaltype",
            "keyalgorithm", "keyorigin", "keytypes", "signinaudience", "policy", "token_type", "auth_type",
            "credentialtype", "resultType", "repository_selection", "permissions", "metadata.annotations",
            "consenttype", "object", "owner_project_access", "product", "event_code", "status_code");

    private final Canaries canaries;

    CanaryPlanting(Canaries canaries) {
        this.canaries = canaries;
    }

    /** Plants into {@code file} in place, by its extension; returns how many canaries went in. */
    int plant(Path file) throws IOException {
        int before = canaries.planted().size();
        String name = file.getFileName().toString();
        if (name.endsWith(".csv")) {
            csv(file);
        } else if (name.endsWith(".json")) {
            json(file);
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            yaml(file);
        } else if (name.endsWith(".pem")) {
            Files.writeString(file, "# issued for " + canaries.next() + "\n" + Files.readString(file));
        } else if (name.endsWith(".xlsx")) {
            xlsx(file);
        }
        return canaries.planted().size() - before;
    }

    private boolean plantable(String field, String value) {
        if (field != null && STRUCTURAL.contains(field.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String v = value.strip();
        return !WORDS.contains(v.toLowerCase(java.util.Locale.ROOT)) && !DATE.matcher(v).matches()
                && !NUMBER.matcher(v).matches() && !v.startsWith("-----BEGIN")
                // a GCP resource name is parsed into project, account and key: its parts are the structure
                && !v.startsWith("projects/")
                // so is a Key Vault object identifier, into vault, collection, name and version
                && !(v.startsWith("https://") && v.contains(".vault.azure.net/"))
                // an email is validated as one address; a canary beside it stops the run (the error path has its
                // own test), so the reports would go unsearched
                && !v.contains("@");
    }

    private String planted(String value) {
        return value + " " + canaries.next();
    }

    private void csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        List<CSVRecord> records;
        try (Reader in = new java.io.StringReader(bom ? text.substring(1) : text)) {
            records = CSVFormat.DEFAULT.parse(in).getRecords();
        }
        List<String> header = records.get(0).toList();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            printer.printRecord(header);
            for (CSVRecord record : records.subList(1, records.size())) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    String cell = record.get(i);
                    String column = i < header.size() ? header.get(i) : null;
                    cells.add(plantable(column, cell) ? planted(cell) : cell);
                }
                printer.printRecord(cells);
            }
        }
        Files.writeString(file, (bom ? "\uFEFF" : "") + out, StandardCharsets.UTF_8);
    }

    /** Every document of the file (gcloud writes one per call, back to back), planted and written back in turn. */
    private void json(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> documents = new ArrayList<>();
        // a parser, not readValues: that would unwrap a leading array into its elements
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.getFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                documents.add(mapper.readTree(parser));
            }
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode document : documents) {
            text.append(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(walk(null, document))).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private JsonNode walk(String field, JsonNode node) {
        if (node.isObject()) {
            if (field != null && STRUCTURAL.contains(field.toLowerCase(java.util.Locale.ROOT))) {
                return node;
            }
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
            fields.forEachRemaining(all::add);
            for (Map.Entry<String, JsonNode> entry : all) {
                object.set(entry.getKey(), walk(entry.getKey(), entry.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, walk(field, array.get(i)));
            }
            return array;
        }
        if (node.isTextual() && plantable(field, node.asText())) {
            return TextNode.valueOf(planted(node.asText()));
        }
        return node;
    }

    private static final Pattern YAML_SCALAR = Pattern.compile("^(\\s*-?\\s*)([A-Za-z_]+)(\\s*:\\s*)\"([^\"]*)\"\\s*$");

    private void yaml(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = YAML_SCALAR.matcher(line);
            if (m.matches() && plantable(m.group(2), m.group(4))) {
                lines.add(m.group(1) + m.group(2) + m.group(3) + "\"" + planted(m.group(4)) + "\"");
            } else {
                lines.add(line);
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private void xlsx(Path file) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(sheet.getFirstRowNum());
                for (Row row : sheet) {
                    if (row.getRowNum() <= sheet.getFirstRowNum()) {
                        continue;
                    }
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        Cell title = header == null ? null : header.getCell(cell.getColumnIndex());
                        String column = title == null || title.getCellType() != CellType.STRING ? null
                                : title.getStringCellValue().strip().toLowerCase(java.util.Locale.ROOT);
                        if (plantable(column, cell.getStringCellValue())) {
                            cell.setCellValue(planted(cell.getStringCellValue()));
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
