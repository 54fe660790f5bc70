package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.policy.PolicyKey;
import java.time.Duration;
import java.time.Instant;

/**
 * LFC-01: static secrets rotated within the maximum age.
 *
 * <p>Population: every active, user-managed static credential (access_key, api_key, client_secret,
 * personal_access_token, ssh_key, password, or a service_account_token that never expires) of an NHI of either
 * lane; platform-managed keys are left out because their platform rotates them. Passes when the days from the last
 * rotation (else the creation) to the as-of instant are at most {@code static-secret-max-age-days} for the
 * identity's lane, class and the credential's kind. Reports "key age 212 days" against "90 days"; a credential
 * with neither date is not assessed.
 */
public final class StaticSecretRotationCheck implements Check {

    @Override
    public String controlId() {
        return "LFC-01";
    }

    @Override
    public Judgement start(CheckContext context) {
        // Not Populations.activeCredentials: when nothing is judged, the reason depends on whether any static
        // credential was seen at all, revoked and platform-managed ones included.
        return new Judgement() {
            private boolean anyStatic;
            private boolean anyJudged;

            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                if (!LifecycleRules.nhi(identity)) {
                    return;
                }
                for (Credential credential : identity.credentials()) {
                    if (!LifecycleRules.staticSecret(credential)) {
                        continue;
                    }
                    anyStatic = true;
                    if (!LifecycleRules.active(credential) || !LifecycleRules.userManaged(credential)) {
                        continue;
                    }
                    anyJudged = true;
                    StaticSecretRotationCheck.judge(context, outcomes, identity, credential);
                }
            }

            @Override
            public void finish(Outcomes outcomes) {
                if (!anyJudged) {
                    // Saying which: "none at all" and "only revoked or platform-rotated ones" call for different
                    // action.
                    outcomes.noEvidence(anyStatic ? "no active user-managed static credentials in the inputs"
                            : "no static credentials in the inputs");
                }
            }
        };
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity, Credential credential) {
        // The current secret dates from its last rotation; a key never rotated is as old as its creation.
        Instant since = credential.lastRotatedAt() != null ? credential.lastRotatedAt() : credential.createdAt();
        if (since == null) {
            outcomes.notAssessed(Subjects.of(identity, credential), "no creation or rotation date");
            return;
        }
        long limit = context.policy().limit(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, identity.lane(),
                identity.actorClass(), credential.kind());
        long age = Subjects.days(since, context.asOf());
        if (age > limit) {
            outcomes.fail(Subjects.of(identity, credential), null, "key age " + LifecycleRules.days(age),
                    LifecycleRules.days(limit),
                    "Issue a new secret, move its consumers to it, then delete the old one.",
                    since.plus(Duration.ofDays(limit)));
        } else {
            outcomes.pass(Subjects.of(identity, credential));
        }
    }
}
