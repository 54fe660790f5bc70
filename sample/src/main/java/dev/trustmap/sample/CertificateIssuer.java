package dev.trustmap.sample;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;

/**
 * Issues real X.509 v3 certificates, Ed25519 throughout: keys come from the seed and Ed25519 signatures are
 * deterministic (RFC 8032), so the same seed gives the same certificates, byte for byte, that any X.509 parser
 * accepts and whose signatures verify.
 */
final class CertificateIssuer {

    private static final byte[] ED25519 = Der.sequence(Der.oid("1.3.101.112"));
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String ORGANISATION = "2.5.4.10";

    /** A certificate with its key pair, to sign others with when it is a CA. */
    record Issued(byte[] der, KeyPair keys, String subject) {
    }

    private CertificateIssuer() {
    }

    /** An Ed25519 key pair whose 32 secret bytes are drawn from {@code r}. */
    static KeyPair keyPair(SampleRandom r) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new Drawn(r));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    /**
     * A certificate for {@code subject}, signed by {@code issuerKey} ({@code keys}' own private key for a
     * self-signed root).
     *
     * @param dnsName the leaf's subjectAltName, or null for a CA
     * @param pathLength -1 for a leaf, else the CA's path length (Integer.MAX_VALUE for none)
     */
    static Issued issue(SampleRandom r, String organisation, String subject, String issuer, KeyPair keys,
            PrivateKey issuerKey, long notBefore, long notAfter, String dnsName, int pathLength) {
        byte[] serial = new byte[16];
        r.fill(serial);
        serial[0] &= 0x7f;
        boolean ca = pathLength >= 0;
        byte[] extensions = ca
                ? Der.concat(
                        extension("2.5.29.19", true, pathLength == Integer.MAX_VALUE
                                ? Der.sequence(Der.bool(true)) : Der.sequence(Der.bool(true), Der.integer(pathLength))),
                        // keyCertSign and cRLSign: bits 5 and 6
                        extension("2.5.29.15", true, Der.bits(new byte[] {0x06}, 1)))
                : Der.concat(
                        // digitalSignature: bit 0
                        extension("2.5.29.15", true, Der.bits(new byte[] {(byte) 0x80}, 7)),
                        extension("2.5.29.37", false, Der.sequence(Der.oid("1.3.6.1.5.5.7.3.1"),
                                Der.oid("1.3.6.1.5.5.7.3.2"))),
                        extension("2.5.29.17", false, Der.sequence(Der.implicit(2,
                                dnsName.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(2)),
                Der.integer(serial),
                ED25519,
                name(organisation, issuer),
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                name(organisation, subject),
                keys.getPublic().getEncoded(),
                Der.explicit(3, Der.sequence(extensions)));
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(issuerKey);
            signature.update(tbs);
            return new Issued(Der.sequence(tbs, ED25519, Der.bits(signature.sign(), 0)), keys, subject);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private static byte[] name(String organisation, String commonName) {
        return Der.sequence(
                Der.set(Der.sequence(Der.oid(ORGANISATION), Der.utf8(organisation))),
                Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octets(value))
                : Der.sequence(Der.oid(oid), Der.octets(value));
    }

    /** The key generator's only source of bytes: the sample's generator, so that keys follow the seed. */
    private static final class Drawn extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient SampleRandom random;

        Drawn(SampleRandom random) {
            super(new Refused(), null);
            this.random = random;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.fill(bytes);
        }
    }

    /** Never used: {@link Drawn} answers every request itself. */
    private static final class Refused extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;

        @Override
        protected void engineSetSeed(byte[] seed) {
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            throw new IllegalStateException("the sample's keys draw from the seed only");
        }

        @Override
        protected byte[] engineGenerateSeed(int length) {
            throw new IllegalStateException("the sample's keys draw from the seed only");
        }
    }
}
