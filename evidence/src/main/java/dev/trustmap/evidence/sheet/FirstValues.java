package dev.trustmap.evidence.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers, per identity, a hash of the first non-empty value of each identity-level column, so later rows of
 * the same identity that disagree can be found without holding the rows. About 100 bytes per identity.
 */
final class FirstValues {

    private final int columns;
    private final Map<String, int[]> seen = new HashMap<>();

    FirstValues(int columns) {
        this.columns = columns;
    }

    /**
     * Records this row's values for the identity and returns the positions whose non-empty value differs from
     * the first non-empty one seen; values at those positions should not be used.
     */
    List<Integer> conflicts(String id, Object[] values) {
        int[] first = seen.get(id);
        if (first == null) {
            first = new int[columns + 1];
            seen.put(id, first);
        }
        List<Integer> conflicts = new ArrayList<>(0);
        for (int i = 0; i < columns; i++) {
            int hash = hash(values[i]);
            if (hash == 0) {
                continue;
            }
            if (first[i] == 0) {
                first[i] = hash;
            } else if (first[i] != hash) {
                conflicts.add(i);
            }
        }
        return conflicts;
    }

    /** True the first time it is asked for an identity: conflicts are reported once per identity. */
    boolean firstReport(String id) {
        int[] first = seen.get(id);
        if (first == null || first[columns] != 0) {
            return false;
        }
        first[columns] = 1;
        return true;
    }

    private static int hash(Object value) {
        if (value == null) {
            return 0;
        }
        int hash = value.hashCode();
        return hash == 0 ? 1 : hash;
    }
}
