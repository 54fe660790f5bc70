package dev.trustmap.sample;

import dev.trustmap.model.period.Quarter;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Time in the sample estate. Everything that happens (an identity replaced, a key rotated, an owner assigned, a
 * leak revoked) is an event drawn per quarter from the seed and the thing's own key, never from the period asked
 * for: a later period sees the same events plus those of the quarters in between. Times are epoch seconds, UTC.
 */
final class Timeline {

    /** The estate's history: its oldest identities date from 2016. */
    static final long HISTORY_START = LocalDate.of(2016, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    /** Identities are replaced (retired and new ones created) from this quarter on. */
    static final Quarter CHURN_START = new Quarter(2024, 1);
    /** The last period the sample describes; far enough for any quarterly series. */
    static final Quarter LAST = new Quarter(2049, 4);

    /** AI identities are recent: none dates from before 2023. */
    static final long AI_START = LocalDate.of(2023, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    /** Planned retirements fall from 2025 on (and slip). */
    static final long RETIREMENTS_FROM = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    static final long DAY = 86_400;
    static final long HOUR = 3_600;

    private static final long CHURN = 11;
    private static final long BIRTH = 12;
    private static final int FIRST_INDEX = new Quarter(2015, 1).index();

    private final long seed;
    private final Quarter period;
    private final long asOf;
    private final long[] quarterStarts;

    /** The slot's occupant at the period: which generation holds it, and when that one was created. */
    record Occupant(int slot, int generation, long bornAt) {
    }

    Timeline(long seed, Quarter period) {
        if (period.compareTo(CHURN_START) < 0 || period.compareTo(LAST) > 0) {
            throw new IllegalArgumentException("the sample covers " + CHURN_START + " to " + LAST + ", not " + period);
        }
        this.seed = seed;
        this.period = period;
        this.asOf = period.end().getEpochSecond();
        this.quarterStarts = new long[period.index() - FIRST_INDEX + 2];
        for (int i = 0; i < quarterStarts.length; i++) {
            quarterStarts[i] = Quarter.ofIndex(FIRST_INDEX + i).start().getEpochSecond();
        }
    }

    long seed() {
        return seed;
    }

    Quarter period() {
        return period;
    }

    /** The period's last second. */
    long asOf() {
        return asOf;
    }

    SampleRandom random(long... path) {
        return SampleRandom.keyed(seed, path);
    }

    /**
     * Who holds a slot now. Each quarter since {@link #CHURN_START} the occupant is retired and replaced with the
     * given probability; the first occupant was created some time between 2016 and 2024, recent years likelier.
     */
    Occupant occupant(long part, int slot, double churnPerQuarter) {
        int generation = 0;
        long born = -1;
        for (int q = CHURN_START.index(); q <= period.index(); q++) {
            SampleRandom r = SampleRandom.keyed(seed, part, slot, q, CHURN);
            if (r.chance(churnPerQuarter)) {
                generation++;
                born = timeIn(q, r);
            }
        }
        if (generation == 0) {
            double u = SampleRandom.keyed(seed, part, slot, BIRTH).nextDouble();
            long span = CHURN_START.start().getEpochSecond() - HISTORY_START;
            born = HISTORY_START + span - (long) (span * u * u);
        }
        return new Occupant(slot, generation, born);
    }

    /**
     * The creation time of an AI identity: a first occupant's time between 2016 and 2024 squeezed into 2023, in the
     * same order; later occupants (from 2024) keep theirs.
     */
    static long aiBirth(long born) {
        if (born >= AI_START) {
            return born;
        }
        long from = HISTORY_START;
        long to = CHURN_START.start().getEpochSecond();
        return AI_START + (long) ((double) (born - from) / (to - from) * (to - AI_START));
    }

    /** The latest event after {@code after} and by the as-of instant, at {@code rate} per quarter; -1 for none. */
    long lastEvent(double rate, long after, long... key) {
        if (rate <= 0) {
            return -1;
        }
        for (int q = period.index(); q >= quarterOf(after); q--) {
            SampleRandom r = SampleRandom.keyed(seed, key, q);
            if (r.chance(rate)) {
                long t = timeIn(q, r);
                return t > after ? t : -1;
            }
        }
        return -1;
    }

    /** The first event after {@code after} and by the as-of instant, at {@code rate} per quarter; -1 for none. */
    long firstEvent(double rate, long after, long... key) {
        if (rate <= 0) {
            return -1;
        }
        for (int q = Math.max(quarterOf(after), FIRST_INDEX); q <= period.index(); q++) {
            SampleRandom r = SampleRandom.keyed(seed, key, q);
            if (r.chance(rate)) {
                long t = timeIn(q, r);
                if (t > after) {
                    return t;
                }
            }
        }
        return -1;
    }

    /** A uniformly drawn second of the quarter with this index. */
    long timeIn(int quarterIndex, SampleRandom r) {
        long start = start(quarterIndex);
        return start + r.nextLong(start(quarterIndex + 1) - start);
    }

    long start(int quarterIndex) {
        int i = quarterIndex - FIRST_INDEX;
        if (i >= 0 && i < quarterStarts.length) {
            return quarterStarts[i];
        }
        return Quarter.ofIndex(quarterIndex).start().getEpochSecond();
    }

    /** The index of the quarter holding the instant. */
    static int quarterOf(long epochSecond) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY));
        return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
    }
}
