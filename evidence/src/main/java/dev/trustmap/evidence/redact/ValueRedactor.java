package dev.trustmap.evidence.redact;


/**
 * Decides what one string value becomes: the format's rule first (a field known to hold a secret), then the
 * defensive scan: secret shapes in an identifier, shapes and random-looking tokens in anything else (as the
 * inventory's {@link SecretGuard} does, so that a redacted copy imports to the same inventory). Counts the values it
 * changed.
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
                : IdentifierNames.is(place.member()) ? SecretShapes.redactIdentifier(value, place.nearAwsKeyId())
                : SecretShapes.redactText(value);
        if (!result.equals(value)) {
            redacted++;
        }
        return result;
    }

    /** A member's name, written as it is unless a secret was typed as one. */
    String name(String name) {
        String safe = SecretShapes.redactText(name);
        if (!safe.equals(name)) {
            redacted++;
        }
        return safe;
    }

    /** The marker for a number the format's rule calls secret; null to keep the number as written. */
    String secretNumber(Place place, String number) {
        String ruled = rule.replace(place, number);
        if (ruled == null || ruled.equals(number)) {
            return null;
        }
        redacted++;
        return ruled;
    }

    /** How many values were changed so far. */
    long redacted() {
        return redacted;
    }
}
