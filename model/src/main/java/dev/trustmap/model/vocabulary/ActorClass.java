package dev.trustmap.model.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** What kind of actor an identity stands for; the class decides the lane. */
public enum ActorClass {
    WORKLOAD(Lane.MACHINE),
    PIPELINE(Lane.MACHINE),
    INTEGRATION(Lane.MACHINE),
    THIRD_PARTY(Lane.MACHINE),
    AI_AGENT(Lane.AI),
    AI_ORCHESTRATOR(Lane.AI),
    AI_ASSISTANT(Lane.AI),
    HUMAN(Lane.HUMAN);

    private final Lane lane;

    ActorClass(Lane lane) {
        this.lane = lane;
    }

    public Lane lane() {
        return lane;
    }

    /** Computed once: reports ask for it for every finding. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The snake-case name used in files and outputs, e.g. {@code third_party}. */
    public String key() {
        return key;
    }

    public static Optional<ActorClass> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normalised = key.trim().replace('-', '_').replace(' ', '_');
        for (ActorClass actorClass : values()) {
            if (actorClass.key().equalsIgnoreCase(normalised)) {
                return Optional.of(actorClass);
            }
        }
        return Optional.empty();
    }
}
