package dev.trustmap.evidence.redact;

import dev.trustmap.evidence.Fingerprints;

/**
 * Decides what one string value becomes: the format's rule first (a field known to hold a secret), then the
 * defensive scan for secret shapes. Counts the values it changed.
 */
final class ValueRedactor {

    private final SecretRule rule;
    private long redacted;

    ValueRedactor(SecretRule rule) {
        this.rule = rule;
    }

    /** The value to write: the value itself, or the value with its secret replaced by a marker. */
    String apply(Place place, String value) {
        // markers (a copy copied again) and blanks hold nothing to hide
        if (value.isBlank() || Fingerprints.isRedactionMarker(value)) {
            return value;
        }
        String ruled = rule.replace(place, value);
        String result = ruled != null && !ruled.equals(value) ? ruled
                : SecretShapes.redact(value, place.nearAwsKeyId());
        if (!result.equals(value)) {
            redacted++;
        }
        return result;
    }

    /** How many values were changed so far. */
    long redacted() {
        return redacted;
    }
}
