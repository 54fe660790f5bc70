package dev.trustmap.evidence.sheet;

import dev.trustmap.model.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Suggestions for a mistyped id: the candidates within a small edit distance (Levenshtein, case-insensitive),
 * closest first. The distance is cut off early, so checking against a large inventory stays quick.
 */
public final class Nearest {

    private Nearest() {
    }

    /**
     * Up to {@code limit} candidates at the smallest edit distance from {@code target} found (within a third of
     * its length, at least 2), in alphabetical order; empty when none is that close.
     */
    public static List<String> to(String target, Collection<String> candidates, int limit) {
        String wanted = target.toLowerCase(Locale.ROOT);
        int max = Math.max(2, wanted.length() / 3);
        record Scored(String id, int distance) {
        }
        List<Scored> close = new ArrayList<>();
        for (String candidate : candidates) {
            int d = EditDistance.between(wanted, candidate.toLowerCase(Locale.ROOT), max);
            if (d <= max) {
                close.add(new Scored(candidate, d));
                max = d; // only the closest are kept, so farther ones need not be measured exactly
            }
        }
        int best = close.stream().mapToInt(Scored::distance).min().orElse(0);
        return close.stream().filter(s -> s.distance() == best).map(Scored::id).sorted().limit(limit).toList();
    }
}
