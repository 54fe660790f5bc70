package dev.trustmap.reports.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class XlsxCellValuesTest {

    @Test
    void formulaStartsAreNeutralised() {
        assertThat(CellValues.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(CellValues.safe("+1")).isEqualTo("'+1");
        assertThat(CellValues.safe("-1")).isEqualTo("'-1");
        assertThat(CellValues.safe("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(CellValues.safe("\tx")).isEqualTo("'\tx");
        assertThat(CellValues.safe("plain")).isEqualTo("plain");
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() {
        assertThat(CellValues.safe("a\u0000b\u0007c\nd")).isEqualTo("a\uFFFDb\uFFFDc\nd");
        assertThat(CellValues.safe("emoji \uD83D\uDE00")).isEqualTo("emoji \uD83D\uDE00");
    }

    @Test
    void longTextIsCutToTheCellLimit() {
        String cut = CellValues.safe("x".repeat(40_000));
        assertThat(cut).hasSize(CellValues.MAX_TEXT).endsWith("…");
    }

    @Test
    void isoDatesAndInstantsParseInUtc() {
        assertThat(CellValues.parseDate("2026-10-15")).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(CellValues.parseDate("2026-10-15T00:00:00Z")).isNull();
        assertThat(CellValues.parseDateTime("2026-01-02T03:04:05Z")).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        assertThat(CellValues.parseDateTime("2026-01-02T05:04:05+02:00"))
                .isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        assertThat(CellValues.parseDateTime("2026-01-02T03:04:05.123Z")).isEqualTo(
                LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_000_000));
        assertThat(CellValues.parseDateTime("soon")).isNull();
        assertThat(CellValues.parseDateTime("2026-13-02T03:04:05Z")).isNull();
    }
}
