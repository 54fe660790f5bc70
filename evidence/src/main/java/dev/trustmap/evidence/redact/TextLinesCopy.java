package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.file.EvidenceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * trustmap's own YAML files (policy, exceptions, attestations, report configuration), line by line: a value under a
 * secret's name is replaced whole, an identifier ({@code identity:}) gets the issuers' shapes, and every other line
 * the scan for secrets a person may have typed into a reason, a note or a name. Line breaks, comments and layout
 * are kept byte for byte, so a reference such as "line 12" still points at the same entry.
 */
final class TextLinesCopy implements Copier {

    /** {@code key: value}, as a mapping entry or the first entry of a list item. */
    private static final Pattern ENTRY = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\\s*:\\s*)(.*)$");

    @Override
    public long copy(EvidenceFile file, OutputStream out) throws IOException {
        String text;
        try (InputStream in = file.open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long redacted = 0;
        StringBuilder copy = new StringBuilder(text.length());
        int from = 0;
        while (from < text.length()) {
            int end = lineEnd(text, from);
            String line = text.substring(from, end);
            String safe = redactLine(line);
            if (!safe.equals(line)) {
                redacted++;
            }
            copy.append(safe);
            from = end;
            if (text.startsWith("\r\n", from)) {
                copy.append("\r\n");
                from += 2;
            } else if (from < text.length()) {
                copy.append(text.charAt(from++));
            }
        }
        out.write(copy.toString().getBytes(StandardCharsets.UTF_8));
        return redacted;
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static String redactLine(String line) {
        Matcher entry = ENTRY.matcher(line);
        if (!entry.matches()) {
            return SecretShapes.redactText(line);
        }
        String key = entry.group(2);
        String value = entry.group(4);
        if (!SecretShapes.redactText(key).equals(key)) {
            return SecretShapes.redactText(line); // a secret typed as a key: the line is text, not an entry
        }
        if (SecretNames.is(key) && !value.isBlank()) {
            String bare = value.strip();
            if (bare.length() >= 2 && (bare.startsWith("\"") && bare.endsWith("\"")
                    || bare.startsWith("'") && bare.endsWith("'"))) {
                bare = bare.substring(1, bare.length() - 1);
            }
            return entry.group(1) + key + entry.group(3) + "\"" + Markers.of(bare) + "\"";
        }
        String safe = IdentifierNames.is(key)
                ? SecretShapes.redactIdentifier(value, false) : SecretShapes.redactText(value);
        return safe.equals(value) ? line : entry.group(1) + key + entry.group(3) + safe;
    }
}
