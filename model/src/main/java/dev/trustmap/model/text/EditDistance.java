package dev.trustmap.model.text;

/** Levenshtein distance, for "did you mean" suggestions wherever a user mistypes an id. */
public final class EditDistance {

    private EditDistance() {
    }

    /** The edit distance between two strings. */
    public static int between(String a, String b) {
        return between(a, b, Integer.MAX_VALUE - 1);
    }

    /** The edit distance, or {@code max + 1} as soon as it must exceed {@code max} (cheap on long lists). */
    public static int between(String a, String b, int max) {
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
