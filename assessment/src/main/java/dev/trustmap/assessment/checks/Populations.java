package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Judgements for the common shapes of population: the identities a predicate accepts, or the active credentials
 * of NHIs. Each counts its members and, when there were none, says so in {@link Outcomes#noEvidence} (the control
 * is then not assessed, never passed).
 */
final class Populations {

    /** Judges one member identity. */
    interface IdentityJudge {
        void judge(Identity identity, Outcomes outcomes);
    }

    /** Judges one member credential of an identity. */
    interface CredentialJudge {
        void judge(Identity identity, Credential credential, Outcomes outcomes);
    }

    private Populations() {
    }

    /**
     * A judgement whose population is not the identities (the catalog's controls, the exceptions), or that has no
     * evidence to judge them by: it passes over every identity and judges once the walk is over.
     */
    static Check.Judgement afterTheWalk(Consumer<Outcomes> judge) {
        return new Check.Judgement() {
            @Override
            public void judge(Identity identity, Outcomes outcomes) {
            }

            @Override
            public void finish(Outcomes outcomes) {
                judge.accept(outcomes);
            }
        };
    }

    /** Hands {@code judge} every identity that {@code member} accepts, in inventory order. */
    static Check.Judgement identities(Predicate<Identity> member, String noneReason, IdentityJudge judge) {
        return new Check.Judgement() {
            private boolean any;

            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                if (member.test(identity)) {
                    any = true;
                    judge.judge(identity, outcomes);
                }
            }

            @Override
            public void finish(Outcomes outcomes) {
                if (!any) {
                    outcomes.noEvidence(noneReason);
                }
            }
        };
    }

    /** Hands {@code judge} every active credential of every NHI that {@code which} accepts, in inventory order. */
    static Check.Judgement activeCredentials(Predicate<Credential> which, String noneReason, CredentialJudge judge) {
        return new Check.Judgement() {
            private boolean any;

            @Override
            public void judge(Identity identity, Outcomes outcomes) {
                if (!LifecycleRules.nhi(identity)) {
                    return;
                }
                for (Credential credential : identity.credentials()) {
                    if (LifecycleRules.active(credential) && which.test(credential)) {
                        any = true;
                        judge.judge(identity, credential, outcomes);
                    }
                }
            }

            @Override
            public void finish(Outcomes outcomes) {
                if (!any) {
                    outcomes.noEvidence(noneReason);
                }
            }
        };
    }
}
