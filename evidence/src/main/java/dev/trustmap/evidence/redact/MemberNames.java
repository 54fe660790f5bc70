package dev.trustmap.evidence.redact;

import java.util.Locale;

/** Member and column names as the name rules compare them. */
final class MemberNames {

    /**
     * Names remembered per rule: a file's few column or member names come with every one of its millions of values;
     * past this many (a file whose member names are data, such as ids used as keys) they are judged each time.
     */
    static final int REMEMBERED = 4096;

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
}
