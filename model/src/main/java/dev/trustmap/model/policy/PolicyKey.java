package dev.trustmap.model.policy;

import java.util.Optional;

/**
 * A threshold of the policy: its name in {@code policy.yaml}, its unit, the control it drives and what it means,
 * in one place (a new threshold is one more constant here and its use in that control's check).
 */
public enum PolicyKey {
    STATIC_SECRET_MAX_AGE_DAYS("static-secret-max-age-days", "days", "LFC-01",
            "rotate a static secret within this many days"),
    CREDENTIAL_MAX_LIFETIME_DAYS("credential-max-lifetime-days", "days", "LFC-02",
            "longest lifetime, expiry minus creation"),
    AI_MAX_TTL_SECONDS("ai-max-ttl-seconds", "seconds", "LFC-03", "longest lifetime of an AI-lane credential"),
    UNUSED_DAYS("unused-days", "days", "RVK-01", "unused after this many days without use"),
    CERTIFICATE_RENEWAL_WARNING_DAYS("certificate-renewal-warning-days", "days", "LFC-06",
            "renew a certificate expiring within this many days"),
    DELEGATION_MAX_HOURS("delegation-max-hours", "hours", "DLG-01", "longest on-behalf-of delegation"),
    OWNER_DEPARTURE_GRACE_DAYS("owner-departure-grace-days", "days", "RVK-03",
            "reassign or revoke after the owner leaves"),
    LEAKED_SECRET_DEADLINE_DAYS("leaked-secret-deadline-days", "days", "RVK-04",
            "revoke a leaked secret after detection"),
    EXCEPTION_MAX_DAYS("exception-max-days", "days", "RVK-05", "longest exception, approval to expiry");

    private final String key;
    private final String unit;
    private final String control;
    private final String meaning;

    PolicyKey(String key, String unit, String control, String meaning) {
        this.key = key;
        this.unit = unit;
        this.control = control;
        this.meaning = meaning;
    }

    /** The id of the control whose check reads this threshold, e.g. {@code LFC-01}. */
    public String control() {
        return control;
    }

    /** What the threshold means, in a few words, e.g. "rotate a static secret within this many days". */
    public String meaning() {
        return meaning;
    }

    /** The name in policy.yaml. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public static Optional<PolicyKey> fromKey(String key) {
        for (PolicyKey policyKey : values()) {
            if (policyKey.key.equals(key)) {
                return Optional.of(policyKey);
            }
        }
        return Optional.empty();
    }
}
