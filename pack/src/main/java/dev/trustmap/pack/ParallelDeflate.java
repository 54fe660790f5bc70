package dev.trustmap.pack;

import dev.trustmap.model.collection.TaskFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
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
 * being deflated or waiting to be written at any time, plus the one read ahead to know whether the last is last, so
 * memory does not grow with the size of the input.
 */
final class ParallelDeflate {

    /** Input bytes per block. A constant on purpose: a pack's bytes must not depend on the machine's cores. */
    static final int BLOCK = 1 << 20;

    /** The deflate window: how far back a block may refer, and so how much input primes the next block. */
    static final int WINDOW = 32 << 10;

    /** The most bytes read at a time. */
    static final int READ = 64 << 10;

    /** Each thread's output buffer, large enough for a block that does not deflate at all. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[BLOCK + BLOCK / 8]);

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
        // input buffers are used again once their block is written: 1 MiB arrays are costly to allocate
        Deque<byte[]> free = new ArrayDeque<>();
        Deque<Pending> pending = new ArrayDeque<>();
        try {
            byte[] dictionary = null;
            byte[] current = free.isEmpty() ? new byte[BLOCK] : free.removeFirst();
            int length = fill(in, current);
            while (true) {
                size += length;
                if (size > maxSize) {
                    throw new TooLong(maxSize);
                }
                crc.update(current, 0, length);
                // a short block means the input ended; a full one may be the last only if nothing follows it
                byte[] next = null;
                int nextLength = 0;
                if (length == BLOCK) {
                    next = free.isEmpty() ? new byte[BLOCK] : free.removeFirst();
                    nextLength = fill(in, next);
                }
                boolean last = nextLength == 0;
                if (pending.size() >= inFlight) {
                    written += write(pending.removeFirst(), out, free);
                }
                byte[] input = current;
                int inputLength = length;
                byte[] primer = dictionary;
                pending.addLast(new Pending(input, pool.submit(() -> block(input, inputLength, primer, last))));
                if (last) {
                    break;
                }
                dictionary = Arrays.copyOfRange(current, length - WINDOW, length);
                current = next;
                length = nextLength;
            }
            while (!pending.isEmpty()) {
                written += write(pending.removeFirst(), out, free);
            }
        } finally {
            pending.forEach(block -> block.output().cancel(true));
        }
        return new Result(size, crc.getValue(), written);
    }

    /**
     * Reads a block's worth of input, fewer bytes only at its end. A read at a time of {@link #READ} bytes, since the
     * kernel's copy into a small buffer that stays in cache costs half of its copy into a megabyte.
     */
    private static int fill(InputStream in, byte[] block) throws IOException {
        int length = 0;
        while (length < block.length) {
            int n = in.read(block, length, Math.min(READ, block.length - length));
            if (n < 0) {
                break;
            }
            length += n;
        }
        return length;
    }

    /** A block submitted: its input buffer, free again once its output is written, and its output to come. */
    private record Pending(byte[] input, Future<byte[]> output) {
    }

    private static int write(Pending block, OutputStream out, Deque<byte[]> free) throws IOException {
        byte[] bytes;
        try {
            bytes = block.output().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating");
        } catch (ExecutionException e) {
            throw TaskFailure.rethrown(e);
        }
        out.write(bytes);
        free.addLast(block.input());
        return bytes.length;
    }

    /**
     * Deflates one block: primed with the window of input before it unless it is the first, flushed to a byte
     * boundary unless it is the last.
     */
    private byte[] block(byte[] input, int length, byte[] dictionary, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(input, 0, length);
            if (last) {
                deflater.finish();
            }
            byte[] output = SCRATCH.get();
            int written = 0;
            while (true) {
                if (written == output.length) {
                    output = Arrays.copyOf(output, output.length * 2);
                    SCRATCH.set(output);
                }
                int space = output.length - written;
                int n = deflater.deflate(output, written, space, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                written += n;
                // a sync flush is complete when it leaves room unused; the last block when the stream is finished
                if (last ? deflater.finished() : n < space) {
                    return Arrays.copyOf(output, written);
                }
            }
        } finally {
            deflater.end();
        }
    }
}
