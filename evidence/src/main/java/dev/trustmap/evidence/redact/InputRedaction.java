package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.EvidenceFile;
import dev.trustmap.evidence.FileHead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies an input file for the evidence pack with every secret value replaced by a marker
 * ({@code REDACTED:sha256:<fingerprint>}), so that no secret reaches an output. The copy is the same format laid
 * out the same way, and imports to the same inventory as the original: the markers carry the fingerprints the
 * importers keep. A file with nothing to redact is copied byte for byte. The same input always gives the same bytes.
 *
 * <p>What is secret is decided per format (see each {@link SecretRule}), then every string of every file gets a
 * defensive scan for what a person may have typed anywhere: secret shapes (private keys, GitHub, Slack, Vault and
 * Google tokens, JWTs, AWS secret keys) and random-looking tokens, identifiers getting the shapes only. Workbooks
 * have the text of their cells scanned; trustmap's own YAML files are scanned line by line. Only the logo is copied
 * as it is.
 */
public final class InputRedaction {

    /** Inputs that are not exports of credentials: trustmap's own files, people's workbooks, the logo. */
    public static final Set<String> OWN_KINDS = Set.of("owners", "policy", "exceptions", "attestations",
            "report-config", "logo");

    private static final Set<String> EVIDENCE_SOURCES = Set.of("trustmap-inventory", "aws-credential-report",
            "aws-authorization-details", "gcp-service-accounts", "azure-applications", "azure-signins", "x509",
            "gitleaks", "trufflehog", "kubernetes", "github", "vault", "inventory-csv");

    private InputRedaction() {
    }

    /**
     * Writes the redacted copy of {@code file} to {@code out}, which is left open. The file is read twice when it
     * holds secrets: once to find them (a malformed file fails here, before anything is written), once to copy.
     *
     * @param sourceKey the importer's {@code source()} key the file was read with, or one of {@link #OWN_KINDS}
     * @throws IllegalArgumentException for a source key with no redaction rules
     * @throws dev.trustmap.model.problem.InputException when the file cannot be parsed as its format
     * @throws UncheckedIOException when reading or writing fails
     */
    public static RedactedCopy copy(EvidenceFile file, String sourceKey, OutputStream out) {
        if (!knows(sourceKey)) {
            throw new IllegalArgumentException("no redaction rules for the source '" + sourceKey + "'; known: "
                    + String.join(", ", all()));
        }
        try {
            Copier copier = copier(sourceKey, file.head());
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

    /** True when {@link #copy} has rules for the source key (every bundled importer's, and the verbatim kinds). */
    public static boolean knows(String sourceKey) {
        return sourceKey != null && (EVIDENCE_SOURCES.contains(sourceKey) || OWN_KINDS.contains(sourceKey));
    }

    private static Set<String> all() {
        Set<String> all = new TreeSet<>(EVIDENCE_SOURCES);
        all.addAll(OWN_KINDS);
        return all;
    }

    /** How the source's files are copied; null to copy them byte for byte. */
    private static Copier copier(String source, FileHead head) {
        if (source.equals("logo")) {
            return null;
        }
        if (head.zip()) {
            return new XlsxCopy(); // an inventory sheet or owners workbook: a person may have typed a secret anywhere
        }
        SecretRule names = new SecretNames();
        return switch (source) {
            case "policy", "report-config" -> new TextLinesCopy();
            case "exceptions", "attestations" -> yaml(head) ? new TextLinesCopy() : new CsvCopy(names);
            case "owners" -> new CsvCopy(names);
            case "gitleaks" -> head.json() ? new JsonCopy(SecretRule.firstOf(ScannerFields.gitleaks(), names))
                    : new CsvCopy(SecretRule.firstOf(ScannerFields.gitleaks(), names));
            case "trufflehog" -> new JsonLinesCopy(SecretRule.firstOf(ScannerFields.trufflehog(), names));
            case "kubernetes" -> new JsonCopy(SecretRule.firstOf(new KubernetesSecrets(), names));
            case "vault" -> new JsonCopy(SecretRule.firstOf(new VaultTokens(), names));
            case "azure-applications" -> new JsonCopy(SecretRule.firstOf(new AzureKeys(), names));
            case "x509" -> head.json() ? new JsonCopy(names) : testsslCsv(head) ? new CsvCopy(names)
                    : new PemCopy(names);
            case "aws-credential-report" -> head.json() ? new JsonCopy(names) : new CsvCopy(names);
            case "inventory-csv" -> new CsvCopy(names);
            default -> new JsonCopy(names);
        };
    }

    /** trustmap's record files are YAML or CSV; CSV opens with a header of names between commas. */
    private static boolean yaml(FileHead head) {
        String first = head.firstLine();
        return !(first.contains(",") && !first.contains(":"));
    }

    // The header testssl.sh --csvfile writes (as the x509 importer recognises it); anything else that is not JSON
    // is read as PEM there.
    private static boolean testsslCsv(FileHead head) {
        return head.firstLine().replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT)
                .startsWith("id,fqdn/ip,port,severity,finding");
    }
}
