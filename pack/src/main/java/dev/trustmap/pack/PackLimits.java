package dev.trustmap.pack;

/**
 * How much a pack may inflate to before reading stops. Counted on the bytes actually inflated, never on the sizes
 * an archive declares. {@link PackWriter} follows the same ratio rule, so a pack trustmap wrote always passes.
 *
 * @param maxEntries entries in the archive
 * @param maxTotalBytes uncompressed bytes of all entries together
 * @param maxManifestBytes uncompressed bytes of {@code manifest.json}
 * @param maxRatio how many times an entry may inflate its compressed size ...
 * @param ratioGraceBytes ... once it has inflated past this many bytes (small files compress well legitimately)
 */
public record PackLimits(int maxEntries, long maxTotalBytes, long maxManifestBytes, int maxRatio,
        long ratioGraceBytes) {

    /**
     * 100,000 entries, 64 GiB in all (a million identities' pack holds about 13 GB; 4 GiB, the limit before, refused
     * packs of 300,000), a 64 MiB manifest, and no entry past 10 MiB inflating over 100 times.
     */
    public static final PackLimits DEFAULT = new PackLimits(100_000, 64L << 30, 64L << 20, 100, 10L << 20);

    public PackLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxManifestBytes < 1 || maxRatio < 1 || ratioGraceBytes < 0) {
            throw new IllegalArgumentException("pack limits must be positive");
        }
    }

    /** True when an entry of {@code size} bytes compressed to {@code compressed} bytes breaks the ratio rule. */
    boolean tooCompressed(long size, long compressed) {
        return size > ratioGraceBytes && size > (double) Math.max(1, compressed) * maxRatio;
    }
}
