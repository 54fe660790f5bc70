package dev.trustmap.evidence.review;

import dev.trustmap.mappings.Suggestions;
import dev.trustmap.model.collection.ReplayedList;
import dev.trustmap.model.inventory.Identity;
import dev.trustmap.model.inventory.Inventory;
import dev.trustmap.model.problem.InputProblem;
import dev.trustmap.model.review.Decommission;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decommission dates of a review's list, applied to the identities before the checks run, so that RVK-02 fails
 * an identity from its date while it still holds an active credential. A date is read as the owners workbook reads
 * its {@code decommission_on} (the start of that day, UTC), and where the identity already has a date the earlier
 * one stays: a decommission date promised in a review is a deadline and does not move. A listed id that no identity
 * has is an import warning, with the closest ids.
 */
public final class DecommissionDates {

    private static final int SUGGESTIONS = 3;
    /** Suggestions are searched for this many unknown ids; past that the list is likely another estate's. */
    private static final int SUGGESTED_ROWS = 50;

    /** The earliest date listed for each id, the first row naming it kept for messages. */
    private final Map<String, Decommission> byId = new LinkedHashMap<>();

    private DecommissionDates(List<Decommission> rows) {
        for (Decommission row : rows) {
            byId.merge(row.identityId(), row, (first, again) -> again.on().isBefore(first.on())
                    ? new Decommission(first.identityId(), first.identityName(), again.on(), first.owner(),
                            first.answeredBy(), first.reason(), first.source(), first.file(), first.line())
                    : first);
        }
    }

    /** The dates of every list given, in order; none given changes nothing. */
    public static DecommissionDates of(List<Decommission> rows) {
        return new DecommissionDates(rows == null ? List.of() : rows);
    }

    /** The instant a listed date means: the start of that day in UTC, as {@code Timestamps} reads a bare date. */
    public static Instant instant(Decommission row) {
        return row.on().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The inventory with each listed identity's decommission date set (the earlier of the two when it had one), and
     * a warning for each listed id no identity has. A replayed list stays replayed: the ids are walked once to find
     * the unknown ones, and each identity is changed as it is walked afterwards.
     */
    public Inventory apply(Inventory inventory) {
        if (byId.isEmpty()) {
            return inventory;
        }
        List<Identity> source = inventory.identities();
        Set<String> known = new HashSet<>();
        for (Identity identity : source) {
            if (byId.containsKey(identity.id())) {
                known.add(identity.id());
            }
        }
        List<InputProblem> warnings = new ArrayList<>(inventory.warnings());
        warnings.addAll(unknown(known, source));
        List<Identity> identities = ReplayedList.mapped(source, this::apply);
        return new Inventory(inventory.asOf(), inventory.sources(), identities, inventory.leaks(), warnings);
    }

    private Identity apply(Identity identity) {
        Decommission row = byId.get(identity.id());
        if (row == null) {
            return identity;
        }
        Instant listed = instant(row);
        Instant current = identity.decommissionOn();
        if (current != null && !listed.isBefore(current)) {
            return identity;
        }
        return identity.toBuilder().decommissionOn(listed).build();
    }

    /** One warning per listed id no identity has, in list order, with the closest ids for the first of them. */
    private List<InputProblem> unknown(Set<String> known, List<Identity> identities) {
        List<Decommission> missing = byId.values().stream().filter(d -> !known.contains(d.identityId())).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        Map<String, Suggestions.Search> searches = new LinkedHashMap<>();
        missing.stream().limit(SUGGESTED_ROWS).forEach(d -> searches.put(d.identityId(),
                new Suggestions.Search(d.identityId())));
        for (Identity identity : identities) {
            searches.values().forEach(search -> search.offer(identity.id()));
        }
        List<InputProblem> warnings = new ArrayList<>();
        for (Decommission row : missing) {
            Suggestions.Search search = searches.get(row.identityId());
            List<String> nearest = search == null ? List.of() : search.closest(SUGGESTIONS);
            warnings.add(new InputProblem(row.file(), "line " + row.line(), "identity_id '" + row.identityId()
                    + "' matches no imported identity; its decommission date " + row.on() + " was not applied.",
                    nearest.isEmpty() ? "Write the id exactly as the inventory has it, or import the file that"
                            + " lists it." : "Did you mean " + String.join(" or ", nearest) + "?"));
        }
        return warnings;
    }
}
