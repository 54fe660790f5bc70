package dev.trustmap.evidence.x509;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM bundles: {@code BEGIN CERTIFICATE} blocks (and {@code BEGIN PKCS7}) among any other text. The JDK's own PEM
 * reading fails on a BOM and on a private-key block, so the blocks are split here first; private-key blocks are
 * counted and never read into memory.
 */
final class PemBundleReader {

    private static final Pattern MARKER = Pattern.compile("-----(BEGIN|END) ([A-Z0-9 ]+)-----");
    private static final Pattern CERTIFICATE_LINE = Pattern.compile("(?m)^\\s*-----BEGIN (CERTIFICATE|PKCS7)-----");

    private final Certificates certificates = new Certificates();

    /** A PEM file: not JSON, with a line that starts a certificate block. */
    static boolean recognises(FileHead head) {
        return !head.json() && CERTIFICATE_LINE.matcher(head.text()).find();
    }

    void read(EvidenceFile file, ImportSink sink) {
        Blocks blocks = new Blocks(file, sink);
        try (BufferedReader reader = new BufferedReader(file.reader())) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                blocks.line(line, ++number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blocks.finish();
    }

    /** The state of the scan: which block we are in, and what has been found. */
    private final class Blocks {
        private final EvidenceFile file;
        private final ImportSink sink;
        private String type;
        private boolean keep;
        private int start;
        private final StringBuilder body = new StringBuilder();
        private int certificatesRead;
        private int badBlocks;
        private int privateKeys;
        private final TreeSet<String> otherTypes = new TreeSet<>();

        Blocks(EvidenceFile file, ImportSink sink) {
            this.file = file;
            this.sink = sink;
        }

        void line(String line, int number) {
            Matcher marker = MARKER.matcher(line);
            int from = 0;
            while (marker.find()) {
                append(line, from, marker.start());
                from = marker.end();
                if ("BEGIN".equals(marker.group(1))) {
                    begin(marker.group(2), number);
                } else if (type != null && type.equals(marker.group(2))) {
                    end();
                }
            }
            append(line, from, line.length());
        }

        private void append(String line, int from, int to) {
            if (keep && from < to) {
                body.append(line, from, to).append('\n');
            }
        }

        private void begin(String blockType, int number) {
            if (type != null && keep) {
                badBlocks++;
                sink.badRow(new InputProblem(file.name(), "line " + start, "the " + type
                        + " block begun here has no END line before the next block.",
                        "Export the certificates again; each block ends with its -----END line."));
            }
            type = blockType;
            start = number;
            body.setLength(0);
            keep = "CERTIFICATE".equals(blockType) || "X509 CERTIFICATE".equals(blockType) || "PKCS7".equals(blockType);
            if (blockType.contains("PRIVATE KEY")) {
                privateKeys++;
            } else if (!keep) {
                otherTypes.add(blockType);
            }
        }

        private void end() {
            if (keep) {
                certificate();
            }
            type = null;
            keep = false;
            body.setLength(0);
        }

        private void certificate() {
            Origin origin = new Origin(file.name(), "line " + start);
            try {
                List<X509Certificate> found = "PKCS7".equals(type)
                        ? certificates.fromPkcs7Base64(body.toString())
                        : List.of(certificates.fromBase64(body.toString()));
                for (X509Certificate certificate : found) {
                    sink.identity(Certificates.facts(certificate, null, origin).identity());
                    certificatesRead++;
                }
            } catch (CertificateException e) {
                badBlocks++;
                sink.badRow(new InputProblem(file.name(), "line " + start, "the " + type
                        + " block starting here is not a readable X.509 certificate.",
                        "Export the certificate again (openssl x509 -outform PEM)."));
            }
        }

        void finish() {
            if (type != null && keep) {
                badBlocks++;
                sink.badRow(new InputProblem(file.name(), "line " + start, "the file ends inside the " + type
                        + " block begun here (the file looks truncated).",
                        "Export the certificates again and check the file was copied completely."));
            }
            if (privateKeys > 0) {
                sink.warning(new InputProblem(file.name(), "", privateKeys + " private-key block"
                        + (privateKeys == 1 ? " was" : "s were") + " skipped; their content was not read.",
                        "Keep private keys out of evidence files: export only the certificates."));
            }
            if (!otherTypes.isEmpty()) {
                sink.warning(new InputProblem(file.name(), "", "PEM blocks that are not certificates were skipped: "
                        + String.join(", ", otherTypes) + ".", null));
            }
            if (certificatesRead == 0 && badBlocks == 0) {
                throw new InputException(new InputProblem(file.name(), "", "holds no -----BEGIN CERTIFICATE----- block"
                        + (privateKeys > 0 ? " (only private keys, which were skipped)." : "."),
                        "Export the certificates as PEM (openssl x509 -outform PEM)."));
            }
        }
    }
}
