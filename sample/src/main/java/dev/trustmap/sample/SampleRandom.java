package dev.trustmap.sample;

import java.util.List;

/**
 * The sample's only source of randomness: SplitMix64, written out here so that its output is fixed by this file
 * rather than by a JDK version. A generator is keyed by the seed and a path naming what it decides (a format, a
 * slot, a generation, a quarter...), so every part of the estate can be derived on its own, in any order, and
 * the same path always gives the same draws.
 */
final class SampleRandom {

    private static final String LETTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final long GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    private SampleRandom(long state) {
        this.state = state;
    }

    /** A generator for one decision: the seed, then each element of the path, folded in turn. */
    static SampleRandom keyed(long seed, long... path) {
        long h = mix(seed + GAMMA);
        for (long key : path) {
            h = mix(h ^ mix(key + GAMMA));
        }
        return new SampleRandom(h);
    }

    /** The same as {@link #keyed(long, long...)} with one more element after the path. */
    static SampleRandom keyed(long seed, long[] path, long last) {
        long h = mix(seed + GAMMA);
        for (long key : path) {
            h = mix(h ^ mix(key + GAMMA));
        }
        return new SampleRandom(mix(h ^ mix(last + GAMMA)));
    }

    long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** Uniform in [0, bound); bound at most 2^31 - 1. */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [0, bound) for a positive bound. */
    long nextLong(long bound) {
        return (nextLong() >>> 1) % bound;
    }

    /** Uniform in [0, 1), 53 bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Letters and digits, none that reads as another ({@code l}, {@code 1}, {@code O}, {@code 0}): key parts. */
    String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** The index drawn with the given weights (they need not add up to 1). */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Fills the array with random bytes. */
    void fill(byte[] bytes) {
        for (int i = 0; i < bytes.length; i += 8) {
            long value = nextLong();
            for (int j = 0; j < 8 && i + j < bytes.length; j++) {
                bytes[i + j] = (byte) (value >>> (8 * j));
            }
        }
    }

    /** {@code length} characters drawn from {@code alphabet}. */
    String text(String alphabet, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = alphabet.charAt(nextInt(alphabet.length()));
        }
        return new String(chars);
    }

    String hex(int length) {
        return text("0123456789abcdef", length);
    }

    /** A version-4-shaped UUID, as Entra and Kubernetes write ids. */
    String uuid() {
        String h = hex(32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
                + "89ab".charAt(nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
    }

    /** SplitMix64's finaliser: every bit of the input affects every bit of the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
