package dev.trustmap.reports.render.html;

import dev.trustmap.reports.model.ReportModel;
import java.util.HashMap;
import java.util.Map;

/** What every page reads. */
final class Pages {

    /** Characters of the policy's SHA-256 on the cover line. */
    static final int SHA_PREFIX = 12;

    private Pages() {
    }

    static Map<String, Object> common(ReportModel model) {
        Map<String, Object> data = new HashMap<>();
        data.put("schemaVersion", model.schemaVersion());
        data.put("meta", model.meta());
        data.put("policyShort", prefix(model.meta().policySha256()));
        data.put("catalogShort", prefix(model.meta().catalogSha256()));
        return data;
    }

    private static String prefix(String sha) {
        return sha == null ? null : sha.substring(0, Math.min(SHA_PREFIX, sha.length()));
    }
}
