package dev.trustmap.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustmap.model.problem.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    private static String read(byte[] bytes) throws IOException {
        try (Reader reader = StrictUtf8Reader.of("t.csv", new ByteArrayInputStream(bytes))) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    private static String locationOfTheRefusal(byte[] bytes) {
        try {
            read(bytes);
        } catch (InputException e) {
            return e.problems().get(0).location();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("read without a refusal");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void aBomIsDroppedAndEverythingElseIsKept() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "caf\u00e9,\u20ac,\uD83D\uDD11\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(bytes)).isEqualTo("caf\u00e9,\u20ac,\uD83D\uDD11\r\n");
    }

    @Test
    void crLfCountsOnceAndALoneCrCountsAsALineEnd() {
        byte[] bytes = "a\r\nb\rc\n\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(locationOfTheRefusal(bytes)).isEqualTo("line 4");
    }

    @Test
    void crLfSplitAcrossTwoBuffersStillCountsOnce() {
        // 16,383 ASCII bytes put the CR last in the first buffer and the LF first in the second
        String text = "x".repeat((1 << 14) - 1) + "\r\n\u00e9";
        assertThat(locationOfTheRefusal(text.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("line 2");
    }

    @Test
    void aSequenceCutOffByTheEndOfTheFileIsRefused() {
        byte[] bytes = concat("ok\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});
        assertThat(locationOfTheRefusal(bytes)).isEqualTo("line 2");
    }

    @Test
    void anEncodedSurrogateIsRefusedRatherThanPassedOn() {
        byte[] bytes = new byte[] {'a', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThatThrownBy(() -> read(bytes)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems().get(0).describe()).startsWith("t.csv:line 2: holds bytes that are not"
                        + " UTF-8"));
    }
}
