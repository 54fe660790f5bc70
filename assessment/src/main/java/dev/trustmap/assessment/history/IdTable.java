package dev.trustmap.assessment.history;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Finding ids with a {@code long} each, kept compactly: a finding id is a UUID, held as its two halves in an
 * open-addressing table (about 24 bytes an id instead of a hundred and more for a string in a hash map), so that the
 * findings of a million identities over several quarters can be looked up without holding them as objects. An id
 * that is not a UUID (from a pack another tool edited) is kept in an ordinary map beside it.
 */
public final class IdTable {

    private static final int FIRST_CAPACITY = 1 << 10;

    private long[] high = new long[FIRST_CAPACITY];
    private long[] low = new long[FIRST_CAPACITY];
    private long[] values = new long[FIRST_CAPACITY];
    private boolean[] used = new boolean[FIRST_CAPACITY];
    private int size;
    private final Map<String, Long> other = new HashMap<>();

    /** Sets the id's value to {@code value | } its current value (0 when new): values are bit sets. */
    public void or(String id, long value) {
        UUID uuid = uuid(id);
        if (uuid == null) {
            other.merge(id, value, (a, b) -> a | b);
            return;
        }
        if ((size + 1) * 4L > high.length * 3L) {
            grow();
        }
        int slot = slot(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
        if (!used[slot]) {
            used[slot] = true;
            high[slot] = uuid.getMostSignificantBits();
            low[slot] = uuid.getLeastSignificantBits();
            size++;
        }
        values[slot] |= value;
    }

    /** The id's value; 0 when it is not in the table. */
    public long get(String id) {
        UUID uuid = uuid(id);
        if (uuid == null) {
            return other.getOrDefault(id, 0L);
        }
        int slot = slot(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
        return used[slot] ? values[slot] : 0L;
    }

    public boolean contains(String id) {
        UUID uuid = uuid(id);
        if (uuid == null) {
            return other.containsKey(id);
        }
        return used[slot(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits())];
    }

    public int size() {
        return size + other.size();
    }

    /** The slot holding the id, or the empty slot where it would go. */
    private int slot(long hi, long lo) {
        int mask = high.length - 1;
        int slot = (int) mix(hi ^ Long.rotateLeft(lo, 32)) & mask;
        while (used[slot] && (high[slot] != hi || low[slot] != lo)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldValues = values;
        boolean[] oldUsed = used;
        int capacity = oldHigh.length * 2;
        high = new long[capacity];
        low = new long[capacity];
        values = new long[capacity];
        used = new boolean[capacity];
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldHigh[i], oldLow[i]);
                used[slot] = true;
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** A 64-bit finaliser, so that ids differing in a few bits spread over the table. */
    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    private static UUID uuid(String id) {
        if (id == null || id.length() != 36) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? uuid : null; // only the canonical lower-case form is one key
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
