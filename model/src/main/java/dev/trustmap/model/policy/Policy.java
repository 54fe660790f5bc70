package dev.trustmap.model.policy;

import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effective policy: default thresholds, overrides, how long each severity has to be fixed, and the pass rate
 * from which a control counts as partly met.
 *
 * @param sha256 the SHA-256 of the policy's canonical form, so a report can say exactly which policy judged it
 */
public record Policy(Map<PolicyKey, Long> defaults, List<PolicyOverride> overrides,
        Map<Severity, Integer> deadlineDays, int partialPassRatePercent, String sha256) {

    public Policy {
        // in the keys' declared order, the same in every process (Map.copyOf iterates differently in each)
        defaults = Collections.unmodifiableMap(new TreeMap<>(defaults));
        overrides = List.copyOf(overrides);
        deadlineDays = Collections.unmodifiableMap(new TreeMap<>(deadlineDays));
    }

    /** The threshold for an identity of this lane and class, and a credential of this kind (any may be null). */
    public long limit(PolicyKey key, Lane lane, ActorClass actorClass, CredentialKind kind) {
        return overrides.stream()
                .filter(o -> o.values().containsKey(key) && o.matches(lane, actorClass, kind))
                .max(Comparator.comparingInt(PolicyOverride::specificity))
                .map(o -> o.values().get(key))
                .orElseGet(() -> defaults.get(key));
    }

    /** The threshold with no selector: the default. */
    public long limit(PolicyKey key) {
        return defaults.get(key);
    }

    public int deadlineDays(Severity severity) {
        return deadlineDays.get(severity);
    }
}
