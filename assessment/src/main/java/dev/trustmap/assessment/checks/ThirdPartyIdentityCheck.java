package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * DLG-05, automated half (the engine combines it with an attestation): third-party identities have a vendor owner,
 * rotation evidence and an exit path.
 *
 * <p>Population: identities of actor class {@code third_party}. Passes when a business owner (the vendor owner) is
 * recorded, some active credential was rotated (or, failing a rotation date, created) within
 * {@code static-secret-max-age-days} of the as-of instant, and a decommission date is set. An identity whose every
 * credential is revoked has nothing left to rotate; one with no credential at all shows no rotation. Observed: the
 * missing parts joined with "; " ("no vendor owner; no rotation in 412 days; no offboarding date").
 */
public final class ThirdPartyIdentityCheck implements Check {

    public ThirdPartyIdentityCheck() {
    }

    @Override
    public String controlId() {
        return "DLG-05";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(i -> i.actorClass() == ActorClass.THIRD_PARTY, "no third-party identities",
                (identity, outcomes) -> judge(context, outcomes, identity));
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity) {
        long limit = context.policy().limit(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, identity.lane(),
                identity.actorClass(), null);
        List<String> missing = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        if (identity.businessOwner() == null || identity.businessOwner().isBlank()) {
            missing.add("no vendor owner");
            fixes.add("name the vendor-side owner");
        }
        String rotation = rotationGap(context, identity);
        if (rotation != null) {
            missing.add(rotation);
            fixes.add("rotate its credentials");
        }
        if (identity.decommissionOn() == null) {
            missing.add("no offboarding date");
            fixes.add("set the date it is offboarded");
        }
        if (missing.isEmpty()) {
            outcomes.pass(Subjects.of(identity));
        } else {
            String remediation = String.join(", ", fixes) + ".";
            outcomes.fail(Subjects.of(identity), String.join("; ", missing),
                    "vendor owner, rotation within " + limit + " days, offboarding date",
                    Character.toUpperCase(remediation.charAt(0)) + remediation.substring(1));
        }
    }

    /** What is missing in the rotation evidence, or null when some active credential was rotated recently. */
    private static String rotationGap(CheckContext context, Identity identity) {
        boolean anyActive = false;
        Long newest = null;
        for (Credential credential : identity.credentials()) {
            if (Boolean.FALSE.equals(credential.active())) {
                continue;
            }
            anyActive = true;
            Instant rotated = credential.lastRotatedAt() != null ? credential.lastRotatedAt() : credential.createdAt();
            if (rotated == null) {
                continue;
            }
            long age = Subjects.days(rotated, context.asOf());
            long limit = context.policy().limit(PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, identity.lane(),
                    identity.actorClass(), credential.kind());
            if (age <= limit) {
                return null;
            }
            newest = newest == null ? age : Math.min(newest, age);
        }
        if (!anyActive && !identity.credentials().isEmpty()) {
            return null;
        }
        return newest == null ? "no rotation date" : "no rotation in " + newest + " days";
    }
}
