package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.CredentialRules;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.policy.PolicyKey;
import java.time.Duration;

/**
 * LFC-02: every credential expires within the maximum lifetime.
 *
 * <p>Population: every active credential of an NHI except federated ones (a federation trust holds no secret that
 * could expire), platform-managed ones included. Passes when the credential expires and its lifetime, whole days
 * from creation to expiry (or its stated TTL when it has no expiry date), is at most
 * {@code credential-max-lifetime-days} for its lane, class and kind (365 days; certificates 398). Reports
 * "no expiry" or "lifetime 730 days" against "365 days"; an expiry without a creation date is not assessed.
 */
public final class CredentialExpiryCheck implements Check {

    private static final long SECONDS_PER_DAY = 86_400;

    @Override
    public String controlId() {
        return "LFC-02";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.activeCredentials(c -> c.kind() != CredentialKind.FEDERATED,
                "no active credentials in the inputs", (identity, credential, outcomes) -> judge(context,
                        outcomes, identity, credential));
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity, Credential credential) {
        long limit = context.policy().limit(PolicyKey.CREDENTIAL_MAX_LIFETIME_DAYS, identity.lane(),
                identity.actorClass(), credential.kind());
        String limitText = LifecycleRules.days(limit);
        Long lifetime;
        // an expiry that stands for never (Entra's 2299-12-31) is no expiry
        if (credential.expiresAt() != null && !CredentialRules.neverExpires(credential.expiresAt())) {
            if (credential.createdAt() == null) {
                outcomes.notAssessed(Subjects.of(identity, credential), "no creation date, lifetime unknown");
                return;
            }
            lifetime = Subjects.days(credential.createdAt(), credential.expiresAt());
        } else if (credential.ttlSeconds() != null) {
            // A token with a stated TTL but no expiry date (a Vault token read without expire_time) still ends.
            lifetime = credential.ttlSeconds() / SECONDS_PER_DAY;
        } else {
            outcomes.fail(Subjects.of(identity, credential), null, "no expiry", limitText,
                    "Reissue the credential with an expiry within the policy's lifetime and delete this one.",
                    Subjects.since(credential.createdAt(), Duration.ofDays(limit), context.asOf()));
            return;
        }
        if (lifetime > limit) {
            outcomes.fail(Subjects.of(identity, credential), null, "lifetime " + LifecycleRules.days(lifetime),
                    limitText, "Reissue the credential with a shorter lifetime and delete this one.",
                    Subjects.since(credential.createdAt(), Duration.ofDays(limit), context.asOf()));
        } else {
            outcomes.pass(Subjects.of(identity, credential));
        }
    }
}
