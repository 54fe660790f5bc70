package dev.trustmap.assessment.checks;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.LeakedSecret;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 *
 * <p>The findings are few and the identities many: the walk notes, for each finding, what it needs of the identity
 * it is linked to, and the findings are judged after the last identity, in the order the scanners gave them.
 */
public final class LeakedSecretRevocationCheck implements Check {

    private static final List<String> SCANNERS = Importers.all().showing(Shows.SECRET_SCAN);

    /** What a finding needs of the identity it is linked to; credential null when none of its credentials matched. */
    private record Link(Subject subject, Lane lane, ActorClass actorClass, Credential credential) {
    }

    public LeakedSecretRevocationCheck() {
    }

    @Override
    public String controlId() {
        return "RVK-04";
    }

    @Override
    public Judgement start(CheckContext context) {
        List<LeakedSecret> leaks = context.inventory().leaks();
        // The findings linked to each identity id, by their place in the list.
        Map<String, List<Integer>> byIdentity = new HashMap<>();
        for (int i = 0; i < leaks.size(); i++) {
            if (leaks.get(i).identityId() != null) {
                byIdentity.computeIfAbsent(leaks.get(i).identityId(), k -> new ArrayList<>()).add(i);
            }
        }
        Link[] links = new Link[leaks.size()];
        return new Judgement() {
            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                // Removed once found: a finding is linked to the first identity with its id.
                List<Integer> linked = byIdentity.remove(identity.id());
                if (linked == null) {
                    return;
                }
                for (int i : linked) {
                    String credentialId = leaks.get(i).credentialId();
                    Credential credential = credentialId == null ? null : identity.credentials().stream()
                            .filter(c -> credentialId.equals(c.id())).findFirst().orElse(null);
                    links[i] = new Link(credential == null ? Subjects.of(identity)
                            : Subjects.of(identity, credential), identity.lane(), identity.actorClass(), credential);
                }
            }

            @Override
            public void finish(Outcomes outcomes) {
                boolean scanned = context.inventory().sources().stream().anyMatch(s -> s.source() != null
                        && SCANNERS.contains(s.source().strip().toLowerCase(Locale.ROOT)));
                if (leaks.isEmpty() && !scanned) {
                    outcomes.noEvidence("no secret-scanner report in the inputs");
                    return;
                }
                for (int i = 0; i < leaks.size(); i++) {
                    judgeLeak(context, outcomes, leaks.get(i), links[i]);
                }
            }
        };
    }

    /** Judges one finding; {@code link} is null when it names no identity of the inventory. */
    private static void judgeLeak(CheckContext context, Outcomes outcomes, LeakedSecret leak, Link link) {
        if (link != null && link.lane() == Lane.HUMAN) {
            return;
        }
        Credential credential = link == null ? null : link.credential();
        // the evidence of a leak finding is where the scanner saw the secret
        Subject subject = (link == null ? Subjects.other("leak", leak.id(), null) : link.subject())
                .withEvidence(leak.origin() == null ? null : leak.origin().toString());
        // Revoked, or expired: either way the leaked secret no longer opens anything.
        if (credential != null && !LifecycleRules.heldAt(credential, context.asOf())) {
            outcomes.pass(subject);
            return;
        }
        long limit = context.policy().limit(PolicyKey.LEAKED_SECRET_DEADLINE_DAYS,
                link == null ? null : link.lane(), link == null ? null : link.actorClass(),
                credential == null ? null : credential.kind());
        String state = credential != null ? "still active"
                : "not linked to a known credential, revocation unverifiable";
        String remediation = credential != null
                ? "Revoke the leaked credential, issue a replacement and remove the secret from where it was found."
                : "Find the credential this secret belongs to, revoke it and record it in the inventory.";
        String limitText = limit + (limit == 1 ? " day" : " days");
        if (leak.detectedAt() == null) {
            outcomes.fail(subject, "leaked secret, detection date unknown, " + state, limitText, remediation);
            return;
        }
        long days = Subjects.days(leak.detectedAt(), context.asOf());
        if (days <= limit) {
            outcomes.pass(subject);
        } else {
            String where = leak.location() == null || leak.location().isBlank() ? "" : " in " + leak.location();
            outcomes.fail(subject, null, "leaked " + days + " days ago" + where + ", " + state, limitText,
                    remediation, leak.detectedAt());
        }
    }
}
