package dev.trustmap.model.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillStreamsTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatWasWrittenAcrossBufferEdgesAndLargeBlocks() throws IOException {
        Path file = dir.resolve("spill");
        Random random = new Random(7);
        byte[] large = new byte[200_000];
        random.nextBytes(large);
        try (DataOutputStream out = SpillStreams.output(file)) {
            for (int i = 0; i < 50_000; i++) {
                out.writeInt(i);
                out.writeUTF("value-" + i);
            }
            out.write(large);
            out.writeLong(Long.MIN_VALUE);
        }
        assertThat(Files.size(file)).isEqualTo(50_000 * 4 + sumOfUtf(50_000) + large.length + 8);
        try (DataInputStream in = SpillStreams.input(file)) {
            for (int i = 0; i < 50_000; i++) {
                assertThat(in.readInt()).isEqualTo(i);
                assertThat(in.readUTF()).isEqualTo("value-" + i);
            }
            byte[] back = new byte[large.length];
            in.readFully(back);
            assertThat(back).isEqualTo(large);
            assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE);
            assertThat(in.read()).isEqualTo(-1);
            try {
                in.readInt();
                throw new AssertionError("read past the end");
            } catch (EOFException expected) {
                // the end of the file is the end of the stream
            }
        }
    }

    @Test
    void textReadsBackEqualWhereverItFallsInTheBuffer() throws IOException {
        Path file = dir.resolve("texts");
        List<String> texts = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 30_000; i++) {
            int kind = random.nextInt(10);
            texts.add(kind == 0 ? null : kind == 1 ? "" : kind == 2 ? "Überprüfung — 検査 " + i
                    : kind == 3 && i % 1000 == 3 ? "x".repeat(70_000 + i) : "svc-" + "a".repeat(random.nextInt(300)));
        }
        try (DataOutputStream out = SpillStreams.output(file)) {
            for (String text : texts) {
                SpillStreams.writeText(out, text);
            }
        }
        List<String> fromFile = new ArrayList<>();
        try (DataInputStream in = SpillStreams.input(file)) {
            for (int i = 0; i < texts.size(); i++) {
                fromFile.add(SpillStreams.readText(in));
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(fromFile).isEqualTo(texts);
        // any other data stream reads the same form
        List<String> fromMemory = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (int i = 0; i < texts.size(); i++) {
                fromMemory.add(SpillStreams.readText(in));
            }
        }
        assertThat(fromMemory).isEqualTo(texts);
    }

    @Test
    void aRepeatingFieldReadsBackAsTheSameStringAndNeverAsAnotherValue() throws IOException {
        Path file = dir.resolve("slots");
        List<String> controls = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // runs of one value, a value that is a prefix of the next, an empty one and a null among them
            controls.add(i % 997 == 0 ? null : i % 991 == 0 ? "" : "ACC-0" + (i / 3000) + (i % 3000 == 1 ? "x" : ""));
        }
        try (DataOutputStream out = SpillStreams.output(file)) {
            for (String control : controls) {
                SpillStreams.writeText(out, control);
                SpillStreams.writeText(out, "id-" + controls.size()); // between two values of the slot
            }
        }
        List<String> back = new ArrayList<>();
        int shared = 0;
        try (DataInputStream in = SpillStreams.input(file)) {
            for (int i = 0; i < controls.size(); i++) {
                String control = SpillStreams.readText(in, 0);
                if (!back.isEmpty() && control != null && control == back.get(back.size() - 1)) {
                    shared++;
                }
                back.add(control);
                assertThat(SpillStreams.readText(in, -1)).isEqualTo("id-" + controls.size());
            }
        }
        assertThat(back).isEqualTo(controls);
        assertThat(shared).as("repeats read back as one string").isGreaterThan(15_000);
    }

    private static long sumOfUtf(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 2 + ("value-" + i).length();
        }
        return sum;
    }
}
