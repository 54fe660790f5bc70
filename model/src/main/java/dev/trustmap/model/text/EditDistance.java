package dev.trustmap.model.text;

/** Levenshtein distance, for "did you mean" suggestions wherever a user mistypes an id. */
public final class EditDistance {

    private EditDistance() {
    }

    /** The edit distance between two strings. */
    public static int between(String a, String b) {
        return between(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The edit distance, or {@code max + 1} as soon as it must exceed {@code max} (cheap on long lists): only the
     * cells within {@code max} of the diagonal are computed, as any other is farther than {@code max} already.
     */
    public static int between(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        int far = max + 1;
        int[] previous = new int[y.length + 2];
        int[] current = new int[y.length + 2];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = Math.min(j, far);
        }
        previous[y.length + 1] = far;
        for (int i = 1; i <= x.length; i++) {
            int from = Math.max(1, i - max);
            int to = (int) Math.min(y.length, (long) i + max);
            current[0] = Math.min(i, far);
            current[from - 1] = from == 1 ? current[0] : far;
            int best = current[from - 1];
            for (int j = from; j <= to; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.min(d, far);
                best = Math.min(best, current[j]);
            }
            current[to + 1] = far; // the next row reads one cell past this row's band
            if (best > max) {
                return far;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[y.length], far);
    }
}
