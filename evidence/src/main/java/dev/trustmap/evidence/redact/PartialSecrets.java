package dev.trustmap.evidence.redact;

import java.util.Set;

/**
 * Members that show part of a key, as admin APIs print it so a person can tell keys apart: OpenAI's
 * {@code redacted_value} ({@code sk-abc...def}), Anthropic's {@code partial_key_hint}. Not the key, but characters of
 * it, and nothing trustmap needs: the evidence pack keeps a bare marker in their place, without a fingerprint (that
 * of a part would match nothing).
 */
public final class PartialSecrets implements SecretRule {

    private final Set<String> members;

    /** @param members the names of the members that hold part of a key */
    public PartialSecrets(String... members) {
        this.members = Set.of(members);
    }

    @Override
    public String replace(Place place, String value) {
        return place.member() != null && members.contains(place.member()) ? Markers.withoutFingerprint(value) : null;
    }
}
