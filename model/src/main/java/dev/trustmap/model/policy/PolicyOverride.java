package dev.trustmap.model.policy;

import dev.trustmap.model.inventory.CredentialKind;
import dev.trustmap.model.vocabulary.ActorClass;
import dev.trustmap.model.vocabulary.Lane;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Thresholds that apply to part of the estate only. A null selector matches anything; a credential-kind override
 * is more specific than an actor-class one, which is more specific than a lane one.
 */
public record PolicyOverride(Lane lane, ActorClass actorClass, CredentialKind credentialKind,
        Map<PolicyKey, Long> values) {

    public PolicyOverride {
        values = Collections.unmodifiableMap(new TreeMap<>(values)); // in PolicyKey order, in every process
    }

    /** True when every selector set matches. */
    public boolean matches(Lane lane, ActorClass actorClass, CredentialKind kind) {
        return (this.lane == null || this.lane == lane)
                && (this.actorClass == null || this.actorClass == actorClass)
                && (this.credentialKind == null || this.credentialKind == kind);
    }

    /** Higher is more specific: credential kind 4, actor class 2, lane 1, summed. */
    public int specificity() {
        return (credentialKind != null ? 4 : 0) + (actorClass != null ? 2 : 0) + (lane != null ? 1 : 0);
    }
}
