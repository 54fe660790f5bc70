package dev.trustmap.evidence.file;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The start of an input file, for format detection: its name and up to the first 64 KiB as text (UTF-8, BOM
 * removed), or the fact that it is a zip container (XLSX), with the file's path so that a workbook's first rows
 * can be looked at (null for a head made in memory).
 */
public record FileHead(String name, String text, boolean zip, Path path) {

    public FileHead(String name, String text, boolean zip) {
        this(name, text, zip, null);
    }

    /** The file name in lower case, for extension checks. */
    public String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The first non-blank line, trimmed; empty when there is none. */
    public String firstLine() {
        for (String line : text.split("\\R", 50)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    /** True when the text looks like JSON or JSON Lines (starts with { or [). */
    public boolean json() {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** True when the head contains {@code "key"} as a JSON member name. */
    public boolean hasJsonKey(String key) {
        return text.contains("\"" + key + "\"");
    }
}
