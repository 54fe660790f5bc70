package dev.trustmap.sample;

/**
 * How the estate's secrets age. An identity's keepers rotate its secrets well (most quarters), now and then, or
 * never; a secret is used every day, goes dormant at some fixed instant, or is never used at all. A rotated secret
 * is a new secret: where a format names secrets by id, the id follows the quarter of the rotation.
 */
final class Lifecycle {

    /** How often an identity's secrets are rotated. */
    enum Hygiene {
        GOOD(0.85), FAIR(0.3), NEGLECTED(0);

        final double rotationsPerQuarter;

        Hygiene(double rotationsPerQuarter) {
            this.rotationsPerQuarter = rotationsPerQuarter;
        }
    }

    /** How a secret is used. */
    enum Usage {
        NEVER, DORMANT, DAILY
    }

    static final long ROTATE = 41;
    static final long USE = 42;
    private static final long YEAR = 365 * Timeline.DAY;

    private Lifecycle() {
    }

    static Hygiene hygiene(SampleRandom r) {
        return Hygiene.values()[r.weighted(0.45, 0.25, 0.30)];
    }

    static Usage usage(SampleRandom r) {
        return Usage.values()[r.weighted(0.08, 0.27, 0.65)];
    }

    /** The instant a dormant secret was last used: within three years of its credential's creation. */
    static long dormantSince(SampleRandom r, long createdAt) {
        return createdAt + r.nextLong(3 * YEAR);
    }

    /** When the secret in use now was issued: the latest rotation, else the credential's creation. */
    static long issuedAt(Timeline time, long[] key, long createdAt, Hygiene hygiene) {
        long rotated = time.lastEvent(hygiene.rotationsPerQuarter, createdAt, Stewardship.append(key, ROTATE));
        return rotated < 0 ? createdAt : rotated;
    }

    /**
     * The last use of the secret issued at {@code issuedAt}, or -1 when it has none: a secret of a credential
     * that went dormant before it was issued has never been used.
     */
    static long lastUse(Timeline time, long[] key, Usage usage, long dormantSince, long issuedAt) {
        if (usage == Usage.NEVER) {
            return -1;
        }
        if (usage == Usage.DORMANT && dormantSince <= time.asOf()) {
            return dormantSince < issuedAt ? -1 : dormantSince;
        }
        // in daily use: some time in the last five days, and not before the secret existed
        long recent = time.asOf() - SampleRandom.keyed(time.seed(), key, time.period().index() * 64L + USE)
                .nextLong(5 * Timeline.DAY);
        return recent > issuedAt ? recent : issuedAt + (time.asOf() - issuedAt) / 2;
    }
}
