package dev.trustmap.evidence.x509;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.CsvTable;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * testssl.sh {@code --csvfile} output: one row per finding, the certificate spread over rows {@code cert_*} (and
 * {@code intermediate_cert_* <#N>} for the chain). A server with several certificates (RSA and ECDSA) suffixes
 * the ids with {@code <hostCert#N>} ({@code <cert#N>} in 2.9.5). Dates are {@code 2019-05-18 20:28}, UTC.
 */
final class TestsslCsvReader {

    private static final List<String> NEEDED = List.of("id", "fqdn/ip", "port", "finding");
    private static final Set<String> KNOWN = Set.of("id", "fqdn/ip", "port", "severity", "finding", "cve", "cwe",
            "hint");
    private static final Pattern HOST_CERT = Pattern.compile("\\s*<(?:hostCert|cert)#(\\d+)>");
    private static final Pattern INTERMEDIATE = Pattern.compile("\\s*<#(\\d+)>");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9A-Za-z:+\\-./ ]{1,40}");

    private final Certificates certificates = new Certificates();

    /** The header testssl.sh writes, quotes and all: "id","fqdn/ip","port","severity","finding",... */
    static boolean recognises(FileHead head) {
        String header = head.firstLine().replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return header.startsWith("id,fqdn/ip,port,severity,finding");
    }

    /** The rows that describe one certificate, gathered until the file is read. */
    private static final class Rows {
        final String host;
        final long firstLine;
        final boolean intermediate;
        final String label;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Long> lines = new LinkedHashMap<>();

        Rows(String host, boolean intermediate, String label, long firstLine) {
            this.host = host;
            this.intermediate = intermediate;
            this.label = label;
            this.firstLine = firstLine;
        }
    }

    void read(EvidenceFile file, ImportSink sink) {
        Map<String, Rows> byCertificate = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            checkHeader(file, sink, table);
            for (CsvTable.Row row : table) {
                collect(row, byCertificate);
            }
        }
        if (byCertificate.isEmpty()) {
            sink.warning(new InputProblem(file.name(), "", "no certificate rows (cert_*) in this testssl.sh output.",
                    "Run testssl.sh with the server defaults (-S, or no option) so that it reports certificates."));
        }
        for (Rows rows : byCertificate.values()) {
            CertificateFacts facts = facts(file, sink, rows);
            if (facts != null) {
                sink.identity(facts.identity());
            }
        }
    }

    private static void checkHeader(EvidenceFile file, ImportSink sink, CsvTable table) {
        table.requireColumns("a testssl.sh CSV", NEEDED,
                "Re-export it with testssl.sh --csvfile and import the file unmodified.");
        List<String> unknown = table.headers().stream().filter(h -> !h.isEmpty())
                .filter(h -> !KNOWN.contains(h.toLowerCase(Locale.ROOT))).toList();
        if (!unknown.isEmpty()) {
            sink.warning(new InputProblem(file.name(), table.headerWhere(),
                    "columns trustmap does not read were ignored: " + String.join(", ", unknown) + ".", null));
        }
    }

    /** Files the row under its certificate: host, port, host certificate number, intermediate number. */
    private static void collect(CsvTable.Row row, Map<String, Rows> byCertificate) {
        String id = row.get("id");
        if (id == null || !(id.startsWith("cert") || id.startsWith("intermediate_cert"))) {
            return;
        }
        String hostCert = "1";
        Matcher m = HOST_CERT.matcher(id);
        if (m.find()) {
            hostCert = m.group(1);
            id = m.replaceAll("");
        }
        String intermediate = null;
        m = INTERMEDIATE.matcher(id);
        if (m.find()) {
            intermediate = m.group(1);
            id = m.replaceAll("");
        }
        String field = id.strip();
        boolean isIntermediate = field.startsWith("intermediate_cert");
        if (isIntermediate == (intermediate == null) || !wanted(field)) {
            return;
        }
        String target = row.get("fqdn/ip");
        String port = row.get("port");
        String key = target + "|" + port + "|" + hostCert + "|" + (intermediate == null ? "" : intermediate);
        String label = (isIntermediate ? "intermediate certificate #" + intermediate + " of " : "")
                + "host certificate #" + hostCert + " of " + target + (port == null ? "" : ":" + port);
        Rows rows = byCertificate.computeIfAbsent(key, k -> new Rows(host(target), isIntermediate, label, row.line()));
        String base = isIntermediate ? field.substring("intermediate_".length()) : field;
        String value = row.get("finding");
        if (value != null) {
            rows.values.put(base, value);
            rows.lines.put(base, row.line());
        }
    }

    private static boolean wanted(String field) {
        String base = field.startsWith("intermediate_") ? field.substring("intermediate_".length()) : field;
        return switch (base) {
            case "cert", "cert_commonName", "cert_caIssuers", "cert_notBefore", "cert_notAfter",
                    "cert_fingerprintSHA256", "cert_chain" -> true;
            default -> false;
        };
    }

    /** testssl writes the target as {@code name/ip}; a bare {@code /ip} has no name. */
    private static String host(String target) {
        if (target == null) {
            return null;
        }
        int slash = target.indexOf('/');
        String name = slash < 0 ? target : target.substring(0, slash);
        return name.isBlank() ? null : name.strip();
    }

    private CertificateFacts facts(EvidenceFile file, ImportSink sink, Rows rows) {
        X509Certificate pem = pem(file, sink, rows);
        String sha256 = fingerprint(rows.values.get("cert_fingerprintSHA256"));
        if (sha256 == null && pem != null) {
            sha256 = Certificates.sha256(pem);
        }
        long line = rows.lines.getOrDefault("cert_fingerprintSHA256", rows.firstLine);
        if (sha256 == null) {
            sink.badRow(new InputProblem(file.name(), "line " + line, "no SHA-256 fingerprint for the "
                    + rows.label + " (expected a cert_fingerprintSHA256 row with 64 hex digits, or a cert row"
                    + " with the PEM).", "Run testssl.sh 3.0 or later, which writes cert_fingerprintSHA256."));
            return null;
        }
        Instant notBefore;
        Instant notAfter;
        try {
            notBefore = time(file, rows, "cert_notBefore");
            notAfter = time(file, rows, "cert_notAfter");
        } catch (BadTime bad) {
            sink.badRow(bad.problem);
            return null;
        }
        String subject;
        String issuer;
        if (rows.intermediate) {
            // intermediate_cert_chain reads "GEANT OV ECC CA 4 <-- USERTrust ECC Certification Authority".
            String[] chain = rows.values.getOrDefault("cert_chain", "").split("\\s*<--\\s*", 2);
            subject = chain[0].isBlank() ? null : chain[0].strip();
            issuer = chain.length > 1 && !chain[1].isBlank() ? chain[1].strip() : null;
        } else {
            subject = rows.values.get("cert_commonName");
            issuer = issuerName(rows.values.get("cert_caIssuers"));
        }
        boolean ca = rows.intermediate || pem != null && pem.getBasicConstraints() >= 0;
        Origin origin = new Origin(file.name(), "line " + line);
        if (pem != null) {
            CertificateFacts fromPem = Certificates.facts(pem, null, origin);
            subject = subject != null ? subject : fromPem.subject();
            issuer = issuer != null ? issuer : fromPem.issuer();
            notBefore = notBefore != null ? notBefore : fromPem.notBefore();
            notAfter = notAfter != null ? notAfter : fromPem.notAfter();
        }
        return new CertificateFacts(sha256, subject, issuer, notBefore, notAfter, ca, rows.host, origin);
    }

    /** The certificate itself when testssl wrote it in a cert row (3.0 and later), else null. */
    private X509Certificate pem(EvidenceFile file, ImportSink sink, Rows rows) {
        String pem = rows.values.get("cert");
        if (pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
            return null;
        }
        try {
            return certificates.fromPem(pem);
        } catch (CertificateException e) {
            sink.warning(new InputProblem(file.name(), "line " + rows.lines.get("cert"), "the PEM in this row is not"
                    + " a readable certificate; the other rows are used.", null));
            return null;
        }
    }

    /** testssl writes the fingerprint as 64 upper-case hex digits; some versions add colons. */
    private static String fingerprint(String finding) {
        if (finding == null) {
            return null;
        }
        String hex = finding.replaceAll("[:\\s]", "").toLowerCase(Locale.ROOT);
        return hex.matches("[0-9a-f]{64}") ? hex : null;
    }

    /** cert_caIssuers reads "R3 (Let's Encrypt from US)": the issuer's CN, then organisation and country. */
    private static String issuerName(String caIssuers) {
        if (caIssuers == null) {
            return null;
        }
        int paren = caIssuers.lastIndexOf(" (");
        return (paren > 0 ? caIssuers.substring(0, paren) : caIssuers).strip();
    }

    private static Instant time(EvidenceFile file, Rows rows, String field) {
        String value = rows.values.get(field);
        try {
            return Timestamps.parse(value);
        } catch (DateTimeParseException e) {
            String shown = DATE_LIKE.matcher(value).matches() ? "'" + value + "'" : "a value that is not a time";
            throw new BadTime(new InputProblem(file.name(), "line " + rows.lines.get(field), "expected a time like"
                    + " 2019-05-18 20:28 in " + field + " of the " + rows.label + ", found " + shown + ".",
                    "Use the CSV testssl.sh writes, unmodified."));
        }
    }

    /** A date that cannot be read; the certificate is reported as a bad row. */
    private static final class BadTime extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InputProblem problem;

        BadTime(InputProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
