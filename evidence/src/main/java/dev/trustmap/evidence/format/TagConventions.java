package dev.trustmap.evidence.format;

import dev.trustmap.model.inventory.Identity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The resource tags that, by common convention, name who owns a thing and where it runs (AWS tags, Azure tags):
 * {@code technical-owner} (else {@code owner}) for the technical owner, {@code business-owner} for the business
 * owner, {@code environment} (else {@code env}) for the environment. Keys are compared without case, hyphens,
 * underscores, dots or spaces ({@code Owner}, {@code technical_owner}, {@code TechnicalOwner} are the same); a key
 * AWS reserves ({@code aws:...}) never counts, and a blank value says nothing. Every other tag is not recorded.
 */
public final class TagConventions {

    /** Normalised keys, most specific first. */
    private static final List<String> TECHNICAL_OWNER = List.of("technicalowner", "techowner", "owner");
    private static final List<String> BUSINESS_OWNER = List.of("businessowner");
    private static final List<String> ENVIRONMENT = List.of("environment", "env");

    /** What a resource's tags say; null where they say nothing. */
    public record Found(String technicalOwner, String businessOwner, String environment) {

        /** Sets what was found on the identity, leaving the rest as it is. */
        public Identity.Builder applyTo(Identity.Builder identity) {
            if (technicalOwner != null) {
                identity.technicalOwner(technicalOwner);
            }
            if (businessOwner != null) {
                identity.businessOwner(businessOwner);
            }
            if (environment != null) {
                identity.environment(environment);
            }
            return identity;
        }
    }

    private TagConventions() {
    }

    /** Reads tags given as key and value, in the order the export writes them. */
    public static Found of(List<Map.Entry<String, String>> tags) {
        return new Found(first(tags, TECHNICAL_OWNER), first(tags, BUSINESS_OWNER), first(tags, ENVIRONMENT));
    }

    private static String first(List<Map.Entry<String, String>> tags, List<String> keys) {
        for (String key : keys) {
            for (Map.Entry<String, String> tag : tags) {
                String value = tag.getValue();
                if (tag.getKey() != null && key.equals(normalised(tag.getKey())) && value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    private static String normalised(String key) {
        String lower = key.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("aws:")) {
            return "";
        }
        StringBuilder plain = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            if (c != '-' && c != '_' && c != '.' && c != ' ') {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
