package dev.trustmap.evidence.redact;

/**
 * Where one format holds secrets: decides, value by value, what to write instead. A format with secrets under names
 * of its own (a scanner's {@code Raw}, a Kubernetes Secret's {@code data}) gives one to its {@link Redaction}.
 */
public interface SecretRule {

    /**
     * The marker to write instead of the value (see {@link Markers}); the value itself when it is known to be no
     * secret (a scanner's own {@code REDACTED}), so that no later rule replaces it; null when this rule has nothing
     * to say about it.
     */
    String replace(Place place, String value);
}
