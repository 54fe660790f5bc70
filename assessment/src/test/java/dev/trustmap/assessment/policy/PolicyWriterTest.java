package dev.trustmap.assessment.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.policy.PolicyOverride;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyWriterTest {

    @Test
    void defaultsInTheDefaultShape() {
        assertThat(PolicyWriter.yaml(PolicyReader.defaults())).isEqualTo("""
                # trustmap policy in effect: the defaults with your file laid over them.
                # 'trustmap assess --policy policy.yaml' reads this shape; leave out what you do not change.
                kind: policy
                version: 1

                limits:
                  static-secret-max-age-days: 90        # LFC-01: rotate a static secret within this many days
                  credential-max-lifetime-days: 365     # LFC-02: longest lifetime, expiry minus creation
                  ai-max-ttl-seconds: 3600              # LFC-03: longest lifetime of an AI-lane credential
                  unused-days: 90                       # RVK-01: unused after this many days without use
                  certificate-renewal-warning-days: 30  # LFC-06: renew a certificate expiring within this many days
                  delegation-max-hours: 24              # DLG-01: longest on-behalf-of delegation
                  owner-departure-grace-days: 14        # RVK-03: reassign or revoke after the owner leaves
                  leaked-secret-deadline-days: 1        # RVK-04: revoke a leaked secret after detection
                  exception-max-days: 365               # RVK-05: longest exception, approval to expiry

                # Selectors: lane (machine|ai), actor-class, credential-kind. The most specific override wins:
                # credential-kind over actor-class over lane.
                overrides:
                  - lane: ai
                    static-secret-max-age-days: 30
                  - credential-kind: certificate
                    credential-max-lifetime-days: 398

                # Days to fix a finding, by severity: its due date is the as-of date plus this.
                deadlines:
                  critical: 7
                  high: 30
                  medium: 90
                  low: 180

                # A control with open failures is 'partial' when at least this share of its population passes,
                # else 'not_met'.
                partial-pass-rate-percent: 80
                """);
    }

    @Test
    void overridesWriteSelectorsFirstThenLimitsInKeyOrderAndReadBackTheSame() {
        Policy defaults = PolicyReader.defaults();
        Policy policy = PolicyReader.withDigest(new Policy(defaults.defaults(), List.of(
                new PolicyOverride(Lane.AI, ActorClass.AI_AGENT, CredentialKind.API_KEY,
                        Map.of(PolicyKey.UNUSED_DAYS, 7L, PolicyKey.STATIC_SECRET_MAX_AGE_DAYS, 14L))),
                defaults.deadlineDays(), 75, ""));

        String yaml = PolicyWriter.yaml(policy);

        assertThat(yaml).contains("""
                overrides:
                  - lane: ai
                    actor-class: ai_agent
                    credential-kind: api_key
                    static-secret-max-age-days: 14
                    unused-days: 7
                """).contains("partial-pass-rate-percent: 75\n");
        assertThat(PolicyReader.read("shown.yaml", yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo(policy);
    }

    @Test
    void noOverridesIsWrittenAsAnEmptyListSoItReadsBackAsNone() {
        Policy defaults = PolicyReader.defaults();
        Policy none = PolicyReader.withDigest(new Policy(defaults.defaults(), List.of(), defaults.deadlineDays(),
                80, ""));

        String yaml = PolicyWriter.yaml(none);

        assertThat(yaml).contains("\noverrides: []\n");
        assertThat(PolicyReader.read("shown.yaml", yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo(none);
        assertThat(none.sha256()).isNotEqualTo(defaults.sha256());
    }

    @Test
    void digestIgnoresTheSha256FieldItself() {
        Policy defaults = PolicyReader.defaults();
        Policy relabelled = new Policy(defaults.defaults(), defaults.overrides(), defaults.deadlineDays(),
                defaults.partialPassRatePercent(), "anything");

        assertThat(PolicyWriter.sha256(relabelled)).isEqualTo(defaults.sha256());
    }
}
