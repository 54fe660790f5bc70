package dev.trustmap.evidence.scanners;

import dev.trustmap.evidence.format.ImportSink;
import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.inventory.Origin;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One gitleaks finding, whatever the report's shape, already reduced to what may be kept: the secret and the
 * matched text are gone, leaving their fingerprint and any AWS access key id found in them.
 *
 * @param fingerprint gitleaks' own finding id ({@code commit:file:rule:line}); null in v7 and old v8 reports
 * @param date the commit date as written; empty in directory scans, the zero time in v7
 */
record GitleaksFinding(String rule, String file, Long line, String commit, String date, String fingerprint,
        String secretFingerprint, String keyId) {

    static final String SCANNER = "gitleaks";

    /** Where a reader sends each finding, with its origin and the location to name in messages. */
    interface Sink {
        void accept(GitleaksFinding finding, Origin origin, String where);
    }

    /** Reduces the secret-bearing fields on the spot; {@code secret} and {@code texts} are not kept. */
    static GitleaksFinding of(String rule, String file, Long line, String commit, String date, String fingerprint,
            String secret, String... texts) {
        String[] all = new String[texts.length + 1];
        all[0] = secret;
        System.arraycopy(texts, 0, all, 1, texts.length);
        return new GitleaksFinding(rule, file, line, commit, date, fingerprint, SecretFindings.fingerprint(secret),
                SecretFindings.awsKeyId(all));
    }

    /**
     * The leak. A date that cannot be read leaves the finding without one (and says so): a leaked secret is never
     * dropped for want of a date. gitleaks' own golden files write dates like 10-19-2003.
     */
    LeakedSecret leak(ImportSink sink, Origin origin, String where) {
        Instant detectedAt = null;
        try {
            detectedAt = Timestamps.parse(date);
        } catch (DateTimeParseException e) {
            sink.warning(new InputProblem(origin.file(), where, "expected an RFC 3339 time in the finding's date,"
                    + " found " + SecretFindings.quoted(date) + "; the finding is kept without a date.",
                    "Use the report gitleaks wrote, unmodified (git mode writes dates like 2021-10-14T17:05:15Z)."));
        }
        String id = fingerprint != null ? fingerprint : SecretFindings.derivedId(SCANNER, file, line, rule, commit);
        return new LeakedSecret(id, SCANNER, rule, secretFingerprint, keyId, SecretFindings.location(file, line),
                commit, detectedAt, null, null, null, origin);
    }
}
