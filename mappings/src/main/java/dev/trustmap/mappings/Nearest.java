package dev.trustmap.mappings;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Suggests the closest known ids to something a user wrote, by edit distance on a normalised form. */
public final class Nearest {

    private Nearest() {
    }

    /** Up to {@code limit} candidates, closest first, ties in the given order; joined with ", ". */
    public static String among(String query, List<String> candidates, int limit) {
        return String.join(", ", list(query, candidates, limit));
    }

    /** Up to {@code limit} candidates, closest first, ties in the given order. */
    public static List<String> list(String query, List<String> candidates, int limit) {
        return rank(query, candidates.stream().distinct().toList(), Function.identity(), limit);
    }

    /** Up to {@code limit} values whose key is closest to the query, closest first, ties in the given order. */
    public static <T> List<T> rank(String query, List<T> values, Function<T, String> key, int limit) {
        String q = normalise(query);
        return values.stream()
                .sorted(Comparator.comparingInt((T value) -> distance(q, normalise(key.apply(value)))))
                .limit(limit)
                .toList();
    }

    /** Upper case, without separators, so {@code pr.ac-4} and {@code PRAC4} compare equal. */
    static String normalise(String id) {
        return id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
