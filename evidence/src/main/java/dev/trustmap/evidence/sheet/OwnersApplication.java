package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.Timestamps;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the identity-owner sheet to imported identities. The sheet is the owners' word, so it overrides what
 * the importers found or inferred: a stated actor class replaces an inferred one, and non-empty owners, purpose,
 * system, environment and decommission date replace the identity's.
 */
public final class OwnersApplication {

    static final String STATED = "stated in the identity-owner sheet";
    private static final int SUGGESTIONS = 3;
    /** Suggestions are searched for this many unmatched rows; past that the inventory may simply be another one. */
    private static final int SUGGESTED_ROWS = 50;

    /**
     * What applying the sheet gave.
     *
     * @param identities every identity, in the order given, with the sheet's values applied
     * @param updated only the identities the sheet changed (for {@code InventoryBuilder.replace})
     * @param warnings rows naming no identity (with the closest ids), repeated rows, unusable values
     */
    public record Result(Map<String, Identity> identities, List<Identity> updated, List<InputProblem> warnings) {
    }

    private OwnersApplication() {
    }

    public static Result apply(Map<String, Identity> identities, List<IdentityOwner> owners) {
        Map<String, Identity> result = new LinkedHashMap<>(identities);
        Map<String, Identity> updated = new LinkedHashMap<>();
        List<InputProblem> warnings = new ArrayList<>();
        Set<String> applied = new HashSet<>();
        int unmatched = 0;
        for (IdentityOwner owner : owners) {
            String id = owner.identityId();
            SheetOrigin at = owner.origin();
            if (id == null) {
                continue;
            }
            Identity identity = result.get(id);
            if (identity == null) {
                List<String> nearest = ++unmatched > SUGGESTED_ROWS ? List.of()
                        : Nearest.to(id, identities.keySet(), SUGGESTIONS);
                warnings.add(new InputProblem(at.file(), at.cell("identity_id"), "identity_id '" + id
                        + "' matches no imported identity; the row was not applied.", nearest.isEmpty()
                        ? "Write the id exactly as the inventory has it, or import the file that lists it."
                        : "Did you mean " + String.join(" or ", nearest) + "?"));
                continue;
            }
            if (!applied.add(id)) {
                warnings.add(new InputProblem(at.file(), at.cell("identity_id"), "identity_id '" + id
                        + "' is listed again; only its first row was applied.", "Keep one row per identity."));
                continue;
            }
            Identity changed = override(identity, owner, warnings);
            if (!changed.equals(identity)) {
                result.put(id, changed);
                updated.put(id, changed);
            }
        }
        return new Result(result, List.copyOf(updated.values()), List.copyOf(warnings));
    }

    private static Identity override(Identity identity, IdentityOwner owner, List<InputProblem> warnings) {
        Identity.Builder builder = identity.toBuilder();
        SheetOrigin at = owner.origin();
        if (owner.actorClass() != null) {
            Optional<ActorClass> stated = ActorClass.fromKey(owner.actorClass());
            if (stated.isPresent()) {
                builder.actorClass(stated.get()).actorClassReason(STATED);
            } else {
                warnings.add(new InputProblem(at.file(), at.cell("actor_class"), "actor_class '"
                        + owner.actorClass() + "' is not an actor class; the identity keeps "
                        + (identity.actorClass() == null ? "no class" : identity.actorClass().key()) + ".",
                        "Write one of: " + String.join(", ", OwnersSheetKind.ACTOR_CLASSES) + "."));
            }
        }
        if (owner.technicalOwner() != null) {
            builder.technicalOwner(owner.technicalOwner());
        }
        if (owner.businessOwner() != null) {
            builder.businessOwner(owner.businessOwner());
        }
        if (owner.purpose() != null) {
            builder.purpose(owner.purpose());
        }
        if (owner.system() != null) {
            builder.system(owner.system());
        }
        if (owner.environment() != null) {
            builder.environment(owner.environment());
        }
        Instant decommission = decommission(owner, warnings);
        if (decommission != null) {
            builder.decommissionOn(decommission);
        }
        return builder.build();
    }

    private static Instant decommission(IdentityOwner owner, List<InputProblem> warnings) {
        try {
            return Timestamps.parse(owner.decommissionOn());
        } catch (DateTimeParseException e) {
            SheetOrigin at = owner.origin();
            warnings.add(new InputProblem(at.file(), at.cell("decommission_on"), "expected a date in decommission_on, "
                    + "found '" + owner.decommissionOn() + "'; it was not applied.", "Write it as 2026-03-31."));
            return null;
        }
    }
}
