package dev.trustmap.pack;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes actually inflated from an archive, entry by entry and in all, and stops reading when an entry
 * inflates absurdly ({@link PackLimits#tooCompressed}) or the whole archive passes {@link PackLimits#maxTotalBytes}.
 * The sizes an archive declares are never trusted for this.
 */
final class InflationBudget {

    /** Reading stopped: {@code wholePack} when nothing more of the archive should be read. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean wholePack;

        Exceeded(String message, boolean wholePack) {
            super(message);
            this.wholePack = wholePack;
        }

        boolean wholePack() {
            return wholePack;
        }
    }

    private final PackLimits limits;
    private long total;

    InflationBudget(PackLimits limits) {
        this.limits = limits;
    }

    /**
     * The entry's content, counted. {@code compressed} says how many compressed bytes it has taken so far (or in
     * all): the ratio is judged against it.
     */
    InputStream guard(InputStream in, LongSupplier compressed) {
        return new FilterInputStream(in) {
            private long inflated;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                // read rather than skip, so that skipped bytes are counted too
                byte[] discard = new byte[(int) Math.min(Math.max(n, 0), 8192)];
                return Math.max(0, read(discard, 0, discard.length));
            }

            private void count(int n) throws Exceeded {
                inflated += n;
                total += n;
                if (total > limits.maxTotalBytes()) {
                    throw new Exceeded("refused: the pack inflates past " + limits.maxTotalBytes()
                            + " bytes in all; reading stopped here", true);
                }
                if (limits.tooCompressed(inflated, compressed.getAsLong())) {
                    throw new Exceeded("refused: it inflates more than " + limits.maxRatio() + " times its"
                            + " compressed size past " + limits.ratioGraceBytes() + " bytes (a zip bomb?)", false);
                }
            }
        };
    }
}
