package dev.trustmap.evidence;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.redact.RedactedCopy;
import dev.trustmap.evidence.redact.Redaction;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies an input file for the evidence pack with every secret value replaced by a marker
 * ({@code REDACTED:sha256:<fingerprint>}), so that no secret reaches an output. The copy is the same format laid
 * out the same way, and imports to the same inventory as the original: the markers carry the fingerprints the
 * importers keep. A file with nothing to redact is copied byte for byte. The same input always gives the same bytes.
 *
 * <p>What is secret is decided per format: each importer gives its {@link Redaction}, and trustmap's own files have
 * theirs here. Then every string of every file gets a defensive scan for what a person may have typed anywhere:
 * secret shapes (private keys, GitHub, Slack, Vault and Google tokens, JWTs, AWS secret keys) and random-looking
 * tokens, identifiers getting the shapes only. Workbooks have the text of their cells scanned; trustmap's own YAML
 * files are scanned line by line. Only the logo is copied as it is.
 */
public final class InputRedaction {

    /** Inputs that no importer reads: trustmap's own files, people's workbooks, the logo. */
    private enum OwnKind {
        OWNERS, POLICY, EXCEPTIONS, ATTESTATIONS, REVIEW_RESULTS, DECOMMISSIONS, REPORT_CONFIG, LOGO;

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<OwnKind> of(String key) {
            return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
        }

        Redaction redaction(FileHead head) {
            return switch (this) {
                case OWNERS -> head.zip() ? Redaction.workbook() : Redaction.csv();
                case POLICY, REPORT_CONFIG -> Redaction.textLines();
                case EXCEPTIONS, ATTESTATIONS -> yaml(head) ? Redaction.textLines() : Redaction.csv();
                case REVIEW_RESULTS -> Redaction.json();
                case DECOMMISSIONS -> Redaction.csv();
                case LOGO -> Redaction.verbatim();
            };
        }
    }

    private InputRedaction() {
    }

    /**
     * Writes the redacted copy of {@code file} to {@code out}, which is left open (see {@link Redaction#copy}).
     *
     * @param sourceKey the importer's {@code source()} key the file was read with, or the kind of trustmap's own
     *     file: {@code owners}, {@code policy}, {@code exceptions}, {@code attestations}, {@code review-results},
     *     {@code decommissions}, {@code report-config} or {@code logo}
     * @throws IllegalArgumentException for a key that is neither
     * @throws dev.trustmap.model.problem.InputException when the file cannot be parsed as its format
     * @throws UncheckedIOException when reading or writing fails
     */
    public static RedactedCopy copy(EvidenceFile file, String sourceKey, OutputStream out) {
        Importers importers = Importers.all();
        Redaction redaction = importers.bySource(sourceKey).map(importer -> importer.redaction(file.head()))
                .or(() -> OwnKind.of(sourceKey).map(kind -> kind.redaction(file.head())))
                .orElseThrow(() -> new IllegalArgumentException("no redaction rules for the source '" + sourceKey
                        + "'; known: " + String.join(", ", known(importers))));
        return redaction.copy(file, out);
    }

    private static Set<String> known(Importers importers) {
        Set<String> known = new TreeSet<>();
        importers.list().stream().map(Importer::source).forEach(known::add);
        Arrays.stream(OwnKind.values()).map(OwnKind::key).forEach(known::add);
        return known;
    }

    /** trustmap's record files are YAML or CSV; CSV opens with a header of names between commas. */
    private static boolean yaml(FileHead head) {
        String first = head.firstLine();
        return !(first.contains(",") && !first.contains(":"));
    }
}
