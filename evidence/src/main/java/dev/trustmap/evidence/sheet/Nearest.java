package dev.trustmap.evidence.sheet;

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
            int d = distance(wanted, candidate.toLowerCase(Locale.ROOT), max);
            if (d <= max) {
                close.add(new Scored(candidate, d));
                max = d; // only the closest are kept, so farther ones need not be measured exactly
            }
        }
        int best = close.stream().mapToInt(Scored::distance).min().orElse(0);
        return close.stream().filter(s -> s.distance() == best).map(Scored::id).sorted().limit(limit).toList();
    }

    /** The edit distance between two strings, or {@code max + 1} as soon as it must exceed {@code max}. */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}
