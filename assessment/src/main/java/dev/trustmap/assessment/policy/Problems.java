package dev.trustmap.assessment.policy;

import dev.trustmap.mappings.Suggestions;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared bits of the policy-package readers: suggestions, and throwing every problem at once in file order. */
final class Problems {

    private static final Pattern LINE_COLUMN = Pattern.compile("^line (\\d+)(?:, column (\\d+))?");

    private Problems() {
    }

    /** Throws the problems, sorted by line and column (stable), when there are any. */
    static void throwIfAny(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<InputProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong((InputProblem p) -> position(p.location())));
        throw new InputException(sorted);
    }

    private static long position(String location) {
        Matcher m = location == null ? null : LINE_COLUMN.matcher(location);
        if (m == null || !m.find()) {
            return 0;
        }
        long line = Long.parseLong(m.group(1));
        long column = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return line * 1_000_000L + column;
    }

    /**
     * {@code Did you mean 'x'?} for the nearest candidates (by edit distance, else those the mistake is the start
     * of, as {@code expires} of {@code expires_on}), or {@code otherwise}.
     */
    static String suggest(String wrong, Collection<String> candidates, String otherwise) {
        List<String> nearest = Suggestions.to(wrong, candidates, 2);
        if (nearest.isEmpty() && wrong.length() >= 3) {
            String lower = wrong.toLowerCase(Locale.ROOT);
            nearest = candidates.stream().filter(c -> c.startsWith(lower) || lower.startsWith(c)).limit(2).toList();
        }
        if (nearest.isEmpty()) {
            return otherwise;
        }
        return "Did you mean " + String.join(" or ", nearest.stream().map(n -> "'" + n + "'").toList()) + "?";
    }
}
