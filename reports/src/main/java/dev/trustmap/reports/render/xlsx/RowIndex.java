package dev.trustmap.reports.render.xlsx;

import java.nio.charset.StandardCharsets;

/**
 * Where each key's row is on a sheet, for internal hyperlinks: a key (an identity id, an identity and credential
 * pair) to its 1-based row number, held as a 64-bit hash in open-addressed primitive arrays so that millions of
 * rows cost tens of megabytes, not the keys themselves. Two keys in a few million share a hash with a probability
 * of about one in ten million; the first one written keeps the row.
 */
final class RowIndex {

    private long[] hashes = new long[1 << 10];
    private int[] rows = new int[1 << 10];
    private int size;

    void put(String key, int row) {
        if (key == null) {
            return;
        }
        if (size * 2 >= hashes.length) {
            grow();
        }
        insert(hash(key), row);
    }

    /** The row of {@code key}, or -1 when it was never put. */
    int row(String key) {
        if (key == null) {
            return -1;
        }
        long h = hash(key);
        int mask = hashes.length - 1;
        for (int i = (int) h & mask; rows[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h) {
                return rows[i];
            }
        }
        return -1;
    }

    static String pair(String first, String second) {
        return first + '\u0000' + second;
    }

    private void insert(long h, int row) {
        int mask = hashes.length - 1;
        int i = (int) h & mask;
        while (rows[i] != 0) {
            if (hashes[i] == h) {
                return;
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        rows[i] = row;
        size++;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        size = 0;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != 0) {
                insert(oldHashes[i], oldRows[i]);
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, finished with a 64-bit mixer so that the low bits spread. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
