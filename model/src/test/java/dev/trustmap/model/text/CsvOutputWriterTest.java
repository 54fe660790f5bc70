package dev.trustmap.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvOutputWriterTest {

    /** Pieces of every kind the writer takes, of every size, across many of its 64 KiB buffers. */
    @Test
    void writesTheCharactersAsUtf8InTheOrderGiven() throws IOException {
        Random random = new Random(11);
        String[] words = {"a", "quoted \"cell\"", "é", "naïve, café", "日本語", "😀 emoji", "\r\n", ","};
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new CsvOutputWriter(bytes)) {
            for (int i = 0; i < 60_000; i++) {
                String word = words[random.nextInt(words.length)];
                if (random.nextInt(200) == 0) {
                    word = word.repeat(20_000); // now and then a piece larger than the buffer
                }
                switch (random.nextInt(5)) {
                    case 0 -> {
                        char c = word.charAt(0);
                        if (Character.isSurrogate(c)) {
                            continue; // one half of a pair alone is not text
                        }
                        writer.write(c);
                        expected.append(c);
                        continue;
                    }
                    case 1 -> writer.append(word, 0, word.length());
                    case 2 -> writer.write(word.toCharArray(), 0, word.length());
                    case 3 -> writer.append(new StringBuilder("[" + word + "]"), 1, word.length() + 1);
                    default -> writer.write(word);
                }
                expected.append(word);
            }
            writer.flush();
            // flushed: everything so far has reached the stream
            assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
            writer.write("tail");
            expected.append("tail");
        }
        assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(expected.length()).isGreaterThan(10 * (1 << 16));
    }

    @Test
    void keepsAPairOfSurrogatesWholeAcrossTheBufferEdge() throws IOException {
        String text = "x".repeat((1 << 16) - 1) + "😀" + "y";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new CsvOutputWriter(bytes)) {
            writer.write(text);
        }
        assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
        try (Writer writer = new CsvOutputWriter(oneByOne)) {
            for (char c : text.toCharArray()) {
                writer.write(c);
            }
        }
        assertThat(oneByOne.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
