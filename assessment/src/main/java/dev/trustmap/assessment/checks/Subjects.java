package dev.trustmap.assessment.checks;

import dev.trustmap.model.assessment.Subject;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.ExternalResult;
import dev.trustmap.model.inventory.Identity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Subjects and the small calculations most checks share. */
public final class Subjects {

    private Subjects() {
    }

    /** An identity, its evidence the sources that reported it ({@code reported by aws-credential-report}). */
    public static Subject of(Identity identity) {
        return new Subject(identity.id(), null, identity.lane() == null ? null : identity.lane().key(),
                owner(identity), Subject.IDENTITY, identity.sources().isEmpty() ? null
                        : "reported by " + String.join(", ", identity.sources()));
    }

    /** A credential of an identity, its evidence where the credential was read ({@code keys.csv line 7}). */
    public static Subject of(Identity identity, Credential credential) {
        return new Subject(identity.id(), credential.id(), identity.lane() == null ? null : identity.lane().key(),
                owner(identity), Subject.IDENTITY, credential.origin() == null ? null
                        : credential.origin().toString());
    }

    /** An identity as another tool's result names it, its evidence where the result was read. */
    public static Subject of(Identity identity, ExternalResult result) {
        return new Subject(identity.id(), null, identity.lane() == null ? null : identity.lane().key(),
                owner(identity), Subject.IDENTITY, result.origin() == null ? result.tool()
                        : result.tool() + ": " + result.origin());
    }

    /** A subject that is not an identity: {@code kind:id}, e.g. {@code control:ACT-03}. */
    public static Subject other(String kind, String id, String owner) {
        return new Subject(kind + ":" + id, null, null, owner, kind, null);
    }

    /** Who answers for an identity: its technical owner, else its business owner, else null. */
    public static String owner(Identity identity) {
        return identity.technicalOwner() != null ? identity.technicalOwner() : identity.businessOwner();
    }

    /** The distinct values a field lists, split on ; or , and compared case-insensitively, first spelling kept. */
    public static List<String> values(String field) {
        Map<String, String> distinct = new LinkedHashMap<>();
        if (field != null) {
            for (String part : field.split("[;,]")) {
                String value = part.strip();
                if (!value.isEmpty()) {
                    distinct.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /** Up to {@code shown} items joined with ", ", then "and N more". */
    public static String listed(Collection<String> items, int shown) {
        List<String> all = new ArrayList<>(items);
        String head = String.join(", ", all.subList(0, Math.min(shown, all.size())));
        return all.size() > shown ? head + " and " + (all.size() - shown) + " more" : head;
    }

    /** A fingerprint compared across sources: hex digits may come in either case. */
    public static String fingerprintKey(Credential credential) {
        return credential.fingerprint().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * When a problem that begins {@code after} the {@code start} of something began, for a failure's
     * {@code since}: null when the start is unknown or the moment is still to come (a credential issued with too long
     * a lifetime is a problem found now, not one that began at a date in the future).
     */
    public static Instant since(Instant start, Duration after, Instant asOf) {
        if (start == null) {
            return null;
        }
        Instant began = start.plus(after);
        return began.isAfter(asOf) ? null : began;
    }

    /** Whole days from {@code from} to {@code to} (negative when {@code to} is earlier). */
    public static long days(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }
}
