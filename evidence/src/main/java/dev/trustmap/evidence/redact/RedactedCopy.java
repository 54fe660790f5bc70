package dev.trustmap.evidence.redact;

/**
 * What copying one input did.
 *
 * @param redactedValues how many values (JSON strings, CSV cells, lines of text, PEM private-key blocks) were
 *     replaced by a redaction marker
 * @param identical true when the copy is the original byte for byte (nothing needed redacting)
 */
public record RedactedCopy(long redactedValues, boolean identical) {
}
