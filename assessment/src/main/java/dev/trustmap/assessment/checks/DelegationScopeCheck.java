package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * DLG-01: on-behalf-of delegations are bound to one task and expire within {@code delegation-max-hours}.
 *
 * <p>Population: non-human identities with {@code onBehalfOf} set. Passes when the identity has a task end and
 * every active credential has a lifetime (its {@code ttlSeconds}, else creation to expiry) of at most the limit,
 * in whole hours, and the delegation is not for every user ({@link Identity#EVERY_USER}: a tenant-wide consent, such
 * as an Entra admin consent, is a standing copy of everyone's access). Observed: each problem found, joined with
 * "; " ("delegation is not task-scoped: no task end", "acts for every user (tenant-wide consent)", or "tenant-wide
 * consent to a third-party application", "delegated credential never expires", "delegated credential lives 720
 * hours"). An active credential with an
 * expiry but no creation date and no TTL has an unknown lifetime: the identity is then not assessed unless it
 * already fails for another reason.
 */
public final class DelegationScopeCheck implements Check {

    public DelegationScopeCheck() {
    }

    @Override
    public String controlId() {
        return "DLG-01";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> i.lane() != Lane.HUMAN && present(i.onBehalfOf()),
                "no on-behalf-of delegations in the inputs",
                (identity, outcomes) -> judge(context, outcomes, identity));
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity) {
        long limit = context.policy().limit(PolicyKey.DELEGATION_MAX_HOURS, identity.lane(),
                identity.actorClass(), null);
        List<String> problems = new ArrayList<>();
        if (identity.taskEndsAt() == null) {
            problems.add("delegation is not task-scoped: no task end");
        }
        if (Identity.EVERY_USER.equals(identity.onBehalfOf())) {
            problems.add(identity.actorClass() == ActorClass.THIRD_PARTY
                    ? "tenant-wide consent to a third-party application" : "acts for every user (tenant-wide consent)");
        }
        boolean neverExpires = false;
        boolean unknownLifetime = false;
        long longestHours = -1;
        for (Credential credential : identity.credentials()) {
            if (Boolean.FALSE.equals(credential.active())) {
                continue;
            }
            Long hours = lifetimeHours(credential);
            if (credential.ttlSeconds() == null && credential.expiresAt() == null) {
                neverExpires = true;
            } else if (hours == null) {
                unknownLifetime = true;
            } else if (hours > context.policy().limit(PolicyKey.DELEGATION_MAX_HOURS, identity.lane(),
                    identity.actorClass(), credential.kind())) {
                longestHours = Math.max(longestHours, hours);
            }
        }
        if (neverExpires) {
            problems.add("delegated credential never expires");
        }
        if (longestHours >= 0) {
            problems.add("delegated credential lives " + longestHours + " hours");
        }
        if (!problems.isEmpty()) {
            outcomes.fail(Subjects.of(identity), String.join("; ", problems), limit + " hours",
                    "Bind the delegation to one task and issue its credentials for at most " + limit
                            + " hours.");
        } else if (unknownLifetime) {
            outcomes.notAssessed(Subjects.of(identity), "delegated credential has no creation date or TTL");
        } else {
            outcomes.pass(Subjects.of(identity));
        }
    }

    /** Whole hours the credential lives: its TTL where the platform states one, else creation to expiry. */
    private static Long lifetimeHours(Credential credential) {
        if (credential.ttlSeconds() != null) {
            return credential.ttlSeconds() / 3600;
        }
        if (credential.createdAt() != null && credential.expiresAt() != null) {
            return Duration.between(credential.createdAt(), credential.expiresAt()).toHours();
        }
        return null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
