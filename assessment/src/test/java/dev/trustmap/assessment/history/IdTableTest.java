package dev.trustmap.assessment.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdTableTest {

    private static String id(int n) {
        return UUID.nameUUIDFromBytes(("finding " + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void valuesAreBitSetsThatSurviveTheTableGrowingManyTimes() {
        IdTable table = new IdTable();
        for (int n = 0; n < 50_000; n++) {
            table.or(id(n), 1L << (n % 3));
        }
        for (int n = 0; n < 50_000; n += 2) {
            table.or(id(n), 1L << 5);
        }

        assertThat(table.size()).isEqualTo(50_000);
        assertThat(table.get(id(0))).isEqualTo(0b100001L);
        assertThat(table.get(id(1))).isEqualTo(0b10L);
        assertThat(table.get(id(49_999))).isEqualTo(1L << (49_999 % 3));
        assertThat(table.contains(id(50_000))).isFalse();
        assertThat(table.get(id(50_000))).isZero();
    }

    @Test
    void anIdThatIsNotACanonicalUuidIsKeptAsWritten() {
        IdTable table = new IdTable();
        String upper = id(7).toUpperCase();
        table.or("not-a-uuid", 4);
        table.or(upper, 1);

        assertThat(table.get("not-a-uuid")).isEqualTo(4);
        assertThat(table.get(upper)).isEqualTo(1);
        assertThat(table.contains(id(7))).as("the lower-case form is another id").isFalse();
        assertThat(table.size()).isEqualTo(2);
    }
}
