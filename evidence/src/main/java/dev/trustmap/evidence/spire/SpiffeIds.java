package dev.trustmap.evidence.spire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustmap.evidence.internal.JsonInput;

/**
 * SPIFFE IDs as SPIRE's JSON writes them, {@code {"trust_domain": "example.org", "path": "/web"}}, and as people
 * write them, {@code spiffe://example.org/web}.
 */
final class SpiffeIds {

    private static final String SCHEME = "spiffe://";

    private SpiffeIds() {
    }

    /** {@code spiffe://trust-domain/path}, or null when the member is missing, null or names no trust domain. */
    static String of(JsonNode node, String field) {
        JsonNode id = node.get(field);
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.isTextual()) {
            String text = id.asText().strip();
            return text.startsWith(SCHEME) && text.length() > SCHEME.length() ? text : null;
        }
        String domain = JsonInput.text(id, "trust_domain");
        if (domain == null) {
            return null;
        }
        String path = JsonInput.text(id, "path");
        return SCHEME + domain + (path == null ? "" : path.startsWith("/") ? path : "/" + path);
    }

    /** The trust domain of a SPIFFE ID built by {@link #of}. */
    static String trustDomain(String spiffeId) {
        String rest = spiffeId.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The path of a SPIFFE ID, {@code /ns/ci/sa/deployer}; empty for the trust domain itself. */
    static String path(String spiffeId) {
        String rest = spiffeId.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? "" : rest.substring(slash);
    }
}
