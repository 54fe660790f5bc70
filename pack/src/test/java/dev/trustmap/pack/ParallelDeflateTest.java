package dev.trustmap.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class ParallelDeflateTest {

    private static final int BLOCK = ParallelDeflate.BLOCK;

    /** Text that deflates about as a pack's JSON does, the same for the same seed. */
    static byte[] text(int size, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(size + 200);
        while (text.length() < size) {
            text.append("{\"identity\": \"svc-").append(random.nextInt(100_000)).append("\", \"control\": \"LFC-0")
                    .append(random.nextInt(9)).append("\", \"lastUsed\": \"2026-0").append(1 + random.nextInt(9))
                    .append("-1").append(random.nextInt(10)).append("\"},\n");
        }
        return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    /** Bytes that do not deflate at all. */
    static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void blocksJoinIntoOneStreamThatInflatesToTheInput() throws Exception {
        for (byte[] input : new byte[][] {new byte[0], "x".getBytes(StandardCharsets.US_ASCII), text(BLOCK, 1),
                text(3 * BLOCK + 17, 2), noise(2 * BLOCK + 5, 3), text(2 * BLOCK, 4)}) {
            byte[] deflated = deflate(input, 3, 4);
            assertThat(inflate(deflated)).isEqualTo(input);
        }
    }

    @Test
    void theBytesAreTheSameWhateverTheThreadsAndBlocksInFlight() throws IOException {
        byte[] input = new byte[5 * BLOCK + 1000];
        System.arraycopy(text(3 * BLOCK, 5), 0, input, 0, 3 * BLOCK);
        System.arraycopy(noise(2 * BLOCK + 1000, 6), 0, input, 3 * BLOCK, 2 * BLOCK + 1000);
        byte[] one = deflate(input, 1, 1);
        assertThat(deflate(input, 4, 8)).isEqualTo(one);
        assertThat(deflate(input, 2, 2)).isEqualTo(one);
    }

    @Test
    void aBlockRefersBackIntoTheOneBeforeIt() throws Exception {
        // the same megabyte twice: primed with the first one's end, the second block is not deflated from scratch
        byte[] half = text(BLOCK, 7);
        byte[] twice = new byte[2 * BLOCK];
        System.arraycopy(half, 0, twice, 0, BLOCK);
        System.arraycopy(half, 0, twice, BLOCK, BLOCK);
        assertThat(inflate(deflate(twice, 2, 2))).isEqualTo(twice);
        assertThat(deflate(twice, 2, 2).length).isLessThan(2 * deflate(half, 1, 1).length);
    }

    @Test
    void theSizeAndCrcAreThoseOfTheInput() throws IOException {
        byte[] input = text(2 * BLOCK + 3, 8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ParallelDeflate.Result result = new ParallelDeflate(pool, 2, PackWriter.LEVEL)
                    .deflate(new ByteArrayInputStream(input), input.length, out);
            CRC32 crc = new CRC32();
            crc.update(input);
            assertThat(result).isEqualTo(new ParallelDeflate.Result(input.length, crc.getValue(), out.size()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void inputLongerThanExpectedStopsTheReading() {
        byte[] input = text(BLOCK + 10, 9);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> new ParallelDeflate(pool, 2, PackWriter.LEVEL)
                    .deflate(new ByteArrayInputStream(input), BLOCK, new ByteArrayOutputStream()))
                    .isInstanceOf(ParallelDeflate.TooLong.class);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] deflate(byte[] input, int threads, int inFlight) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ParallelDeflate(pool, inFlight, PackWriter.LEVEL).deflate(new ByteArrayInputStream(input),
                    input.length, out);
            return out.toByteArray();
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] inflate(byte[] deflated) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the stream ends before its final block");
                }
                out.write(buffer, 0, n);
            }
            assertThat(inflater.getRemaining()).isZero();
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
