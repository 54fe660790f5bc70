package dev.trustmap.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates one stream on several threads and still writes a single raw deflate stream, the way pigz does. The input
 * is cut into blocks of {@link #BLOCK} bytes; each block is deflated on its own, primed with the {@link #WINDOW}
 * bytes of input before it as dictionary, so that it may refer back across the cut as a single deflater would. Every
 * block but the last ends with a sync flush (an empty stored block that leaves the output on a byte boundary), the
 * last with the final block, so the blocks' outputs joined in order are one stream that any inflater reads.
 *
 * <p>The bytes depend on the input and the level only: the block size is a constant, every block is deflated the
 * same way whichever thread takes it, and blocks are written in input order. At most {@code inFlight} blocks are
 * read and not yet written at any time, so memory does not grow with the size of the input.
 */
final class ParallelDeflate {

    /** Input bytes per block. A constant on purpose: a pack's bytes must not depend on the machine's cores. */
    static final int BLOCK = 1 << 20;

    /** The deflate window: how far back a block may refer, and so how much input primes the next block. */
    static final int WINDOW = 32 << 10;

    private final ExecutorService pool;
    private final int inFlight;
    private final int level;

    /**
     * @param pool the threads that deflate blocks; tasks it runs never wait on one another
     * @param inFlight how many blocks may be read ahead of the one being written, at least 1
     * @param level the deflate level
     */
    ParallelDeflate(ExecutorService pool, int inFlight, int level) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("at least one block must be in flight");
        }
        this.pool = pool;
        this.inFlight = inFlight;
        this.level = level;
    }

    /**
     * What was deflated: its size and CRC-32, computed on the input in order as it was read, and the size of the
     * deflate stream written.
     */
    record Result(long size, long crc32, long compressedSize) {
    }

    /** Thrown when the input runs past the size it was expected to have; nothing more is read. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long expected) {
            super("more than the " + expected + " bytes expected");
        }
    }

    /**
     * Deflates {@code in} to its end into {@code out}; neither is closed.
     *
     * @param maxSize the most bytes {@code in} may hold: past them reading stops with {@link TooLong}
     */
    Result deflate(InputStream in, long maxSize, OutputStream out) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        long written = 0;
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        try {
            byte[] previous = null;
            byte[] current = block(in);
            while (true) {
                size += current.length;
                if (size > maxSize) {
                    throw new TooLong(maxSize);
                }
                crc.update(current);
                // a short block means the input ended; a full one may be the last only if nothing follows it
                byte[] next = current.length < BLOCK ? new byte[0] : block(in);
                boolean last = next.length == 0;
                byte[] input = current;
                byte[] dictionary = previous;
                if (pending.size() >= inFlight) {
                    written += write(pending.removeFirst(), out);
                }
                pending.addLast(pool.submit(() -> block(input, dictionary, last)));
                if (last) {
                    break;
                }
                previous = current;
                current = next;
            }
            while (!pending.isEmpty()) {
                written += write(pending.removeFirst(), out);
            }
        } finally {
            pending.forEach(block -> block.cancel(true));
        }
        return new Result(size, crc.getValue(), written);
    }

    /** The next block of input: {@link #BLOCK} bytes, fewer only at the end. */
    private static byte[] block(InputStream in) throws IOException {
        byte[] block = new byte[BLOCK];
        int n = in.readNBytes(block, 0, BLOCK);
        return n == BLOCK ? block : Arrays.copyOf(block, n);
    }

    private static int write(Future<byte[]> block, OutputStream out) throws IOException {
        byte[] bytes;
        try {
            bytes = block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating");
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
        out.write(bytes);
        return bytes.length;
    }

    /** Deflates one block: primed with the end of the block before, flushed to a byte boundary unless it is last. */
    private byte[] block(byte[] input, byte[] previous, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            if (previous != null) {
                int window = Math.min(WINDOW, previous.length);
                deflater.setDictionary(previous, previous.length - window, window);
            }
            deflater.setInput(input);
            if (last) {
                deflater.finish();
            }
            byte[] output = new byte[input.length + (input.length >> 3) + 64];
            int length = 0;
            while (true) {
                if (length == output.length) {
                    output = Arrays.copyOf(output, output.length * 2);
                }
                int space = output.length - length;
                int n = deflater.deflate(output, length, space, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                length += n;
                // a sync flush is complete when it leaves room unused; the last block when the stream is finished
                if (last ? deflater.finished() : n < space) {
                    return Arrays.copyOf(output, length);
                }
            }
        } finally {
            deflater.end();
        }
    }

    /** The cause of a failed task, as the exception the caller would have seen running it itself. */
    static IOException rethrown(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
