package dev.trustmap.evidence.sheet;

import dev.trustmap.evidence.format.Timestamps;
import dev.trustmap.mappings.Suggestions;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.vocabulary.ActorClass;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the identity-owner sheet to imported identities. The sheet is the owners' word, so it overrides what
 * the importers found or inferred: a stated actor class replaces an inferred one, and non-empty owners, purpose,
 * system, environment and decommission date replace the identity's.
 *
 * <p>The identities are handed over one at a time as the import merges them ({@link #apply(Identity)}), so a
 * large inventory never has to be held to apply a sheet; only the sheet's rows are. Which rows named no identity
 * is known once every identity has passed, so the warnings are asked for afterwards ({@link #warnings}), in the
 * order of the sheet's rows.
 */
public final class OwnersApplication {

    static final String STATED = "stated in the identity-owner sheet";
    private static final int SUGGESTIONS = 3;
    /** Suggestions are searched for this many unmatched rows; past that the inventory may simply be another one. */
    private static final int SUGGESTED_ROWS = 50;

    /**
     * What applying the sheet to a whole map of identities gave.
     *
     * @param identities every identity, in the order given, with the sheet's values applied
     * @param updated only the identities the sheet changed
     * @param warnings rows naming no identity (with the closest ids), repeated rows, unusable values
     */
    public record Result(Map<String, Identity> identities, List<Identity> updated, List<InputProblem> warnings) {
    }

    private final List<IdentityOwner> rows;
    /** The first row naming each id: only that row is applied, later ones are reported as repeats. */
    private final Map<String, Integer> firstRow = new HashMap<>();
    /** Whether the identity a first row names was met, by row position. */
    private final boolean[] matched;
    /** Unusable values met while applying, by row position; few, as most rows are clean. */
    private final Map<Integer, List<InputProblem>> valueWarnings = new HashMap<>();
    private int updated;
    /** The searches for ids no identity has, by id; made once every identity has been handed over. */
    private Map<String, Suggestions.Search> searches;

    public OwnersApplication(List<IdentityOwner> rows) {
        this.rows = List.copyOf(rows);
        this.matched = new boolean[this.rows.size()];
        for (int i = 0; i < this.rows.size(); i++) {
            String id = this.rows.get(i).identityId();
            if (id != null) {
                firstRow.putIfAbsent(id, i);
            }
        }
    }

    /** Applies the sheet to the whole map at once, for callers that hold every identity anyway. */
    public static Result apply(Map<String, Identity> identities, List<IdentityOwner> owners) {
        OwnersApplication application = new OwnersApplication(owners);
        Map<String, Identity> result = new LinkedHashMap<>();
        List<Identity> updated = new ArrayList<>();
        for (Identity identity : identities.values()) {
            Identity changed = application.apply(identity);
            result.put(identity.id(), changed);
            if (changed != identity) {
                updated.add(changed);
            }
        }
        for (Suggestions.Search search : application.searches()) {
            identities.keySet().forEach(search::offer);
        }
        return new Result(result, List.copyOf(updated), application.warnings());
    }

    /**
     * The identity with the sheet's first row for its id applied, or the same instance when the sheet has no row
     * for it or its row changes nothing. Each identity is to be handed over once.
     */
    public Identity apply(Identity identity) {
        Integer row = firstRow.get(identity.id());
        if (row == null) {
            return identity;
        }
        matched[row] = true;
        List<InputProblem> problems = new ArrayList<>(0);
        Identity changed = override(identity, rows.get(row), problems);
        if (!problems.isEmpty()) {
            valueWarnings.put(row, problems);
        }
        if (changed.equals(identity)) {
            return identity;
        }
        updated++;
        return changed;
    }

    /** How many identities the sheet changed so far. */
    public int updated() {
        return updated;
    }

    /**
     * One search per id of a row that named no identity and gets suggestions, once every identity has been handed
     * over. Every imported id is to be offered to each, in id order, before {@link #warnings()} is asked for: one
     * walk over the inventory then serves every sheet. Empty when every row matched.
     */
    public Collection<Suggestions.Search> searches() {
        if (searches == null) {
            searches = new LinkedHashMap<>();
            int unmatched = 0;
            for (int i = 0; i < rows.size() && unmatched < SUGGESTED_ROWS; i++) {
                String id = rows.get(i).identityId();
                if (id != null && !matched[firstRow.get(id)]) {
                    unmatched++;
                    searches.computeIfAbsent(id, Suggestions.Search::new);
                }
            }
        }
        return searches.values();
    }

    /** The sheet's warnings in the order of its rows, once every identity has been handed over. */
    public List<InputProblem> warnings() {
        searches();
        List<InputProblem> warnings = new ArrayList<>();
        int unmatched = 0;
        for (int i = 0; i < rows.size(); i++) {
            IdentityOwner owner = rows.get(i);
            String id = owner.identityId();
            SheetOrigin at = owner.origin();
            if (id == null) {
                continue;
            }
            int first = firstRow.get(id);
            if (!matched[first]) {
                List<String> nearest = ++unmatched > SUGGESTED_ROWS ? List.of()
                        : searches.get(id).closest(SUGGESTIONS);
                warnings.add(new InputProblem(at.file(), at.cell("identity_id"), "identity_id '" + id
                        + "' matches no imported identity; the row was not applied.", nearest.isEmpty()
                        ? "Write the id exactly as the inventory has it, or import the file that lists it."
                        : "Did you mean " + String.join(" or ", nearest) + "?"));
            } else if (first != i) {
                warnings.add(new InputProblem(at.file(), at.cell("identity_id"), "identity_id '" + id
                        + "' is listed again; only its first row was applied.", "Keep one row per identity."));
            } else {
                warnings.addAll(valueWarnings.getOrDefault(i, List.of()));
            }
        }
        return List.copyOf(warnings);
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
