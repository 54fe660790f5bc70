package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Duration;

/**
 * LFC-03: short-lived, just-in-time credentials for AI identities.
 *
 * <p>Population: every active credential of an AI-lane identity, platform-managed ones included. Fails a static
 * secret outright ("standing static secret (api_key) on an AI identity"), and a credential with neither an expiry
 * nor a TTL ("no expiry"); otherwise passes when its lifetime (the TTL when stated, else creation to expiry) is at
 * most {@code ai-max-ttl-seconds}, reporting "lifetime 8 hours" against "1 hour". A federated credential without a
 * TTL passes: its platform issues it just in time. An expiry without a creation date or TTL is not assessed.
 */
public final class ShortLivedAgentCredentialCheck implements Check {

    @Override
    public String controlId() {
        return "LFC-03";
    }

    @Override
    public Judgement start(CheckContext context) {
        // Not Populations.activeCredentials: an empty population has two reasons here, no agents at all or agents
        // without credentials, so both are remembered.
        return new Judgement() {
            private boolean anyAi;
            private boolean anyCredential;

            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                if (identity.lane() != Lane.AI) {
                    return;
                }
                anyAi = true;
                for (Credential credential : identity.credentials()) {
                    if (LifecycleRules.active(credential)) {
                        anyCredential = true;
                        ShortLivedAgentCredentialCheck.judge(context, outcomes, identity, credential);
                    }
                }
            }

            @Override
            public void finish(Outcomes outcomes) {
                if (!anyAi) {
                    outcomes.noEvidence("no AI-lane identities");
                } else if (!anyCredential) {
                    // Agents listed without their credentials say nothing about how those credentials live.
                    outcomes.noEvidence("no active credentials of AI-lane identities in the inputs");
                }
            }
        };
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity, Credential credential) {
        long limit = context.policy().limit(PolicyKey.AI_MAX_TTL_SECONDS, identity.lane(), identity.actorClass(),
                credential.kind());
        String limitText = readable(limit);
        if (LifecycleRules.staticSecret(credential)) {
            outcomes.fail(Subjects.of(identity, credential),
                    "standing static secret (" + LifecycleRules.kindKey(credential) + ") on an AI identity",
                    limitText, "Replace the stored secret with credentials the agent requests per task from a broker.");
            return;
        }
        Long lifetime = credential.ttlSeconds();
        if (lifetime == null && credential.kind() == CredentialKind.FEDERATED) {
            // The platform mints a short token per exchange; the trust itself has no lifetime to judge.
            outcomes.pass(Subjects.of(identity, credential));
            return;
        }
        if (lifetime == null) {
            if (credential.expiresAt() == null) {
                outcomes.fail(Subjects.of(identity, credential), null, "no expiry", limitText,
                        "Issue the agent a credential that expires within the policy's TTL, per task.",
                        Subjects.since(credential.createdAt(), Duration.ofSeconds(limit), context.asOf()));
                return;
            }
            if (credential.createdAt() == null) {
                outcomes.notAssessed(Subjects.of(identity, credential), "no creation date or TTL, lifetime unknown");
                return;
            }
            lifetime = Duration.between(credential.createdAt(), credential.expiresAt()).getSeconds();
        }
        if (lifetime > limit) {
            outcomes.fail(Subjects.of(identity, credential), null, "lifetime " + readable(lifetime), limitText,
                    "Shorten the credential's TTL to the length of the agent's task.",
                    Subjects.since(credential.createdAt(), Duration.ofSeconds(limit), context.asOf()));
        } else {
            outcomes.pass(Subjects.of(identity, credential));
        }
    }

    /**
     * A duration in the unit a reader takes in at a glance: seconds under 2 minutes, else a whole number of days,
     * hours or minutes when it is one ("1 hour", "90 minutes"), else minutes under 2 hours, hours under 2 days,
     * then days, marked "over" when rounded down so that a failing "over 60 minutes" never reads as "1 hour".
     */
    static String readable(long seconds) {
        if (seconds < 120) {
            return LifecycleRules.count(seconds, "second");
        }
        long[] units = {86_400, 3_600, 60};
        String[] names = {"day", "hour", "minute"};
        for (int i = 0; i < units.length; i++) {
            if (seconds % units[i] == 0) {
                return LifecycleRules.count(seconds / units[i], names[i]);
            }
        }
        int i = seconds < 7_200 ? 2 : seconds < 172_800 ? 1 : 0;
        return "over " + LifecycleRules.count(seconds / units[i], names[i]);
    }
}
