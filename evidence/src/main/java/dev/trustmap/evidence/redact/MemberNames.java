package dev.trustmap.evidence.redact;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Member and column names as the name rules compare them, and what a rule said of each, remembered. */
final class MemberNames {

    private MemberNames() {
    }

    /** The name without case, underscores, hyphens, dots or spaces: {@code Secret_Access-Key} → secretaccesskey. */
    static String plain(String name) {
        StringBuilder plain = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != '_' && c != '-' && c != ' ' && c != '.') {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /**
     * A rule on names, each judged once: a file's few column or member names come with every one of its millions of
     * values. Safe across threads; it stops remembering past {@value #MAX} names (a file whose member names are data,
     * such as ids used as keys, would otherwise grow it without end) and judges the rest each time. Null is no name.
     */
    static final class Memo implements Predicate<String> {
        static final int MAX = 4096;

        private final Predicate<String> rule;
        private final Map<String, Boolean> judged = new ConcurrentHashMap<>();

        Memo(Predicate<String> rule) {
            this.rule = rule;
        }

        @Override
        public boolean test(String name) {
            if (name == null) {
                return false;
            }
            Boolean known = judged.get(name);
            if (known != null) {
                return known;
            }
            boolean verdict = rule.test(name);
            if (judged.size() < MAX) {
                judged.put(name, verdict);
            }
            return verdict;
        }
    }
}
