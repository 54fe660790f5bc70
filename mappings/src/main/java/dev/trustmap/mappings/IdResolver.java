package dev.trustmap.mappings;

import dev.trustmap.model.catalog.Catalog;
import dev.trustmap.model.catalog.Control;
import dev.trustmap.model.catalog.Framework;
import dev.trustmap.model.catalog.FrameworkItem;
import dev.trustmap.model.catalog.IdAlias;
import dev.trustmap.model.catalog.WithdrawnItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the real item behind an id as people write it: official ids, qualified ids ({@code nist-csf-2.0:PR.AA-05}),
 * the known aliases each framework file declares ({@code NHI-03}), ids an earlier edition withdrew ({@code PR.AC-4}
 * to its CSF 2.0 successors) and exact titles. It never guesses silently: an id that only looks like one of ours
 * ({@code M4}, {@code AAI-3}) or that belongs to a framework trustmap does not carry ({@code A01:2025}) is not found,
 * and what it might mean is offered as a candidate with the reason it is only that.
 */
public final class IdResolver {

    /** How a query was resolved. */
    public enum Status {
        /** The query is an official id. */
        EXACT,
        /** The query is a known other way of writing an official id. */
        ALIAS,
        /** The query names an item an earlier edition withdrew; the matches are its successors. */
        SUPERSEDED,
        /** The query names an item an earlier edition withdrew without a successor. */
        WITHDRAWN,
        /** The query fits more than one item. */
        AMBIGUOUS,
        /** The query is an id of a framework trustmap does not carry; the candidates are only guesses. */
        FOREIGN,
        /** Nothing fits; see the candidates. */
        NOT_FOUND;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Why a match or candidate is offered: the id itself, a known alias, a successor, or only a candidate. */
    public enum Basis {
        EXACT,
        ALIAS,
        SUCCESSOR,
        CANDIDATE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A real item (or control, with framework {@code control}), how the query led to it, and on what basis. */
    public record Match(String framework, String id, String title, String via, Basis basis) {

        public String qualifiedId() {
            return framework + ":" + id;
        }
    }

    /**
     * The answer for one query.
     *
     * @param note what the answer means when there is no match (withdrawn, foreign, a guess), else null
     */
    public record Resolution(String query, Status status, List<Match> matches, List<Match> candidates, String note) {

        /** True when the query names one or more real items. */
        public boolean found() {
            return !matches.isEmpty();
        }
    }

    /** The pseudo-framework under which controls are reported. */
    public static final String CONTROL = "control";

    private static final int CANDIDATES = 5;

    private final Catalog catalog;

    public IdResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    public Resolution resolve(String rawQuery) {
        String query = rawQuery.strip();
        List<Framework> scope = catalog.frameworks();
        String local = query;
        boolean qualified = false;
        int colon = query.indexOf(':');
        if (colon > 0 && catalog.framework(query.substring(0, colon)).isPresent()) {
            scope = List.of(catalog.framework(query.substring(0, colon)).orElseThrow());
            local = query.substring(colon + 1);
            qualified = true;
        }
        Map<String, Match> found = new LinkedHashMap<>();
        List<Match> guesses = new ArrayList<>();
        Status best = Status.NOT_FOUND;
        String foreign = null;
        String withdrawnNote = null;
        if (!qualified) {
            for (Control control : catalog.controls()) {
                if (control.id().equalsIgnoreCase(local)) {
                    Status status = control.id().equals(local) ? Status.EXACT : Status.ALIAS;
                    found.put(CONTROL + ":" + control.id(), new Match(CONTROL, control.id(), control.title(),
                            status == Status.EXACT ? "control id" : "control id, written in another case",
                            status == Status.EXACT ? Basis.EXACT : Basis.ALIAS));
                    best = better(best, status);
                }
            }
        }
        String upper = local.toUpperCase(Locale.ROOT);
        for (Framework framework : scope) {
            for (FrameworkItem item : framework.items()) {
                if (item.id().equals(local)) {
                    found.put(item.qualifiedId(), match(item, "official id", Basis.EXACT));
                    best = better(best, Status.EXACT);
                } else if (item.id().equalsIgnoreCase(local)
                        || upper.equalsIgnoreCase(item.attributes().get("publishedId"))) {
                    found.put(item.qualifiedId(), match(item, "official id written as " + local, Basis.ALIAS));
                    best = better(best, Status.ALIAS);
                } else if (item.title() != null && item.title().equalsIgnoreCase(local)) {
                    found.put(item.qualifiedId(), match(item, "title", Basis.ALIAS));
                    best = better(best, Status.ALIAS);
                }
            }
            String lookup = upper;
            for (IdAlias alias : framework.aliases()) {
                String official = alias.apply(upper);
                if (official == null) {
                    continue;
                }
                if (alias.foreignFor(upper) != null) {
                    foreign = alias.foreignFor(upper);
                }
                var item = catalog.item(framework.id(), official);
                if (alias.guess()) {
                    if (item.isPresent()) {
                        guesses.add(match(item.get(), local + " is not an id of " + framework.name() + "; "
                                + official + " is " + alias.note(), Basis.CANDIDATE));
                    }
                    continue;
                }
                if (item.isPresent() && !found.containsKey(item.get().qualifiedId())) {
                    found.put(item.get().qualifiedId(), match(item.get(), local + " is written " + official,
                            Basis.ALIAS));
                    best = better(best, Status.ALIAS);
                }
                lookup = withdrawnOr(framework, official, lookup);
            }
            for (WithdrawnItem withdrawn : framework.withdrawn()) {
                if (withdrawn.id().equals(lookup) || lookup.equals(withdrawn.legacyId())) {
                    for (String successor : withdrawn.successors()) {
                        catalog.item(framework.id(), successor).ifPresent(item -> found.putIfAbsent(
                                item.qualifiedId(), match(item, "successor of withdrawn " + withdrawn.legacyId(),
                                        Basis.SUCCESSOR)));
                    }
                    if (withdrawn.successors().isEmpty()) {
                        withdrawnNote = withdrawn.legacyId() + " was withdrawn in " + framework.name() + " "
                                + framework.version() + " and has no successor.";
                    } else {
                        best = better(best, Status.SUPERSEDED);
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            Status status = found.size() > 1 && best != Status.SUPERSEDED ? Status.AMBIGUOUS : best;
            return new Resolution(query, status, List.copyOf(found.values()), List.of(), null);
        }
        if (withdrawnNote != null) {
            return new Resolution(query, Status.WITHDRAWN, List.of(), List.of(), withdrawnNote);
        }
        if (foreign != null) {
            return new Resolution(query, Status.FOREIGN, List.of(), List.copyOf(guesses), query + " is an id of "
                    + foreign + ", a framework trustmap does not carry; the candidates are guesses only.");
        }
        List<Match> candidates = new ArrayList<>(guesses);
        for (Match near : nearest(local, scope)) {
            if (candidates.size() < CANDIDATES
                    && candidates.stream().noneMatch(c -> c.qualifiedId().equals(near.qualifiedId()))) {
                candidates.add(near);
            }
        }
        String note = guesses.isEmpty() ? null
                : query + " is not an id of any framework trustmap carries; the candidates are guesses only.";
        return new Resolution(query, Status.NOT_FOUND, List.of(), List.copyOf(candidates), note);
    }

    /** When an alias produced a withdrawn id, continue with that id so the withdrawn lookup finds it. */
    private static String withdrawnOr(Framework framework, String official, String upper) {
        for (WithdrawnItem withdrawn : framework.withdrawn()) {
            if (withdrawn.id().equals(official)) {
                return official;
            }
        }
        return upper;
    }

    private static Status better(Status current, Status candidate) {
        if (current == Status.NOT_FOUND) {
            return candidate;
        }
        return candidate.ordinal() < current.ordinal() ? candidate : current;
    }

    private List<Match> nearest(String query, List<Framework> scope) {
        List<Match> all = new ArrayList<>();
        for (Framework framework : scope) {
            framework.items().forEach(item -> all.add(match(item, "nearest by spelling", Basis.CANDIDATE)));
        }
        for (Control control : catalog.controls()) {
            all.add(new Match(CONTROL, control.id(), control.title(), "nearest by spelling", Basis.CANDIDATE));
        }
        return Nearest.rank(query, all, Match::id, CANDIDATES);
    }

    private static Match match(FrameworkItem item, String via, Basis basis) {
        return new Match(item.framework(), item.id(), item.label(), via, basis);
    }
}
