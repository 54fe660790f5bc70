package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.IdentityRules;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.Lane;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * RVK-06: task-scoped credentials end when the task ends.
 *
 * <p>Population: non-human identities with {@code taskEndsAt} set. Once the task has ended (before the as-of
 * instant) the identity passes only with no active, unexpired credential: "task ended 2026-09-20, 1 active
 * credential remains". While it runs, every active credential must expire (its expiry, else creation plus TTL) no
 * later than the task end: "credential never expires" or "credential outlives its task by 30 days" (the worst
 * credential). A running task whose credential has a TTL but no creation date cannot be judged: not assessed.
 */
public final class TaskCredentialCheck implements Check {

    public TaskCredentialCheck() {
    }

    @Override
    public String controlId() {
        return "RVK-06";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> i.lane() != Lane.HUMAN && i.taskEndsAt() != null,
                "no task-scoped identities", (identity, outcomes) -> judge(context, outcomes, identity));
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity) {
        Instant taskEnd = identity.taskEndsAt();
        // A credential already past its expiry grants nothing, whatever its active flag says.
        List<Credential> active = identity.credentials().stream()
                .filter(c -> LifecycleRules.heldAt(c, context.asOf()))
                .toList();
        String limit = "revoked by task end " + LocalDate.ofInstant(taskEnd, ZoneOffset.UTC);
        if (taskEnd.isBefore(context.asOf())) {
            long idle = context.policy().limit(PolicyKey.UNUSED_DAYS, identity.lane(), identity.actorClass(), null);
            // a token that expired is no revocation when the identity can get another one
            if (active.isEmpty() && !IdentityRules.canAct(identity, context.asOf(), Duration.ofDays(idle))) {
                outcomes.pass(Subjects.of(identity));
            } else {
                outcomes.fail(Subjects.of(identity), null, "task ended "
                        + LocalDate.ofInstant(taskEnd, ZoneOffset.UTC) + ", " + (active.isEmpty()
                                ? "identity still able to act" : active.size() + (active.size() == 1
                                        ? " active credential remains" : " active credentials remain")),
                        limit, "Revoke the credentials issued for the finished task, or disable the identity.",
                        taskEnd);
            }
            return;
        }
        Credential worst = null;
        Duration worstOverrun = Duration.ZERO;
        boolean unknown = false;
        for (Credential credential : active) {
            Instant expiry = LifecycleRules.effectiveExpiry(credential);
            if (credential.expiresAt() == null && credential.ttlSeconds() == null) {
                worst = credential;
                worstOverrun = null; // never expires: nothing is worse
                break;
            } else if (expiry == null) {
                unknown = true;
            } else if (expiry.isAfter(taskEnd) && Duration.between(taskEnd, expiry).compareTo(worstOverrun) > 0) {
                worst = credential;
                worstOverrun = Duration.between(taskEnd, expiry);
            }
        }
        if (worst != null) {
            outcomes.fail(Subjects.of(identity, worst), worstOverrun == null ? "credential never expires"
                    : "credential outlives its task by " + span(worstOverrun), limit,
                    "Issue the task's credentials to expire when the task ends, and revoke them when it does.");
        } else if (unknown) {
            outcomes.notAssessed(Subjects.of(identity), "credential has a TTL but no creation date");
        } else {
            outcomes.pass(Subjects.of(identity));
        }
    }


    /** Whole days, or whole hours under a day, or "less than an hour": any overrun fails, however short. */
    private static String span(Duration overrun) {
        if (overrun.toDays() > 0) {
            return overrun.toDays() + (overrun.toDays() == 1 ? " day" : " days");
        }
        if (overrun.toHours() > 0) {
            return overrun.toHours() + (overrun.toHours() == 1 ? " hour" : " hours");
        }
        return "less than an hour";
    }
}
