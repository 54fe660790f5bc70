package dev.trustmap.assessment.policy;

import dev.trustmap.model.policy.Policy;
import dev.trustmap.model.policy.PolicyKey;
import dev.trustmap.model.policy.PolicyOverride;
import dev.trustmap.model.vocabulary.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the effective policy as YAML in the shape of default-policy.yaml, always in the same order and layout:
 * limits in {@link PolicyKey} order, each with the control it drives; overrides in their order, selectors first;
 * deadlines critical to low. This text is what {@code trustmap policy show} prints and what {@link #sha256} hashes,
 * so one effective policy has one digest however its file was formatted.
 */
public final class PolicyWriter {

    private PolicyWriter() {
    }

    /** The policy as YAML (LF line ends, ending in a newline). {@link Policy#sha256()} is not part of it. */
    public static String yaml(Policy policy) {
        StringBuilder out = new StringBuilder();
        out.append("# trustmap policy in effect: the defaults with your file laid over them.\n");
        out.append("# 'trustmap assess --policy policy.yaml' reads this shape; leave out what you do not change.\n");
        out.append("kind: policy\n");
        out.append("version: 1\n");
        out.append('\n');
        out.append("limits:\n");
        List<String[]> limits = new ArrayList<>();
        for (PolicyKey key : PolicyKey.values()) {
            Long value = policy.defaults().get(key);
            if (value != null) {
                limits.add(new String[] {"  " + key.key() + ": " + value, key.control() + ": " + key.meaning()});
            }
        }
        int width = limits.stream().mapToInt(l -> l[0].length()).max().orElse(0) + 2;
        for (String[] limit : limits) {
            out.append(limit[0]).append(" ".repeat(width - limit[0].length())).append("# ").append(limit[1])
                    .append('\n');
        }
        out.append('\n');
        out.append("# Selectors: lane (machine|ai), actor-class, credential-kind. The most specific override wins:\n");
        out.append("# credential-kind over actor-class over lane.\n");
        if (policy.overrides().isEmpty()) {
            out.append("overrides: []\n");
        } else {
            out.append("overrides:\n");
            for (PolicyOverride override : policy.overrides()) {
                List<String> lines = new ArrayList<>();
                if (override.lane() != null) {
                    lines.add(PolicyReader.LANE + ": " + override.lane().key());
                }
                if (override.actorClass() != null) {
                    lines.add(PolicyReader.ACTOR_CLASS + ": " + override.actorClass().key());
                }
                if (override.credentialKind() != null) {
                    lines.add(PolicyReader.CREDENTIAL_KIND + ": " + override.credentialKind().key());
                }
                for (PolicyKey key : PolicyKey.values()) {
                    Long value = override.values().get(key);
                    if (value != null) {
                        lines.add(key.key() + ": " + value);
                    }
                }
                for (int i = 0; i < lines.size(); i++) {
                    out.append(i == 0 ? "  - " : "    ").append(lines.get(i)).append('\n');
                }
            }
        }
        out.append('\n');
        out.append("# Days to fix a finding, by severity: its due date is the as-of date plus this.\n");
        out.append("deadlines:\n");
        for (Severity severity : Severity.values()) {
            Integer days = policy.deadlineDays().get(severity);
            if (days != null) {
                out.append("  ").append(severity.key()).append(": ").append(days).append('\n');
            }
        }
        out.append('\n');
        out.append("# A control with open failures is 'partial' when at least this share of its population passes,\n"
                + "# else 'not_met'.\n");
        out.append(PolicyReader.PARTIAL).append(": ").append(policy.partialPassRatePercent()).append('\n');
        return out.toString();
    }

    /** SHA-256 (lower-case hex) of {@link #yaml(Policy)} in UTF-8: the policy's digest. */
    public static String sha256(Policy policy) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(yaml(policy).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
