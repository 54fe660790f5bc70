package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.InputRedaction;
import dev.trustmap.evidence.file.EvidenceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * How a file of one format is copied with its secrets replaced: the layout the copy keeps, and where the format
 * holds its secrets. In every layout a value under a secret's name ({@code password}, {@code secretAccessKey},
 * {@code private_key} ...) is replaced, after the format's own rules have had their say, and every other value gets
 * the scan for secrets a person may have typed there. Each {@link dev.trustmap.evidence.format.Importer} gives the
 * redaction of the files it reads; {@link InputRedaction} gives those of trustmap's own files.
 */
public final class Redaction {

    /** Null for a file copied as it is. */
    private final Copier copier;

    private Redaction(Copier copier) {
        this.copier = copier;
    }

    /** A JSON document, or a series of them. */
    public static Redaction json(SecretRule... formatRules) {
        return new Redaction(new JsonCopy(withSecretNames(formatRules)));
    }

    /**
     * A JSON document that a killed writer may leave unterminated (Prowler's findings array): such a file is copied
     * up to its last whole token and left open, as the importer reads what is complete.
     */
    public static Redaction jsonMaybeTruncated(SecretRule... formatRules) {
        return new Redaction(new JsonCopy(withSecretNames(formatRules), true));
    }

    /** JSON Lines, one record a line; a file that turns out to be one JSON array is copied as a document. */
    public static Redaction jsonLines(SecretRule... formatRules) {
        return new Redaction(new JsonLinesCopy(withSecretNames(formatRules)));
    }

    /** CSV with a header row: a cell is judged by its column's name. */
    public static Redaction csv(SecretRule... formatRules) {
        return new Redaction(new CsvCopy(withSecretNames(formatRules)));
    }

    /** A PEM bundle: private-key blocks go, certificates stay. */
    public static Redaction pem() {
        return new Redaction(new PemCopy(new SecretNames()));
    }

    /** An XLSX workbook: the text of every cell is scanned, as its column's header names it. */
    public static Redaction workbook() {
        return new Redaction(new XlsxCopy());
    }

    /** trustmap's own YAML files, line by line. */
    public static Redaction textLines() {
        return new Redaction(new TextLinesCopy());
    }

    /** A file that is no text to scan (the logo): copied byte for byte. */
    public static Redaction verbatim() {
        return new Redaction(null);
    }

    /**
     * Writes the redacted copy of {@code file} to {@code out}, which is left open. The file is read twice when it
     * holds secrets: once to find them (a malformed file fails here, before anything is written), once to copy. A
     * file with nothing to redact is copied byte for byte.
     *
     * @throws dev.trustmap.model.problem.InputException when the file cannot be parsed as this layout
     * @throws UncheckedIOException when reading or writing fails
     */
    public RedactedCopy copy(EvidenceFile file, OutputStream out) {
        try {
            if (copier != null) {
                long redacted = copier.copy(file, OutputStream.nullOutputStream());
                if (redacted > 0) {
                    return new RedactedCopy(copier.copy(file, out), false);
                }
            }
            try (InputStream in = file.open()) {
                in.transferTo(out);
            }
            return new RedactedCopy(0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format's rules first, in order; the first that answers decides. Secret names last, for every format. */
    private static SecretRule withSecretNames(SecretRule... formatRules) {
        SecretRule names = new SecretNames();
        if (formatRules.length == 0) {
            return names;
        }
        SecretRule[] rules = Arrays.copyOf(formatRules, formatRules.length + 1);
        rules[formatRules.length] = names;
        return (place, value) -> {
            for (SecretRule rule : rules) {
                String answer = rule.replace(place, value);
                if (answer != null) {
                    return answer;
                }
            }
            return null;
        };
    }
}
