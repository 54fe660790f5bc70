package dev.trustmap.assessment.checks;

import dev.trustmap.assessment.policy.AttestationRules;
import dev.trustmap.model.assessment.Attestation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * ACT-07, every identity confirmed by its owner in each review cycle (docs/owner-review.md). Population: the NHIs.
 * Each is judged by its newest identity attestation of ACT-07 (by attested_on; on the same day, the later in the
 * files): {@code implemented} and not stale passes; no answer, a stale one ("confirmed on 2026-05-03, valid until
 * 2026-06-30"), a transfer the new owner has not confirmed ({@code partial}) or "not mine" ({@code not_implemented})
 * fails. Not assessed when the inputs hold no ACT-07 identity attestation at all: no review results is not a pass.
 */
public final class OwnerReviewCheck implements Check {

    private static final String LIMIT = "confirmed by its owner in the current review cycle";

    @Override
    public String controlId() {
        return "ACT-07";
    }

    @Override
    public boolean readsIdentityAttestations() {
        return true;
    }

    @Override
    public Judgement start(CheckContext context) {
        Map<String, Attestation> newest = new HashMap<>();
        for (Attestation attestation : context.identityAttestations(controlId())) {
            newest.merge(attestation.identityId(), attestation,
                    (earlier, later) -> AttestationRules.supersedes(later, earlier) ? later : earlier);
        }
        if (newest.isEmpty()) {
            return Populations.afterTheWalk(outcomes -> outcomes.noEvidence("no owner review results in the inputs"));
        }
        LocalDate today = LocalDate.ofInstant(context.asOf(), ZoneOffset.UTC);
        return Populations.identities(LifecycleRules::nhi, "no non-human identities in the inputs",
                (identity, outcomes) -> {
                    Attestation answer = newest.get(identity.id());
                    if (answer == null) {
                        outcomes.fail(Subjects.of(identity), "not confirmed in an owner review", LIMIT,
                                "Have the identity's owner confirm, hand over or retire it in the next owner review.");
                    } else if (answer.status().equals("partial")) {
                        outcomes.fail(Subjects.of(identity), null, "handed over on " + answer.attestedOn()
                                + ", not yet confirmed by the new owner", LIMIT,
                                "Have the new owner confirm the identity, or hand it back or retire it.",
                                startOf(answer.attestedOn()));
                    } else if (answer.status().equals("not_implemented")) {
                        outcomes.fail(Subjects.of(identity), null, "owner answered 'not mine' on "
                                + answer.attestedOn(), LIMIT,
                                "Find who runs the identity and have them take it over and confirm it, or retire it.",
                                startOf(answer.attestedOn()));
                    } else if (AttestationRules.stale(answer, today)) {
                        outcomes.fail(Subjects.of(identity), null, "confirmed on " + answer.attestedOn()
                                + ", valid until " + answer.validUntil(), LIMIT,
                                "Have the owner confirm the identity again in this cycle's review.",
                                startOf(answer.validUntil().plusDays(1)));
                    } else {
                        outcomes.pass(Subjects.of(identity));
                    }
                });
    }

    /** The day an answer dates the problem from: unconfirmed since that day. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
