package dev.trustmap.assessment.checks;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RVK-02: decommissioned or disabled identities hold no active credential.
 *
 * <p>Population: NHIs whose status is known or that have a decommission date. An identity is retired when its
 * status is disabled or decommissioned, or its decommission date is on or before the as-of instant. Passes when it
 * is not retired or holds no active credential; otherwise reports "disabled, 2 active credentials" or
 * "decommissioned on 2026-08-01, 1 active credential" against "no active credential".
 */
public final class DecommissionedIdentityCheck implements Check {

    @Override
    public String controlId() {
        return "RVK-02";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.identities(
                i -> LifecycleRules.nhi(i) && (i.status() != null || i.decommissionOn() != null),
                "no identity status or decommission dates in the inputs", (identity, outcomes) -> {
                    List<String> retired = new ArrayList<>();
                    String status = identity.status() == null ? "" : identity.status().trim().toLowerCase(Locale.ROOT);
                    boolean past = identity.decommissionOn() != null
                            && !identity.decommissionOn().isAfter(context.asOf());
                    if (status.equals("disabled") || (status.equals("decommissioned") && !past)) {
                        retired.add(status);
                    }
                    if (past) {
                        retired.add("decommissioned on "
                                + identity.decommissionOn().atOffset(ZoneOffset.UTC).toLocalDate());
                    }
                    // Every kind counts, platform-managed and federated too: any of them still lets the identity act.
                    long active = identity.credentials().stream().filter(LifecycleRules::active).count();
                    if (retired.isEmpty() || active == 0) {
                        outcomes.pass(Subjects.of(identity));
                    } else {
                        outcomes.fail(Subjects.of(identity), null,
                                String.join(", ", retired) + ", " + LifecycleRules.count(active, "active credential"),
                                "no active credential",
                                "Revoke every credential of the retired identity, or restore it with its owner's"
                                        + " sign-off.", past ? identity.decommissionOn() : null);
                    }
                });
    }
}
