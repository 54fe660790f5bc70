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

/**
 * DLG-02: nothing acts once its approval has expired.
 *
 * <p>Population: non-human identities with {@code approvalExpiresAt} set. Passes while the approval is still valid
 * at the as-of instant, or when it has expired and the identity neither acted after the expiry nor holds an active,
 * unexpired credential. Observed: "acted 12 days after its approval expired on 2026-09-18" (the latest use of any
 * credential, or of the identity itself), else "approval expired 12 days ago, 1 active credential".
 */
public final class ApprovalExpiryCheck implements Check {

    public ApprovalExpiryCheck() {
    }

    @Override
    public String controlId() {
        return "DLG-02";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> i.lane() != Lane.HUMAN && i.approvalExpiresAt() != null,
                "no approvals with an expiry in the inputs", (identity, outcomes) -> judge(context, outcomes,
                        identity));
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity) {
        Instant expiry = identity.approvalExpiresAt();
        if (!expiry.isBefore(context.asOf())) {
            outcomes.pass(Subjects.of(identity));
            return;
        }
        LocalDate expiredOn = LocalDate.ofInstant(expiry, ZoneOffset.UTC);
        // Identity-level use counts too: an AWS role acts without any credential of its own.
        Instant lastUse = identity.lastUsedAt();
        long active = 0;
        for (Credential credential : identity.credentials()) {
            if (credential.lastUsedAt() != null && (lastUse == null || credential.lastUsedAt().isAfter(lastUse))) {
                lastUse = credential.lastUsedAt();
            }
            // An expired credential grants nothing, whatever its active flag says.
            if (LifecycleRules.heldAt(credential, context.asOf())) {
                active++;
            }
        }
        String limit = "no action after " + expiredOn;
        if (lastUse != null && lastUse.isAfter(expiry)) {
            outcomes.fail(Subjects.of(identity), null, "acted " + days(Subjects.days(expiry, lastUse))
                    + " after its approval expired on " + expiredOn
                    + (active > 0 ? "; " + credentials(active) + " still held" : ""), limit,
                    "Revoke the identity's credentials and review what it did without approval.", expiry);
        } else if (active > 0 || IdentityRules.canAct(identity, context.asOf(), Duration.ofDays(idle(context,
                identity)))) {
            // expired tokens are not a revocation: an identity that gets new ones on demand is still live
            outcomes.fail(Subjects.of(identity), null, "approval expired "
                    + days(Subjects.days(expiry, context.asOf())) + " ago, "
                    + (active > 0 ? credentials(active) : "identity still able to act"), limit,
                    "Renew the approval or revoke the identity's remaining credentials.", expiry);
        } else {
            outcomes.pass(Subjects.of(identity));
        }
    }

    private static long idle(CheckContext context, Identity identity) {
        return context.policy().limit(PolicyKey.UNUSED_DAYS, identity.lane(), identity.actorClass(), null);
    }

    /** Whole days; under one day still counts, as "less than a day". */
    private static String days(long days) {
        return days == 0 ? "less than a day" : days + (days == 1 ? " day" : " days");
    }

    private static String credentials(long count) {
        return count + (count == 1 ? " active credential" : " active credentials");
    }
}
