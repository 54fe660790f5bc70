package dev.trustmap.evidence.x509;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.evidence.internal.JsonInput;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SSL Labs API v3 host reports ({@code analyze?all=done}), one object or an array of them. Certificates sit in the
 * host's {@code certs[]}; {@code notBefore}/{@code notAfter} are epoch milliseconds; {@code sha256Hash} is the
 * SHA-256 of the DER, the same key a PEM file gives.
 */
final class SslLabsReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Certificates certificates = new Certificates();

    /** Host reports carry engineVersion and criteriaVersion near the top; certs[] can lie past the head. */
    static boolean recognises(FileHead head) {
        return head.json() && head.hasJsonKey("engineVersion") && head.hasJsonKey("criteriaVersion")
                && head.hasJsonKey("endpoints");
    }

    void read(EvidenceFile file, ImportSink sink) {
        if (file.head().text().stripLeading().startsWith("[")) {
            int[] index = {0};
            JsonInput.elements(file, (host, line) -> host(file, sink, host, "/" + index[0]++));
        } else {
            host(file, sink, JsonInput.read(file), "");
        }
    }

    private void host(EvidenceFile file, ImportSink sink, JsonNode report, String pointer) {
        if (!report.isObject()) {
            throw new InputException(new InputProblem(file.name(), pointer.isEmpty() ? "/" : pointer,
                    "expected an SSL Labs host report (an object with host, endpoints and certs).",
                    "Save the JSON of the API v3 call analyze?host=...&all=done."));
        }
        String host = JsonInput.text(report, "host");
        JsonNode certs = report.get("certs");
        if (certs == null || !certs.isArray()) {
            noCertificates(file, sink, report, pointer, host);
            return;
        }
        Set<String> leaves = leafIds(report);
        for (int i = 0; i < certs.size(); i++) {
            certificate(file, sink, certs.get(i), pointer + "/certs/" + i, host, leaves);
        }
    }

    /** A host that was not assessed has no certs; API v2 reports kept the certificate elsewhere. */
    private static void noCertificates(EvidenceFile file, ImportSink sink, JsonNode report, String pointer,
            String host) {
        if (report.path("endpoints").path(0).path("details").has("cert")) {
            throw new InputException(new InputProblem(file.name(), pointer + "/endpoints/0/details/cert",
                    "this is an SSL Labs API v2 report (the certificate under endpoints/details/cert); trustmap"
                            + " reads API v3, where each host report has certs[].",
                    "Call the v3 API (https://api.ssllabs.com/api/v3/analyze?host=...&all=done)."));
        }
        String status = JsonInput.text(report, "status");
        String message = JsonInput.text(report, "statusMessage");
        sink.warning(new InputProblem(file.name(), pointer.isEmpty() ? "/" : pointer, "the report for "
                + (host == null ? "a host" : host) + " lists no certificates (status " + status
                + (message == null ? "" : ": " + message) + ").",
                "READY".equals(status) ? null : "Run the assessment again until its status is READY."));
    }

    /** The first certificate of every chain an endpoint served is that endpoint's leaf. */
    private static Set<String> leafIds(JsonNode report) {
        Set<String> leaves = new HashSet<>();
        for (JsonNode endpoint : report.path("endpoints")) {
            for (JsonNode chain : endpoint.path("details").path("certChains")) {
                JsonNode first = chain.path("certIds").path(0);
                if (first.isTextual()) {
                    leaves.add(first.asText().toLowerCase(Locale.ROOT));
                }
            }
        }
        return leaves;
    }

    private void certificate(EvidenceFile file, ImportSink sink, JsonNode cert, String pointer, String host,
            Set<String> leaves) {
        Origin origin = new Origin(file.name(), pointer);
        X509Certificate parsed = parseRaw(file, sink, cert, pointer);
        String sha256 = JsonInput.text(cert, "sha256Hash");
        sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
        if (parsed != null) {
            String fromRaw = Certificates.sha256(parsed);
            if (sha256 != null && !sha256.equals(fromRaw)) {
                sink.warning(new InputProblem(file.name(), pointer, "sha256Hash does not match the certificate in"
                        + " raw; the hash of raw is used.", null));
            }
            sha256 = fromRaw;
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            sink.badRow(new InputProblem(file.name(), pointer, "expected the certificate's SHA-256 (64 hex digits)"
                    + " in sha256Hash, found " + (sha256 == null ? "none" : "'" + sha256 + "'") + ".",
                    "Save the report of the API v3 call with all=done, which includes sha256Hash."));
            return;
        }
        Instant notBefore;
        Instant notAfter;
        try {
            notBefore = epochMillis(file, cert, "notBefore", pointer);
            notAfter = epochMillis(file, cert, "notAfter", pointer);
        } catch (BadValue bad) {
            sink.badRow(bad.problem);
            return;
        }
        boolean ca = parsed != null ? parsed.getBasicConstraints() >= 0
                : !leaves.isEmpty() && !leaves.contains(sha256);
        JsonNode commonNames = cert.path("commonNames");
        String subject = commonNames.path(0).isTextual() ? commonNames.path(0).asText()
                : DistinguishedNames.commonNameOr(JsonInput.text(cert, "subject"));
        String issuer = DistinguishedNames.commonNameOr(JsonInput.text(cert, "issuerSubject"));
        if (parsed != null) {
            CertificateFacts fromRaw = Certificates.facts(parsed, null, origin);
            subject = subject != null ? subject : fromRaw.subject();
            issuer = issuer != null ? issuer : fromRaw.issuer();
            notBefore = notBefore != null ? notBefore : fromRaw.notBefore();
            notAfter = notAfter != null ? notAfter : fromRaw.notAfter();
        }
        sink.identity(new CertificateFacts(sha256, subject, issuer, notBefore, notAfter, ca, host, origin)
                .identity());
    }

    /** The certificate in {@code raw}, or null when there is none or it cannot be read (then told once). */
    private X509Certificate parseRaw(EvidenceFile file, ImportSink sink, JsonNode cert, String pointer) {
        String raw = JsonInput.text(cert, "raw");
        if (raw == null) {
            return null;
        }
        try {
            return certificates.fromPem(raw);
        } catch (CertificateException e) {
            sink.warning(new InputProblem(file.name(), pointer + "/raw", "raw is not a readable PEM certificate;"
                    + " the report's own fields are used.", null));
            return null;
        }
    }

    private static Instant epochMillis(EvidenceFile file, JsonNode cert, String field, String pointer) {
        JsonNode value = cert.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || value.isTextual() && value.asText().matches("-?\\d{1,19}")) {
            return Timestamps.fromEpochMillis(value.asLong());
        }
        throw new BadValue(new InputProblem(file.name(), pointer + "/" + field, "expected epoch milliseconds in "
                + field + ", found '" + value.asText() + "'.", "SSL Labs writes times as milliseconds since 1970."));
    }

    /** A value that cannot be read; the certificate is reported as a bad row. */
    private static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InputProblem problem;

        BadValue(InputProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
