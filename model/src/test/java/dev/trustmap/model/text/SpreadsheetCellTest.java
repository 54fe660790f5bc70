package dev.trustmap.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void numbersArePlainInstantsHaveOneFormAndOnlyTextIsNeutralised() {
        assertThat(SpreadsheetCell.csv(-55L)).isEqualTo("-55");
        assertThat(SpreadsheetCell.csv(12.5)).isEqualTo("12.5");
        assertThat(SpreadsheetCell.csv(true)).isEqualTo("true");
        assertThat(SpreadsheetCell.csv("-55")).as("text that looks like a formula").isEqualTo("'-55");
        assertThat(SpreadsheetCell.csv("2026-09-12T10:00:00.123456Z")).isEqualTo("2026-09-12T10:00:00Z");
        assertThat(SpreadsheetCell.csv("2026-09-12T10:00Z")).isEqualTo("2026-09-12T10:00:00Z");
        assertThat(SpreadsheetCell.csv("2026-09-12T12:00:00.5+02:00")).isEqualTo("2026-09-12T10:00:00Z");
        assertThat(SpreadsheetCell.csv("2026-09-12")).as("a date stays a date").isEqualTo("2026-09-12");
        assertThat(SpreadsheetCell.csv(null)).isEmpty();
    }

    @Test
    void aValueAFormulaCouldStartWithIsNeutralisedAndOthersAreNot() {
        assertThat(SpreadsheetCell.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCell.neutralise("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(SpreadsheetCell.neutralise("svc-a")).isEqualTo("svc-a");
        assertThat(SpreadsheetCell.neutralise(null)).isNull();
    }
}
