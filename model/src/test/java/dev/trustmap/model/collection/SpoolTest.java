package dev.trustmap.model.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpoolTest {

    private static final SortedRuns.Codec<String> TEXT = new SortedRuns.Codec<>() {
        @Override
        public void write(DataOutputStream out, String value) throws IOException {
            out.writeUTF(value);
        }

        @Override
        public String read(DataInputStream in) throws IOException {
            return in.readUTF();
        }
    };

    private static List<String> values(int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add("value-" + (i * 7919 % n));
        }
        return values;
    }

    private static List<String> walked(Spool<String> spool) {
        List<String> out = new ArrayList<>();
        spool.forEach(out::add);
        return out;
    }

    @Test
    void aSmallSpoolStaysInMemoryAndGivesItsValuesBackInOrderOnEveryWalk() {
        SpillFolder folder = new SpillFolder("trustmap-test-", "the test");
        Spool<String> spool = new Spool<>(folder, "values", TEXT, 1 << 20);
        values(1000).forEach(spool::add);

        assertThat(walked(spool)).containsExactlyElementsOf(values(1000));
        assertThat(walked(spool)).containsExactlyElementsOf(values(1000));
        assertThat(spool.size()).isEqualTo(1000);
        assertThat(spool.spilled()).isFalse();
        assertThat(folder.used()).isFalse();
    }

    @Test
    void pastItsBudgetASpoolGoesToAFileWithTheValuesHeldSoFarAndDiscardDeletesIt() {
        SpillFolder folder = new SpillFolder("trustmap-test-", "the test");
        Spool<String> spool = new Spool<>(folder, "values", TEXT, 4096);
        values(20_000).forEach(spool::add);

        assertThat(spool.spilled()).isTrue();
        assertThat(walked(spool)).containsExactlyElementsOf(values(20_000));
        assertThat(walked(spool)).hasSize(20_000);
        Path file = spool.file();
        assertThat(file).exists();

        spool.discard();
        assertThat(file).doesNotExist();
        assertThat(walked(spool)).isEmpty();
    }

    @Test
    void aSpoolTakesNoValuesOnceWalked() {
        Spool<String> spool = new Spool<>(new SpillFolder("trustmap-test-", "the test"), "values", TEXT, 1024);
        spool.add("a");
        walked(spool);

        assertThatThrownBy(() -> spool.add("b")).isInstanceOf(IllegalStateException.class);
    }
}
