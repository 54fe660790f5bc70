package dev.trustmap.evidence.redact;

/** What one format holds secrets in: decides, value by value, what to write instead. */
interface SecretRule {

    /**
     * The marker to write instead of the value; the value itself when it is known to be no secret (a scanner's own
     * {@code REDACTED}), so that no later rule replaces it; null when this rule has nothing to say about it.
     */
    String replace(Place place, String value);

    /** A rule that finds nothing: formats that carry no secrets. */
    static SecretRule none() {
        return (place, value) -> null;
    }

    /** The first answer that is not null, in the order given. */
    static SecretRule firstOf(SecretRule... rules) {
        return (place, value) -> {
            for (SecretRule rule : rules) {
                String answer = rule.replace(place, value);
                if (answer != null) {
                    return answer;
                }
            }
            return null;
        };
    }
}
