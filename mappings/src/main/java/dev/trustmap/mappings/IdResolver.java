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
 * the aliases each framework file declares ({@code NHI-03}, {@code A-03}, {@code M4}), ids an earlier edition
 * withdrew ({@code PR.AC-4} to its CSF 2.0 successors) and exact titles. Anything else gets an honest "not found"
 * with the nearest real ids.
 */
public final class IdResolver {

    /** How a query was resolved. */
    public enum Status {
        /** The query is an official id. */
        EXACT,
        /** The query is another way of writing an official id. */
        ALIAS,
        /** The query names an item an earlier edition withdrew; the matches are its successors. */
        SUPERSEDED,
        /** The query fits more than one item. */
        AMBIGUOUS,
        /** Nothing fits; see the candidates. */
        NOT_FOUND;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A real item (or control, with framework {@code control}) and how the query led to it. */
    public record Match(String framework, String id, String title, String via) {

        public String qualifiedId() {
            return framework + ":" + id;
        }
    }

    /** The answer for one query. */
    public record Resolution(String query, Status status, List<Match> matches, List<Match> candidates) {

        public boolean found() {
            return status != Status.NOT_FOUND;
        }
    }

    /** The pseudo-framework under which controls are reported. */
    public static final String CONTROL = "control";

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
        Status best = Status.NOT_FOUND;
        if (!qualified) {
            for (Control control : catalog.controls()) {
                if (control.id().equalsIgnoreCase(local)) {
                    Status status = control.id().equals(local) ? Status.EXACT : Status.ALIAS;
                    found.put(CONTROL + ":" + control.id(), new Match(CONTROL, control.id(), control.title(),
                            status == Status.EXACT ? "control id" : "control id, written in another case"));
                    best = better(best, status);
                }
            }
        }
        String upper = local.toUpperCase(Locale.ROOT);
        for (Framework framework : scope) {
            for (FrameworkItem item : framework.items()) {
                if (item.id().equals(local)) {
                    found.put(item.qualifiedId(), match(item, "official id"));
                    best = better(best, Status.EXACT);
                } else if (item.id().equalsIgnoreCase(local)
                        || upper.equalsIgnoreCase(item.attributes().get("publishedId"))) {
                    found.put(item.qualifiedId(), match(item, "official id written as " + local));
                    best = better(best, Status.ALIAS);
                } else if (item.title() != null && item.title().equalsIgnoreCase(local)) {
                    found.put(item.qualifiedId(), match(item, "title"));
                    best = better(best, Status.ALIAS);
                }
            }
            for (IdAlias alias : framework.aliases()) {
                String official = alias.apply(upper);
                if (official == null) {
                    continue;
                }
                var item = catalog.item(framework.id(), official);
                if (item.isPresent() && !found.containsKey(item.get().qualifiedId())) {
                    found.put(item.get().qualifiedId(), match(item.get(), local + " is written " + official));
                    best = better(best, Status.ALIAS);
                }
                upper = withdrawnOr(framework, official, upper);
            }
            for (WithdrawnItem withdrawn : framework.withdrawn()) {
                if (withdrawn.id().equals(upper) || upper.equals(withdrawn.legacyId())) {
                    for (String successor : withdrawn.successors()) {
                        catalog.item(framework.id(), successor).ifPresent(item -> found.putIfAbsent(
                                item.qualifiedId(), match(item, "successor of withdrawn " + withdrawn.legacyId())));
                    }
                    best = better(best, Status.SUPERSEDED);
                }
            }
        }
        if (found.isEmpty()) {
            return new Resolution(query, Status.NOT_FOUND, List.of(), candidates(local, scope));
        }
        Status status = found.size() > 1 && best != Status.SUPERSEDED ? Status.AMBIGUOUS : best;
        return new Resolution(query, status, List.copyOf(found.values()), List.of());
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

    private List<Match> candidates(String query, List<Framework> scope) {
        List<Match> all = new ArrayList<>();
        for (Framework framework : scope) {
            framework.items().forEach(item -> all.add(match(item, "nearest by spelling")));
        }
        for (Control control : catalog.controls()) {
            all.add(new Match(CONTROL, control.id(), control.title(), "nearest by spelling"));
        }
        return Nearest.rank(query, all, Match::id, 5);
    }

    private static Match match(FrameworkItem item, String via) {
        return new Match(item.framework(), item.id(), item.label(), via);
    }
}
