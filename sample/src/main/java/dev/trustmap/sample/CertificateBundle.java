package dev.trustmap.sample;

import java.io.IOException;
import java.io.Writer;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * The organisation's internal TLS certificates as one PEM bundle ({@code evidence/certificates/bundle.pem}), each
 * block preceded by the {@code subject=} and {@code issuer=} lines {@code openssl x509 -subject -issuer} prints:
 * the leaf certificates in force at the period, then the issuing CA and the root. Leaves live 90 days (renewed
 * automatically at two thirds), 397 days or 825 days (renewed by hand, around expiry, sometimes after it); a few
 * are renewed only once something breaks.
 */
final class CertificateBundle implements EstatePart {

    static final long PART = 700;
    static final String SOURCE = "x509";
    private static final long ROOT = 1;
    private static final long ISSUING = 2;
    private static final long ATTRIBUTES = 3;
    private static final long ISSUE = 4;
    private static final long KEYS = 5;
    private static final double CHURN = 0.02;
    private static final long[] LIFETIMES = {90, 397, 825};
    private static final List<String> ENVIRONMENTS = List.of("prod", "prod", "staging", "dev");
    private static final Base64.Encoder PEM = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private final Estate estate;
    private final int leaves;

    CertificateBundle(Estate estate) {
        this.estate = estate;
        this.leaves = estate.shape().certificates() - 2;
    }

    @Override
    public void write(EstateFiles files) throws IOException {
        Timeline time = estate.time();
        String organisation = estate.organisation().name();
        String rootName = organisation + " Root CA";
        String issuingName = organisation + " Issuing CA 1";
        KeyPair rootKeys = CertificateIssuer.keyPair(time.random(PART, ROOT));
        CertificateIssuer.Issued root = CertificateIssuer.issue(time.random(PART, ROOT, 1), organisation, rootName,
                rootName, rootKeys, rootKeys.getPrivate(), epoch(2015, 1, 1), epoch(2045, 1, 1), null,
                Integer.MAX_VALUE);
        KeyPair issuingKeys = CertificateIssuer.keyPair(time.random(PART, ISSUING));
        CertificateIssuer.Issued issuing = CertificateIssuer.issue(time.random(PART, ISSUING, 1), organisation,
                issuingName, rootName, issuingKeys, rootKeys.getPrivate(), epoch(2015, 6, 1), epoch(2035, 6, 1),
                null, 0);
        String path = "evidence/certificates/bundle.pem";
        try (Writer out = files.text(path)) {
            for (int slot = 0; slot < leaves; slot++) {
                block(out, leaf(slot, organisation, issuing), issuingName, organisation);
            }
            block(out, issuing, rootName, organisation);
            block(out, root, rootName, organisation);
        }
        files.tally(path, SOURCE, leaves + 2L, leaves + 2L);
    }

    private CertificateIssuer.Issued leaf(int slot, String organisation, CertificateIssuer.Issued issuing) {
        Timeline time = estate.time();
        long asOf = time.asOf();
        Timeline.Occupant occupant = time.occupant(PART, slot, CHURN);
        long[] key = {PART, slot, occupant.generation()};
        SampleRandom r = SampleRandom.keyed(time.seed(), key, ATTRIBUTES);
        String host = Names.workload(r) + "-" + slot + Names.generation(occupant.generation()) + "."
                + r.pick(ENVIRONMENTS) + "." + estate.organisation().domain();
        int lifetime = r.weighted(0.35, 0.45, 0.20);
        int renewal = lifetime == 0 ? r.weighted(0.9, 0, 0.1) : r.weighted(0.15, 0.75, 0.10);
        long days = LIFETIMES[lifetime];
        // each issue is renewed after a share of its lifetime: automated two thirds, by hand around the end,
        // neglected once it has broken
        long issued = occupant.bornAt();
        int index = 0;
        while (true) {
            SampleRandom step = SampleRandom.keyed(time.seed(), key, ISSUE * 10_000 + index);
            double share = switch (renewal) {
                case 0 -> 2.0 / 3;
                case 1 -> 0.85 + 0.27 * step.nextDouble();
                default -> 1.1 + 0.9 * step.nextDouble();
            };
            long next = issued + (long) (days * Timeline.DAY * share);
            if (next > asOf) {
                break;
            }
            issued = next;
            index++;
        }
        SampleRandom issue = SampleRandom.keyed(time.seed(), key, KEYS * 10_000 + index);
        KeyPair keys = CertificateIssuer.keyPair(issue);
        return CertificateIssuer.issue(issue, organisation, host, issuing.subject(), keys,
                issuing.keys().getPrivate(), issued, issued + days * Timeline.DAY, host, -1);
    }

    private static void block(Writer out, CertificateIssuer.Issued certificate, String issuer, String organisation)
            throws IOException {
        out.write("subject=O = " + organisation + ", CN = " + certificate.subject() + "\n");
        out.write("issuer=O = " + organisation + ", CN = " + issuer + "\n");
        out.write("-----BEGIN CERTIFICATE-----\n");
        out.write(PEM.encodeToString(certificate.der()));
        out.write("\n-----END CERTIFICATE-----\n");
    }

    private static long epoch(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay() * Timeline.DAY;
    }
}
