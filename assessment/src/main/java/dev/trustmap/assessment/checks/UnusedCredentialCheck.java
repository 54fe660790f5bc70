package dev.trustmap.assessment.checks;

import dev.trustmap.evidence.Importers;
import dev.trustmap.evidence.format.Shows;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.policy.PolicyKey;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RVK-01: unused credentials revoked after the allowed idle period.
 *
 * <p>Population: every active credential of an NHI except federated ones, platform-managed ones included. Its last
 * activity is its last use, or its creation when no use is recorded. Passes when the whole days from that to the
 * as-of instant are at most {@code unused-days}; reports "unused for 212 days" (or "no recorded use, created 212 days
 * ago") against "90 days". A credential with neither date is not assessed, and so is one without a last use read
 * from a format that never records last use ({@link Shows#LAST_USE_NOT_RECORDED}: Anthropic's keys, IAM
 * service-specific credentials): its use is "not recorded", not "none".
 */
public final class UnusedCredentialCheck implements Check {

    private static final List<String> SILENT_ON_USE = Importers.all().showing(Shows.LAST_USE_NOT_RECORDED);

    @Override
    public String controlId() {
        return "RVK-01";
    }

    @Override
    public Judgement start(CheckContext context) {
        // The input files read by a format that never records last use, with that format's key.
        Map<String, String> silentFiles = context.inventory().sources().stream()
                .filter(s -> s.source() != null && SILENT_ON_USE.contains(s.source().strip().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toMap(s -> s.file(), s -> s.source(), (a, b) -> a));
        // A federation trust is not a credential that sits idle; its use shows on the identity.
        return Populations.activeCredentials(c -> c.kind() != CredentialKind.FEDERATED,
                "no active credentials in the inputs", (identity, credential, outcomes) -> judge(context, outcomes,
                        identity, credential, silentFiles));
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity, Credential credential,
            Map<String, String> silentFiles) {
        boolean used = credential.lastUsedAt() != null;
        String silent = used || credential.origin() == null ? null : silentFiles.get(credential.origin().file());
        if (silent != null) {
            outcomes.notAssessed(Subjects.of(identity, credential), "last use not recorded (" + silent
                    + " keeps none)");
            return;
        }
        if (!used && credential.createdAt() == null) {
            outcomes.notAssessed(Subjects.of(identity, credential), "no last use or creation date");
            return;
        }
        long idle = Subjects.days(used ? credential.lastUsedAt() : credential.createdAt(), context.asOf());
        long limit = context.policy().limit(PolicyKey.UNUSED_DAYS, identity.lane(), identity.actorClass(),
                credential.kind());
        if (idle > limit) {
            outcomes.fail(Subjects.of(identity, credential), null,
                    used ? "unused for " + LifecycleRules.days(idle)
                            : "no recorded use, created " + LifecycleRules.days(idle) + " ago",
                    LifecycleRules.days(limit),
                    "Revoke the credential; issue a new one only if a consumer turns out to need it.",
                    (used ? credential.lastUsedAt() : credential.createdAt()).plus(Duration.ofDays(limit)));
        } else {
            outcomes.pass(Subjects.of(identity, credential));
        }
    }
}
