package dev.trustmap.evidence.scanners;

import dev.trustmap.evidence.redact.Markers;
import dev.trustmap.evidence.redact.Place;
import dev.trustmap.evidence.redact.SecretRule;
import java.util.Locale;
import java.util.Set;

/**
 * The fields of a secret scanner's finding that hold the secret: gitleaks v8 {@code Secret} and {@code Match}, v7
 * {@code offender} and {@code line} (the whole source line); trufflehog {@code Raw} and {@code RawV2}. A value the
 * scanner already redacted (it says {@code REDACTED}) is kept as it is, as the importer keeps no fingerprint of it.
 * trufflehog's {@code Redacted} (masked by the scanner itself) and {@code ExtraData} (what the detector learnt about
 * the secret: account, ARN, user id) are kept, like every other field; the defensive scan still reads them.
 */
final class ScannerFields implements SecretRule {

    private final Set<String> fields;
    private final boolean partialRedaction;

    private ScannerFields(boolean partialRedaction, String... fields) {
        this.fields = Set.of(fields);
        this.partialRedaction = partialRedaction;
    }

    /** gitleaks, JSON or CSV, v7 or v8 names (a v8 report has no {@code line} field, only StartLine). */
    static ScannerFields gitleaks() {
        return new ScannerFields(true, "secret", "match", "offender", "line");
    }

    static ScannerFields trufflehog() {
        return new ScannerFields(false, "raw", "rawv2");
    }

    @Override
    public String replace(Place place, String value) {
        if (place.member() == null || !fields.contains(place.member().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (value.toUpperCase(Locale.ROOT).contains("REDACTED")) {
            return value;
        }
        // gitleaks --redact=N keeps a prefix and "...": the importer keeps no fingerprint of such a value either
        return partialRedaction && value.endsWith("...") ? Markers.withoutFingerprint(value) : Markers.of(value);
    }
}
