package dev.trustmap.mappings;

import dev.trustmap.model.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean ...?" for a mistyped id, the one rule every such message follows (control ids, identity ids): the
 * candidates within a small edit distance (Levenshtein, case-insensitive), closest first. The distance is cut off
 * early, so checking against a large inventory stays quick.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * Up to {@code limit} candidates at the smallest edit distance from {@code target} found (within a third of
     * its length, at least 2), in alphabetical order; empty when none is that close.
     */
    public static List<String> to(String target, Collection<String> candidates, int limit) {
        Search search = new Search(target);
        candidates.forEach(search::offer);
        return search.closest(limit);
    }

    /**
     * The same search fed one candidate at a time, so that the candidates can stream past (a large import's ids
     * are read back from a temporary file) and several targets can share one walk over them. Offering the
     * candidates in the same order gives the same answer as {@link Suggestions#to}.
     */
    public static final class Search {

        private record Scored(String id, int distance) {
        }

        private final String wanted;
        private final List<Scored> close = new ArrayList<>();
        private int max;

        public Search(String target) {
            this.wanted = target.toLowerCase(Locale.ROOT);
            this.max = Math.max(2, wanted.length() / 3);
        }

        public void offer(String candidate) {
            int d = EditDistance.between(wanted, candidate.toLowerCase(Locale.ROOT), max);
            if (d <= max) {
                close.add(new Scored(candidate, d));
                max = d; // only the closest are kept, so farther ones need not be measured exactly
            }
        }

        /** Up to {@code limit} of the closest candidates offered, in alphabetical order. */
        public List<String> closest(int limit) {
            int best = close.stream().mapToInt(Scored::distance).min().orElse(0);
            return close.stream().filter(s -> s.distance() == best).map(Scored::id).sorted().limit(limit).toList();
        }
    }
}
