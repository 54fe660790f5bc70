package dev.trustmap.mappings;

import dev.trustmap.model.text.EditDistance;
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
                .sorted(Comparator.comparingInt((T value) -> EditDistance.between(q, normalise(key.apply(value)))))
                .limit(limit)
                .toList();
    }

    /** Upper case, without separators, so {@code pr.ac-4} and {@code PRAC4} compare equal. */
    static String normalise(String id) {
        return id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
