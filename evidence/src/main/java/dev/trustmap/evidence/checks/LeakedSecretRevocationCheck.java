package dev.trustmap.evidence.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.Lane;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * RVK-04: a leaked secret is revoked within {@code leaked-secret-deadline-days} of its detection.
 *
 * <p>Population: the scanner findings in the inventory, except those linked to a human's identity (humans are never
 * in a population). Passes when the finding is linked to a credential that is no longer active (or has expired), or
 * while it is still within the deadline (days since detection at most the limit: the owner still has time to revoke
 * it). Fails past the deadline, or when the detection date is unknown, with "leaked 18 days ago in src/app.py:12,
 * still active" (or "..., not linked to a known credential, revocation unverifiable" when no credential matched).
 * With no finding and no gitleaks or trufflehog report in the inputs, nothing shows that a scan was done: no
 * evidence.
 */
public final class LeakedSecretRevocationCheck implements Check {

    private static final Set<String> SCANNERS = Set.of("gitleaks", "trufflehog");

    public LeakedSecretRevocationCheck() {
    }

    @Override
    public String controlId() {
        return "RVK-04";
    }

    @Override
    public void evaluate(CheckContext context, Outcomes outcomes) {
        List<LeakedSecret> leaks = context.inventory().leaks();
        boolean scanned = context.inventory().sources().stream()
                .anyMatch(s -> s.source() != null && SCANNERS.contains(s.source().strip().toLowerCase(Locale.ROOT)));
        if (leaks.isEmpty() && !scanned) {
            outcomes.noEvidence("no secret-scanner report in the inputs");
            return;
        }
        for (LeakedSecret leak : leaks) {
            Identity identity = leak.identityId() == null ? null : context.inventory().identities().stream()
                    .filter(i -> leak.identityId().equals(i.id())).findFirst().orElse(null);
            if (identity != null && identity.lane() == Lane.HUMAN) {
                continue;
            }
            Credential credential = identity == null || leak.credentialId() == null ? null
                    : identity.credentials().stream().filter(c -> leak.credentialId().equals(c.id()))
                            .findFirst().orElse(null);
            Subject subject = identity == null ? Subjects.other("leak", leak.id(), null)
                    : credential == null ? Subjects.of(identity) : Subjects.of(identity, credential);
            // Revoked, or expired: either way the leaked secret no longer opens anything.
            if (credential != null && !LifecycleRules.heldAt(credential, context.asOf())) {
                outcomes.pass(subject);
                continue;
            }
            long limit = context.policy().limit(PolicyKey.LEAKED_SECRET_DEADLINE_DAYS,
                    identity == null ? null : identity.lane(), identity == null ? null : identity.actorClass(),
                    credential == null ? null : credential.kind());
            String state = credential != null ? "still active"
                    : "not linked to a known credential, revocation unverifiable";
            String remediation = credential != null
                    ? "Revoke the leaked credential, issue a replacement and remove the secret from where it was found."
                    : "Find the credential this secret belongs to, revoke it and record it in the inventory.";
            String limitText = limit + (limit == 1 ? " day" : " days");
            if (leak.detectedAt() == null) {
                outcomes.fail(subject, "leaked secret, detection date unknown, " + state, limitText, remediation);
                continue;
            }
            long days = Subjects.days(leak.detectedAt(), context.asOf());
            if (days <= limit) {
                outcomes.pass(subject);
            } else {
                String where = leak.location() == null || leak.location().isBlank() ? "" : " in " + leak.location();
                outcomes.fail(subject, "leaked " + days + " days ago" + where + ", " + state, limitText, remediation);
            }
        }
    }
}
