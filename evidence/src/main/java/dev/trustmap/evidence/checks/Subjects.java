package dev.trustmap.evidence.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import java.time.Duration;
import java.time.Instant;

/** Subjects and the small calculations most checks share. */
public final class Subjects {

    private Subjects() {
    }

    public static Subject of(Identity identity) {
        return new Subject(identity.id(), null, identity.lane() == null ? null : identity.lane().key(),
                owner(identity));
    }

    public static Subject of(Identity identity, Credential credential) {
        return new Subject(identity.id(), credential.id(), identity.lane() == null ? null : identity.lane().key(),
                owner(identity));
    }

    /** A subject that is not an identity: {@code kind:id}, e.g. {@code control:ACT-03}. */
    public static Subject other(String kind, String id, String owner) {
        return new Subject(kind + ":" + id, null, null, owner);
    }

    /** Who answers for an identity: its technical owner, else its business owner, else null. */
    public static String owner(Identity identity) {
        return identity.technicalOwner() != null ? identity.technicalOwner() : identity.businessOwner();
    }

    /** Whole days from {@code from} to {@code to} (negative when {@code to} is earlier). */
    public static long days(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }
}
