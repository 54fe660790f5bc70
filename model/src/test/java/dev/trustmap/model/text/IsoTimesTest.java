package dev.trustmap.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimesTest {

    @Test
    void readsTheTwoShapesTrustmapWrites() {
        assertThat(IsoTimes.day("2026-09-30")).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(IsoTimes.utcSeconds("2026-09-30T23:59:59Z")).isEqualTo(LocalDateTime.of(2026, 9, 30, 23, 59, 59));
        assertThat(IsoTimes.parseInstant("2024-02-29T00:00:00Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(IsoTimes.parseDay("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void leavesEveryOtherShapeToTheJdk() {
        // not days: the JDK decides these, so the quick path must not claim them
        for (String text : new String[] {"2026-9-30", "2026-09-31", "2023-02-29", "+2026-09-30", "2026/09/30",
            "2026-09-3x", "20260930ab"}) {
            assertThat(IsoTimes.day(text)).as(text).isNull();
        }
        for (String text : new String[] {"2026-09-30T23:59:60Z", "2026-09-30T24:00:00Z", "2026-09-30T23:59:59.5Z",
            "2026-09-30T23:59:59+00:00", "2026-09-30t23:59:59Z", "2026-09-30T23:59Z", "2026-13-30T23:59:59Z",
            "2026-09-30T23:5a:59Z", "2026-09-30 23:59:59Z"}) {
            assertThat(IsoTimes.utcSeconds(text)).as(text).isNull();
        }
        // and then parse as the JDK does, failures included
        assertThat(IsoTimes.parseInstant("2026-09-30T23:59:59.250Z"))
                .isEqualTo(Instant.parse("2026-09-30T23:59:59.250Z"));
        assertThat(IsoTimes.parseInstant("2026-09-30T23:59:60Z")).isEqualTo(Instant.parse("2026-09-30T23:59:60Z"));
        assertThatThrownBy(() -> IsoTimes.parseInstant("2026-09-31T00:00:00Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoTimes.parseDay("2023-02-29")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void writesAnInstantExactlyAsInstantToStringDoes() {
        Random random = new Random(20261207);
        long first = Instant.parse("0900-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long seconds = first + Math.floorMod(random.nextLong(), last - first);
            Instant whole = Instant.ofEpochSecond(seconds);
            assertThat(IsoTimes.text(whole)).isEqualTo(whole.toString());
            Instant fraction = Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
            assertThat(IsoTimes.text(fraction)).isEqualTo(fraction.toString());
        }
        for (String edge : new String[] {"1000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "9999-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-09-30T00:00:00Z"}) {
            assertThat(IsoTimes.text(Instant.parse(edge))).isEqualTo(edge);
        }
    }
}
