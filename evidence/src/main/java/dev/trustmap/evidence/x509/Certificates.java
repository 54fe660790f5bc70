package dev.trustmap.evidence.x509;

import dev.trustmap.evidence.redact.Fingerprints;
import dev.trustmap.model.inventory.Origin;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/** Parses DER certificates with the JDK and turns them into {@link CertificateFacts}. */
final class Certificates {

    private final CertificateFactory factory;

    Certificates() {
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("every Java runtime reads X.509", e);
        }
    }

    /** One certificate from the base64 body of a PEM block (line breaks and whitespace allowed). */
    X509Certificate fromBase64(String base64) throws CertificateException {
        return fromDer(decode(base64));
    }

    X509Certificate fromDer(byte[] der) throws CertificateException {
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
    }

    /** Every certificate of a PKCS#7 bundle ({@code BEGIN PKCS7}, what {@code .p7b} files hold). */
    List<X509Certificate> fromPkcs7Base64(String base64) throws CertificateException {
        Collection<? extends java.security.cert.Certificate> all =
                factory.generateCertificates(new ByteArrayInputStream(decode(base64)));
        List<X509Certificate> result = new ArrayList<>();
        all.forEach(c -> result.add((X509Certificate) c));
        return result;
    }

    /**
     * One certificate from PEM text holding a single {@code BEGIN CERTIFICATE} block (SSL Labs {@code raw}).
     * testssl.sh writes it on one line with literal {@code \n} between header, body and footer; base64 never holds a
     * backslash, so those are line breaks.
     */
    X509Certificate fromPem(String text) throws CertificateException {
        String pem = text.replace("\\n", "\n");
        int begin = pem.indexOf("-----BEGIN CERTIFICATE-----");
        int end = pem.indexOf("-----END CERTIFICATE-----");
        if (begin < 0 || end < begin) {
            throw new CertificateException("no BEGIN CERTIFICATE block");
        }
        return fromBase64(pem.substring(begin + "-----BEGIN CERTIFICATE-----".length(), end));
    }

    private static byte[] decode(String base64) throws CertificateException {
        try {
            return Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new CertificateException("the base64 body is damaged", e);
        }
    }

    static String sha256(X509Certificate certificate) {
        try {
            return Fingerprints.sha256Hex(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate can always be encoded", e);
        }
    }

    /** The facts of a parsed certificate; CA means basicConstraints is present with cA true. */
    static CertificateFacts facts(X509Certificate certificate, String host, Origin origin) {
        return new CertificateFacts(sha256(certificate), name(certificate.getSubjectX500Principal()),
                name(certificate.getIssuerX500Principal()), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), certificate.getBasicConstraints() >= 0, host, origin);
    }

    private static String name(X500Principal principal) {
        String cn = DistinguishedNames.commonName(principal.getName(X500Principal.RFC2253));
        return cn != null ? cn : principal.toString();
    }
}
