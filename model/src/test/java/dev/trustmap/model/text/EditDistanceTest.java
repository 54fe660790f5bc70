package dev.trustmap.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void knownDistances() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("svc-deploy", "svc-deploy")).isZero();
        assertThat(EditDistance.between("flaw", "lawn")).isEqualTo(2);
    }

    @Test
    void pastTheLimitItAnswersOneMoreThanTheLimit() {
        assertThat(EditDistance.between("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(EditDistance.between("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(EditDistance.between("a", "abcdef", 2)).isEqualTo(3);
        assertThat(EditDistance.between("abcdef", "fedcba", 1)).isEqualTo(2);
    }

    /** The banded computation agrees with the whole table on every pair, capped at the limit. */
    @Test
    void theBandGivesWhatTheWholeTableGives() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : word(random);
            int max = random.nextInt(8);
            int whole = whole(a, b);
            assertThat(EditDistance.between(a, b, max)).as("%s / %s within %d", a, b, max)
                    .isEqualTo(Math.min(whole, max + 1));
            assertThat(EditDistance.between(a, b)).isEqualTo(whole);
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        StringBuilder out = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> {
                    if (!out.isEmpty()) {
                        out.deleteCharAt(at);
                    }
                }
                default -> {
                    if (!out.isEmpty()) {
                        out.setCharAt(at, (char) ('a' + random.nextInt(4)));
                    }
                }
            }
        }
        return out.toString();
    }

    /** The textbook table, every cell. */
    private static int whole(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }
}
