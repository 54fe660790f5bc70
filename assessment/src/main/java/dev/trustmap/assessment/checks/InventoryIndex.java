package dev.trustmap.assessment.checks;

import dev.trustmap.model.collection.Prefetch;
import dev.trustmap.model.inventory.Credential;
import dev.trustmap.model.inventory.Identity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the checks need to know across identities, gathered in one walk before they judge: how many identities hold
 * each secret (by fingerprint), which ids and names exist, and which parents sub-agents name. Ids, names and
 * fingerprints are kept as 64-bit hashes, a few bytes each, so the index of a million identities stays small; two
 * different values sharing a hash is a chance of about one in 10^7 at that size.
 */
public final class InventoryIndex {

    private final LongCounts fingerprints = new LongCounts();
    private final LongCounts idsAndNames = new LongCounts();
    private final Set<String> parents = new HashSet<>();

    /** Indexes identities in one walk. */
    public static InventoryIndex of(List<Identity> identities) {
        InventoryIndex index = new InventoryIndex();
        Prefetch.forEach(identities, "trustmap-index", index::add);
        return index;
    }

    private void add(Identity identity) {
        // a secret held twice by one identity is still held by one identity
        Set<String> held = new HashSet<>();
        for (Credential credential : identity.credentials()) {
            if (hasFingerprint(credential) && held.add(Subjects.fingerprintKey(credential))) {
                fingerprints.increment(hash(Subjects.fingerprintKey(credential)));
            }
        }
        // without this guard an identity with no id would make the text "null" look like an id
        if (identity.id() != null) {
            idsAndNames.increment(hash("id:" + identity.id()));
        }
        if (identity.name() != null) {
            idsAndNames.increment(hash("name:" + identity.name()));
        }
        if (identity.parentIdentity() != null && !identity.parentIdentity().isBlank()) {
            parents.add(identity.parentIdentity().strip());
        }
    }

    /** True when the credential carries a secret fingerprint to compare. */
    public static boolean hasFingerprint(Credential credential) {
        return credential.fingerprint() != null && !credential.fingerprint().isBlank();
    }

    /** How many identities hold a credential with this credential's fingerprint (0 when it has none). */
    public int holders(Credential credential) {
        return hasFingerprint(credential) ? fingerprints.get(hash(Subjects.fingerprintKey(credential))) : 0;
    }

    /** True when some identity has this id or this name, exactly. */
    public boolean hasIdOrName(String value) {
        return idsAndNames.get(hash("id:" + value)) > 0 || idsAndNames.get(hash("name:" + value)) > 0;
    }

    /**
     * True when some identity has this id, exactly. DLG-03 looks a parent up by id before name: a parent found by
     * name is only the answer once no identity can turn up later with that id.
     */
    public boolean hasId(String value) {
        return idsAndNames.get(hash("id:" + value)) > 0;
    }

    /** True when some sub-agent names {@code value} (stripped) as its parent identity. */
    public boolean isNamedParent(String value) {
        return value != null && parents.contains(value.strip());
    }

    /** 64-bit FNV-1a over the UTF-16 code units, then mixed, so that similar ids spread over the table. */
    static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Counts per 64-bit key, in open addressing over two arrays: 12 bytes a key, no boxing. */
    static final class LongCounts {
        private long[] keys = new long[1024];
        private int[] counts = new int[1024];
        private boolean zeroSeen;
        private int zeroCount;
        private int size;

        void increment(long key) {
            if (key == 0) {
                zeroSeen = true;
                zeroCount++;
                return;
            }
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(keys, key);
            if (keys[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            counts[slot]++;
        }

        int get(long key) {
            if (key == 0) {
                return zeroSeen ? zeroCount : 0;
            }
            int slot = slot(keys, key);
            return keys[slot] == key ? counts[slot] : 0;
        }

        private static int slot(long[] table, long key) {
            int mask = table.length - 1;
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (table[slot] != 0 && table[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }
}
