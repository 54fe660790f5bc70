package dev.trustmap.reports.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** OSCAL's data types: tokens, one-line strings, Markdown markup, date-times and the period's start. */
class OscalTextTest {

    @Test
    void frameworkIdsBecomeTokensWithoutLosingTheirShape() {
        assertThat(OscalText.token("GOVERN 1.1")).isEqualTo("GOVERN_1.1");
        assertThat(OscalText.token("NHI7:2025")).isEqualTo("NHI7_2025");
        assertThat(OscalText.token("PR.AA-05")).isEqualTo("PR.AA-05");
        assertThat(OscalText.token("GV-1.1-001")).isEqualTo("GV-1.1-001");
        assertThat(OscalText.token("L3.agent-goal-manipulation")).isEqualTo("L3.agent-goal-manipulation");
        assertThat(OscalText.token("1.2")).isEqualTo("_1.2");
        assertThat(OscalText.token("Ünïcode")).isEqualTo("Ünïcode");
    }

    @Test
    void stringsAreOneLineWithoutOuterSpaceAndBlankIsNothing() {
        assertThat(OscalText.string("  a\tb\r\nc\u2028d\u00a0 ")).isEqualTo("a b c d");
        assertThat(OscalText.string(" \n\t")).isNull();
        assertThat(OscalText.string(null)).isNull();
    }

    @Test
    void markupEscapesWhatMarkdownAndOscalWouldInterpret() {
        assertThat(OscalText.line("svc-ledger-* <b>x</b> [a](b) `c` {{ insert: param, p1 }} ~s~ ^t^ &amp; a_b_c"))
                .isEqualTo("svc-ledger-\\* \\<b\\>x\\</b\\> \\[a\\](b) \\`c\\` \\{\\{ insert: param, p1 \\}\\}"
                        + " \\~s\\~ \\^t\\^ \\&amp; a\\_b\\_c");
        assertThat(OscalText.line("# heading")).isEqualTo("\\# heading");
        assertThat(OscalText.line("- item")).isEqualTo("\\- item");
        assertThat(OscalText.line("12. item")).isEqualTo("12\\. item");
        assertThat(OscalText.line("a - b. 1. c")).isEqualTo("a - b. 1. c");
        assertThat(OscalText.markup("first\r\nstill first\r\n\r\n  - second  \n\n\n")).isEqualTo(
                "first still first\n\n\\- second");
        assertThat(OscalText.markup(" \n ")).isNull();
    }

    @Test
    void textThatNeedsNothingIsKeptAsItIsAndAnythingElseStillGetsTheRules() {
        String plain = "Revoke the credential; issue a new one only if a consumer needs it.";
        assertThat(OscalText.string(plain)).isSameAs(plain);
        assertThat(OscalText.markup(plain)).isSameAs(plain);
        assertThat(OscalText.line("2026 was a year")).isEqualTo("2026 was a year");
        assertThat(OscalText.string("a  b")).isEqualTo("a b");
        assertThat(OscalText.string(" a")).isEqualTo("a");
        assertThat(OscalText.string("a ")).isEqualTo("a");
        assertThat(OscalText.string("a\u0085b")).isEqualTo("a b");
        assertThat(OscalText.string("a\u00a0b")).isEqualTo("a b");
        assertThat(OscalText.string("a\u000bb")).isEqualTo("a b");
        // an em space is no \s to the pattern: kept, by the long way as by the short
        assertThat(OscalText.string("a\u2003b")).isEqualTo("a\u2003b");
        assertThat(OscalText.markup("a\u2028b\u2029c")).isEqualTo("a b c");
        assertThat(OscalText.line("1) item")).isEqualTo("1\\) item");
        assertThat(OscalText.line("x 1. y")).isEqualTo("x 1. y");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(OscalText.number(93.75)).isEqualTo("93.75");
        assertThat(OscalText.number(100.0)).isEqualTo("100.0");
        assertThat(OscalText.number(0.0001)).isEqualTo("0.0001");
        assertThat(OscalText.number(Double.NaN)).isNull();
    }

    @Test
    void dateTimesAreUtcWithSecondsAndOnlyForYearsOscalCanWrite() {
        assertThat(OscalTime.of(Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo("2026-07-01T00:00:00Z");
        assertThat(OscalTime.of(Instant.parse("2026-07-01T10:11:12.500Z"))).isEqualTo("2026-07-01T10:11:12.500Z");
        assertThat(OscalTime.of(OscalTime.endOf(LocalDate.of(9999, 12, 31)))).isNull();
        assertThat(OscalTime.of(Instant.parse("1899-12-31T23:59:59Z"))).isNull();
        assertThat(OscalTime.of(OscalTime.endOf(LocalDate.of(2026, 10, 30)))).isEqualTo("2026-10-30T23:59:59Z");
    }

    @Test
    void thePeriodStartsAtItsQuarterOrAtTheQuarterOfTheAsOfDate() {
        Instant midQ3 = Instant.parse("2026-08-15T12:00:00Z");
        assertThat(OscalTime.periodStart("2026-Q3", midQ3)).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        // a label that is not a quarter, or a quarter after the as-of date: the as-of date's quarter
        assertThat(OscalTime.periodStart("FY2026 audit", midQ3)).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(OscalTime.periodStart("2026-Q4", midQ3)).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        // a late run for an earlier quarter keeps that quarter's start
        assertThat(OscalTime.periodStart("2026-Q2", midQ3)).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(OscalTime.periodStart(null, Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
