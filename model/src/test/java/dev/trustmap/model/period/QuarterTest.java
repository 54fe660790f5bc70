package dev.trustmap.model.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void aQuarterRunsFromItsFirstInstantToItsLastSecondInUtc() {
        Quarter q3 = Quarter.parse("2026-Q3").orElseThrow();
        assertThat(q3.start()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(q3.end()).isEqualTo(Instant.parse("2026-09-30T23:59:59Z"));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Quarter.parse("2024-Q1").orElseThrow().end()).isEqualTo(Instant.parse("2024-03-31T23:59:59Z"));
        assertThat(Quarter.parse("2026-Q4").orElseThrow().end()).isEqualTo(Instant.parse("2026-12-31T23:59:59Z"));
    }

    @Test
    void looseSpellingsAreReadAndOthersAreNot() {
        assertThat(Quarter.parse("2026q2")).contains(new Quarter(2026, 2));
        assertThat(Quarter.parse(" 2026-q4 ")).contains(new Quarter(2026, 4));
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.parse("2026-09")).isEmpty();
        assertThat(Quarter.parse("Q3-2026")).isEmpty();
        assertThat(Quarter.parse(null)).isEmpty();
    }

    @Test
    void theQuarterOfAnInstantAndItsNeighbours() {
        assertThat(Quarter.of(Instant.parse("2026-09-30T23:59:59Z"))).hasToString("2026-Q3");
        assertThat(Quarter.of(Instant.parse("2026-10-01T00:00:00Z"))).hasToString("2026-Q4");
        assertThat(new Quarter(2026, 4).next()).hasToString("2027-Q1");
        assertThat(new Quarter(2026, 1).previous()).hasToString("2025-Q4");
        assertThat(new Quarter(2025, 4)).isLessThan(new Quarter(2026, 1));
    }
}
