package dev.trustmap.model.policy;

import java.util.Optional;

/** A threshold of the policy, with its name in {@code policy.yaml} and its unit. */
public enum PolicyKey {
    STATIC_SECRET_MAX_AGE_DAYS("static-secret-max-age-days", "days"),
    CREDENTIAL_MAX_LIFETIME_DAYS("credential-max-lifetime-days", "days"),
    AI_MAX_TTL_SECONDS("ai-max-ttl-seconds", "seconds"),
    UNUSED_DAYS("unused-days", "days"),
    CERTIFICATE_RENEWAL_WARNING_DAYS("certificate-renewal-warning-days", "days"),
    DELEGATION_MAX_HOURS("delegation-max-hours", "hours"),
    OWNER_DEPARTURE_GRACE_DAYS("owner-departure-grace-days", "days"),
    LEAKED_SECRET_DEADLINE_DAYS("leaked-secret-deadline-days", "days"),
    EXCEPTION_MAX_DAYS("exception-max-days", "days");

    private final String key;
    private final String unit;

    PolicyKey(String key, String unit) {
        this.key = key;
        this.unit = unit;
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
