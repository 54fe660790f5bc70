package dev.trustmap.assessment.history;

import dev.trustmap.model.assessment.Finding;
import dev.trustmap.model.assessment.FindingCodec;
import dev.trustmap.model.collection.SpillFolder;
import dev.trustmap.model.collection.Spool;
import dev.trustmap.model.problem.InputException;
import dev.trustmap.model.problem.InputProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which findings earlier quarters had, for the clock and the change of each finding this quarter: when the same
 * finding id was first in a pack, and whether it was in the quarter just before. Only ids and a bit per quarter are
 * kept ({@link IdTable}), and the findings of the quarter just before as they were read, in a {@link Spool} (in memory
 * while small, else in a temporary file), for this quarter's resolved ones: its pack is read and verified once.
 */
public final class FindingHistory {

    /** Quarters one history can hold: a bit each in a {@code long}. */
    public static final int MAX_QUARTERS = 63;

    /**
     * What the earlier quarters say of one finding id.
     *
     * @param firstSeen the as-of instant of the earliest earlier quarter that had it
     * @param inPrevious true when the quarter just before this one had it
     */
    public record Seen(Instant firstSeen, boolean inPrevious) {
    }

    private static final FindingHistory NONE = new FindingHistory(new Instant[0], new IdTable(), 0L, -1, null);

    /** Each quarter's as-of instant by its bit; null for a quarter read but not kept. */
    private final Instant[] quarters;
    private final IdTable seen;
    private final long kept;
    private final int latest;
    private final Spool<Finding> previous;

    private FindingHistory(Instant[] quarters, IdTable seen, long kept, int latest, Spool<Finding> previous) {
        this.quarters = quarters;
        this.seen = seen;
        this.kept = kept;
        this.latest = latest;
        this.previous = previous;
    }

    /** No earlier quarter: every finding is new, first seen by its evidence or now. */
    public static FindingHistory none() {
        return NONE;
    }

    /** The as-of instant of the quarter just before this one; null without history. */
    public Instant previousAsOf() {
        return latest < 0 ? null : quarters[latest];
    }

    /** What the earlier quarters say of a finding id; null when none had it. */
    public Seen seen(String findingId) {
        if (kept == 0) {
            return null;
        }
        long bits = seen.get(findingId) & kept;
        if (bits == 0) {
            return null;
        }
        Instant first = null;
        for (int i = 0; i < quarters.length; i++) {
            if ((bits & (1L << i)) != 0 && (first == null || quarters[i].isBefore(first))) {
                first = quarters[i];
            }
        }
        return new Seen(first, (bits & (1L << latest)) != 0);
    }

    /** The findings of the quarter just before, in that quarter's order; nothing without history. */
    public void previousFindings(Consumer<Finding> each) {
        if (previous != null) {
            previous.forEach(each);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the finding ids of each earlier quarter as its pack streams past. A quarter's findings are added before
     * its as-of instant is known to be wanted; a quarter not kept (a second copy of one, or not before this quarter)
     * is then left out of every answer. Only the newest kept quarter's findings are held beyond its reading.
     */
    public static final class Builder {
        /** Bytes of findings held in memory before they go to a temporary file: some 30,000 findings. */
        private static final int MEMORY_BYTES = 8 << 20;

        private final List<Instant> quarters = new ArrayList<>();
        private final List<Spool<Finding>> spools = new ArrayList<>();
        private final IdTable seen = new IdTable();
        private final SpillFolder folder = new SpillFolder("trustmap-history-", "the earlier quarter's findings");
        private long kept;
        private int newest = -1;

        private Builder() {
        }

        /**
         * A quarter about to be read.
         *
         * @throws InputException when there are more quarters than one history holds
         */
        public Quarter quarter() {
            if (quarters.size() == MAX_QUARTERS) {
                throw new InputException(new InputProblem("--history", "", "more than " + MAX_QUARTERS + " earlier "
                        + "quarters were given.", "Pass the most recent " + MAX_QUARTERS + "."));
            }
            quarters.add(null);
            spools.add(new Spool<>(folder, "findings", FindingCodec.INSTANCE, MEMORY_BYTES));
            return new Quarter(quarters.size() - 1);
        }

        public FindingHistory build() {
            if (newest < 0) {
                return NONE;
            }
            return new FindingHistory(quarters.toArray(new Instant[0]), seen, kept, newest, spools.get(newest));
        }

        /** One earlier quarter's ids, added as they are read. */
        public final class Quarter {
            private final int index;

            private Quarter(int index) {
                this.index = index;
            }

            /** A finding the quarter's pack holds, open or accepted, in the pack's order. */
            public void add(Finding finding) {
                seen.or(finding.id(), 1L << index);
                spools.get(index).add(finding);
            }

            /**
             * Keeps the quarter, unless one with the same as-of instant was kept already (a pack and the folder it was
             * unpacked into are one quarter); its findings are kept while it is the newest quarter kept.
             */
            public void keep(Instant asOf) {
                for (int i = 0; i < quarters.size(); i++) {
                    if ((kept & (1L << i)) != 0 && asOf.equals(quarters.get(i))) {
                        drop();
                        return;
                    }
                }
                quarters.set(index, asOf);
                kept |= 1L << index;
                if (newest < 0 || asOf.isAfter(quarters.get(newest))) {
                    if (newest >= 0) {
                        spools.get(newest).discard();
                    }
                    newest = index;
                } else {
                    drop();
                }
            }

            /** Lets the quarter's findings go: it is not kept (too late, or a copy), or not the newest. */
            public void drop() {
                spools.get(index).discard();
            }
        }
    }
}
