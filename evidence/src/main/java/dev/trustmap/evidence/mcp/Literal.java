package dev.trustmap.evidence.mcp;

import dev.trustmap.model.inventory.CredentialKind;

/**
 * What a value of a server's configuration holds where a secret may be written: the characters from {@code start}
 * to {@code end} of it are a literal secret, or a placeholder a person was meant to replace ({@code <YOUR_TOKEN>}).
 * A reference ({@code ${input:ID}}, {@code ${env:NAME}}) is neither, and gives no {@code Literal} at all.
 */
record Literal(int start, int end, CredentialKind kind, boolean placeholder) {

    /** The secret (or placeholder) itself. */
    String in(String value) {
        return value.substring(start, end);
    }

    /** The value with the secret replaced. */
    String replacedIn(String value, String replacement) {
        return value.substring(0, start) + replacement + value.substring(end);
    }
}
