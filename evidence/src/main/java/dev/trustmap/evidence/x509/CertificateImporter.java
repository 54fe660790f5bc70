package dev.trustmap.evidence.x509;

import dev.trustmap.evidence.file.EvidenceFile;
import dev.trustmap.evidence.file.FileHead;
import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Importer;
import dev.trustmap.evidence.redact.Redaction;

/**
 * Certificates from the three places users have them: PEM bundles, SSL Labs API v3 JSON and testssl.sh CSV. One
 * source key, because all three describe the same thing and merge by the certificate's SHA-256.
 */
public final class CertificateImporter implements Importer {

    @Override
    public String source() {
        return "x509";
    }

    @Override
    public String describe() {
        return "X.509 certificates: PEM bundles, SSL Labs API v3 host reports (JSON), testssl.sh --csvfile output";
    }

    @Override
    public boolean recognises(FileHead head) {
        return !head.zip() && (SslLabsReader.recognises(head) || TestsslCsvReader.recognises(head)
                || PemBundleReader.recognises(head));
    }

    @Override
    public void read(EvidenceFile file, ImportSink sink) {
        FileHead head = file.head();
        if (SslLabsReader.recognises(head)) {
            new SslLabsReader().read(file, sink);
        } else if (TestsslCsvReader.recognises(head)) {
            new TestsslCsvReader().read(file, sink);
        } else {
            // Anything else is read as PEM, which says clearly when it holds no certificate.
            new PemBundleReader().read(file, sink);
        }
    }

    @Override
    public Redaction redaction(FileHead head) {
        if (head.json()) {
            return Redaction.json(); // an SSL Labs report
        }
        return TestsslCsvReader.recognises(head) ? Redaction.csv() : Redaction.pem();
    }
}
