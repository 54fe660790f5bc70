package dev.trustmap.model.catalog;

import java.util.regex.Pattern;

/**
 * A way people write a framework's ids that is not the official form: a pattern matched against the upper-cased
 * query and a replacement ({@code $1}) giving the official id.
 *
 * <p>A known alias ({@code NHI-03} for {@code NHI3:2025}) writes the same id another way. A guess ({@code M4} for
 * MAESTRO {@code L4}, which has no M ids) only suggests a candidate, with a note saying why it is no more than
 * that; {@code foreign} names the framework the query really belongs to when it is one trustmap does not carry
 * ({@code A01:2025} is the OWASP Top 10:2025).
 *
 * @param guess true when the replacement is a candidate, not the same id
 * @param foreign the framework that publishes the query as its own id, or null
 * @param note why the replacement is only a guess, or null
 */
public record IdAlias(Pattern pattern, String replacement, boolean guess, String foreign, String note) {

    /** A known alias. */
    public IdAlias(Pattern pattern, String replacement) {
        this(pattern, replacement, false, null, null);
    }

    /** The official id this alias produces for the query, or null when it does not match. */
    public String apply(String upperCaseQuery) {
        return replace(upperCaseQuery, replacement);
    }

    /** The foreign framework the query belongs to ({@code $1} filled in), or null. */
    public String foreignFor(String upperCaseQuery) {
        return foreign == null ? null : replace(upperCaseQuery, foreign);
    }

    private String replace(String upperCaseQuery, String template) {
        var matcher = pattern.matcher(upperCaseQuery);
        return matcher.matches() ? matcher.replaceFirst(template) : null;
    }
}
