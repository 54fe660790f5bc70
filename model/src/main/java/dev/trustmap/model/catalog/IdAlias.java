package dev.trustmap.model.catalog;

import java.util.regex.Pattern;

/**
 * A way people write a framework's ids that is not the official form: a pattern matched against the upper-cased
 * query and a replacement ({@code $1}) giving the official id.
 */
public record IdAlias(Pattern pattern, String replacement) {

    /** The official id this alias produces for the query, or null when it does not match. */
    public String apply(String upperCaseQuery) {
        var matcher = pattern.matcher(upperCaseQuery);
        return matcher.matches() ? matcher.replaceFirst(replacement) : null;
    }
}
