package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.file.EvidenceFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workbook (owners, people, an inventory sheet): the text of every cell gets the scan for secrets a person may
 * have typed into it, as the importer's guard does for the value it reads from there. A cell under an identifier's
 * header ({@code identity_id}, {@code credential_id}) is scanned as an identifier, every other cell as text; a
 * shared string used under an identifier's header anywhere is scanned as one. The workbook's other parts are copied
 * as they are, in their order and with their timestamps, so the same workbook always gives the same copy.
 */
final class XlsxCopy implements Copier {

    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final Pattern ROW = Pattern.compile("<row\\b[^>]*>(.*?)</row>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<c\\b([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("\\br=\"([A-Z]+)[0-9]+\"");
    private static final Pattern TYPE = Pattern.compile("\\bt=\"([a-zA-Z]+)\"");
    private static final Pattern VALUE = Pattern.compile("<v>([^<]*)</v>");
    private static final Pattern ITEM = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);
    /**
     * The text of a cell: a run ({@code <t>}, shared or inline), a value ({@code <v>}: a formula's string result,
     * or what a writer put there), a formula ({@code <f>}, whose string literals a person typed).
     */
    private static final Pattern TEXT = Pattern.compile("<([tvf])(?:\\s[^>]*)?>([^<]*)</\\1>");

    @Override
    public long copy(EvidenceFile file, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, Long> times = new HashMap<>();
        try (InputStream raw = file.open(); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
                times.put(entry.getName(), entry.getTime());
            }
        }
        List<String> shared = sharedStrings(entries.get(SHARED_STRINGS));
        Set<Integer> sharedIdentifiers = new HashSet<>();
        long[] redacted = {0};
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("xl/worksheets/") && entry.getKey().endsWith(".xml")) {
                entry.setValue(sheet(new String(entry.getValue(), StandardCharsets.UTF_8), shared, sharedIdentifiers,
                        redacted).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (entries.containsKey(SHARED_STRINGS)) {
            entries.put(SHARED_STRINGS, sharedCopy(new String(entries.get(SHARED_STRINGS), StandardCharsets.UTF_8),
                    sharedIdentifiers, redacted).getBytes(StandardCharsets.UTF_8));
        }
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(new NonClosing(out), 1 << 16));
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            ZipEntry copied = new ZipEntry(entry.getKey());
            copied.setTime(times.get(entry.getKey()));
            zip.putNextEntry(copied);
            zip.write(entry.getValue());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
        return redacted[0];
    }

    /** The plain text of each shared string, in order (rich text runs joined). */
    private static List<String> sharedStrings(byte[] xml) {
        List<String> strings = new ArrayList<>();
        if (xml != null) {
            Matcher item = ITEM.matcher(new String(xml, StandardCharsets.UTF_8));
            while (item.find()) {
                StringBuilder text = new StringBuilder();
                Matcher run = TEXT.matcher(item.group(1));
                while (run.find()) {
                    if (run.group(1).equals("t")) {
                        text.append(run.group(2));
                    }
                }
                strings.add(text.toString());
            }
        }
        return strings;
    }

    /**
     * One worksheet with its inline and cached text scanned, column by column as its header row names them; notes
     * which shared strings stand under an identifier's header.
     */
    private static String sheet(String xml, List<String> shared, Set<Integer> sharedIdentifiers, long[] redacted) {
        Set<String> identifierColumns = new HashSet<>();
        boolean header = true;
        StringBuilder copy = new StringBuilder(xml.length());
        int from = 0;
        Matcher row = ROW.matcher(xml);
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                String attributes = cell.group(1);
                String content = cell.group(2);
                if (content == null) {
                    continue;
                }
                Matcher reference = REFERENCE.matcher(attributes);
                String column = reference.find() ? reference.group(1) : "";
                Matcher type = TYPE.matcher(attributes);
                boolean sharedText = type.find() && type.group(1).equals("s");
                if (header) {
                    String name = sharedText ? sharedAt(shared, content) : text(content);
                    if (IdentifierNames.is(name == null ? null : name.strip())) {
                        identifierColumns.add(column);
                    }
                }
                boolean identifier = !header && identifierColumns.contains(column);
                if (sharedText) {
                    Matcher value = VALUE.matcher(content);
                    if (identifier && value.find()) {
                        sharedIdentifiers.add(Integer.parseInt(value.group(1).strip()));
                    }
                    continue;
                }
                int start = row.start(1) + cell.start(2);
                String safe = redactRuns(content, identifier, redacted);
                if (!safe.equals(content)) {
                    copy.append(xml, from, start).append(safe);
                    from = start + content.length();
                }
            }
            header = false;
        }
        return from == 0 ? xml : copy.append(xml, from, xml.length()).toString();
    }

    private static String sharedCopy(String xml, Set<Integer> identifiers, long[] redacted) {
        StringBuilder copy = new StringBuilder(xml.length());
        int from = 0;
        int index = 0;
        Matcher item = ITEM.matcher(xml);
        while (item.find()) {
            String safe = redactRuns(item.group(1), identifiers.contains(index), redacted);
            if (!safe.equals(item.group(1))) {
                copy.append(xml, from, item.start(1)).append(safe);
                from = item.end(1);
            }
            index++;
        }
        return from == 0 ? xml : copy.append(xml, from, xml.length()).toString();
    }

    /** The runs, values and formulas of one cell or shared string, each scanned. */
    private static String redactRuns(String xml, boolean identifier, long[] redacted) {
        Matcher m = TEXT.matcher(xml);
        StringBuilder copy = new StringBuilder(xml.length());
        int from = 0;
        while (m.find()) {
            String text = m.group(2);
            String safe = identifier ? SecretShapes.redactIdentifier(text, false) : SecretShapes.redactText(text);
            if (!safe.equals(text)) {
                redacted[0]++;
                copy.append(xml, from, m.start(2)).append(safe);
                from = m.end(2);
            }
        }
        return from == 0 ? xml : copy.append(xml, from, xml.length()).toString();
    }

    private static String sharedAt(List<String> shared, String content) {
        Matcher value = VALUE.matcher(content);
        if (!value.find()) {
            return null;
        }
        int index = Integer.parseInt(value.group(1).strip());
        return index < shared.size() ? shared.get(index) : null;
    }

    private static String text(String content) {
        Matcher run = TEXT.matcher(content);
        StringBuilder text = new StringBuilder();
        while (run.find()) {
            if (run.group(1).equals("t")) {
                text.append(run.group(2));
            }
        }
        return text.toString();
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
