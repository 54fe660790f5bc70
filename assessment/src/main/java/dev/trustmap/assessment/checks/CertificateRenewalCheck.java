package dev.trustmap.assessment.checks;

import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.vocabulary.Severity;
import java.time.Duration;

/**
 * LFC-06: certificates renewed before they expire.
 *
 * <p>Population: every active certificate of an NHI, platform-managed ones included. Passes when more than
 * {@code certificate-renewal-warning-days} whole days are left before its expiry; fails at the control's severity
 * when that many or fewer are left ("expires in 12 days", so exactly 30 days left fails), and at high severity
 * once it has expired ("expired 40 days ago"), against "30 days". A certificate without an expiry date is not
 * assessed.
 */
public final class CertificateRenewalCheck implements Check {

    @Override
    public String controlId() {
        return "LFC-06";
    }

    @Override
    public Judgement start(CheckContext context) {
        return Populations.activeCredentials(c -> c.kind() == CredentialKind.CERTIFICATE,
                "no certificates in the inputs", (identity, credential, outcomes) -> judge(context,
                        outcomes, identity, credential));
    }

    private static void judge(CheckContext context, Outcomes outcomes, Identity identity, Credential credential) {
        if (credential.expiresAt() == null) {
            outcomes.notAssessed(Subjects.of(identity, credential), "no expiry date");
            return;
        }
        long warning = context.policy().limit(PolicyKey.CERTIFICATE_RENEWAL_WARNING_DAYS, identity.lane(),
                identity.actorClass(), credential.kind());
        String limit = LifecycleRules.days(warning);
        if (credential.expiresAt().isBefore(context.asOf())) {
            // Whatever relied on it is failing now: worse than a renewal running late.
            long ago = Subjects.days(credential.expiresAt(), context.asOf());
            outcomes.fail(Subjects.of(identity, credential), Severity.HIGH,
                    ago == 0 ? "expired today" : "expired " + LifecycleRules.days(ago) + " ago", limit,
                    "Issue a replacement certificate now, deploy it and automate its renewal.", credential.expiresAt());
            return;
        }
        // The warning is a lead time: a certificate with exactly that many days left is already due.
        long left = Subjects.days(context.asOf(), credential.expiresAt());
        if (left <= warning) {
            // due for renewal since the warning's lead time began
            outcomes.fail(Subjects.of(identity, credential), null,
                    left == 0 ? "expires today" : "expires in " + LifecycleRules.days(left), limit,
                    "Renew the certificate and deploy it before it expires.",
                    credential.expiresAt().minus(Duration.ofDays(warning)));
        } else {
            outcomes.pass(Subjects.of(identity, credential));
        }
    }
}
