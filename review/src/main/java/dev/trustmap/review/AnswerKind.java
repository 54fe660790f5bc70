package dev.trustmap.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an owner may answer for an identity. */
enum AnswerKind {
    /** Still mine, still needed. */
    KEEP("keep"),
    /** Needed, but someone else's: hand it to the e-mail given. */
    TRANSFER("transfer"),
    /** No longer needed: switch it off by the date given. */
    DECOMMISSION("decommission"),
    /** Not mine, and I cannot say whose. */
    NOT_MINE("not mine");

    private final String word;

    AnswerKind(String word) {
        this.word = word;
    }

    /** The answer as the drop-down offers it. */
    String word() {
        return word;
    }

    static List<String> words() {
        return Arrays.stream(values()).map(AnswerKind::word).toList();
    }

    /** The answer a typed word means, ignoring case, spacing, hyphens and underscores. */
    static Optional<AnswerKind> of(String typed) {
        String plain = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return Arrays.stream(values()).filter(k -> k.word.equals(plain)).findFirst();
    }
}
